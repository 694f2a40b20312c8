package dev.jabu.core.message;

import java.util.Objects;

/**
 * A button whose press runs a command, e.g. {@code /meetup rsvp 12}. Platforms without buttons show
 * the command instead, so the action is never lost.
 */
public record Button(String label, String command, Style style) {
  public enum Style {
    PRIMARY,
    SECONDARY,
    DANGER
  }

  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(command, "command");
    style = style == null ? Style.SECONDARY : style;
  }
}
