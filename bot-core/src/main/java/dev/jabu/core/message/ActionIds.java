package dev.jabu.core.message;

import java.util.Optional;

/**
 * The id a platform stores on a button (Discord {@code custom_id}, Slack {@code action_id} and
 * {@code value}), shared by both adapters. It carries only the command a press runs, such as {@code
 * /meetup rsvp 12}: ids, never trust data. A press is run as that command by the member who
 * pressed, through the engine's permission check, so a forged id can do no more than typing could.
 * The version prefix lets a later release change the format and still read old buttons.
 */
public final class ActionIds {
  /** Discord's limit for a {@code custom_id}, the tighter of the two platforms. */
  public static final int MAX_LENGTH = 100;

  private static final String VERSION = "j1:";

  private ActionIds() {}

  /** The id for a button; fails when the command is too long to fit (a programming error). */
  public static String encode(Button button) {
    return encode(button.command());
  }

  /**
   * The id for anything whose use runs {@code command} as the member who used it: a button, or a
   * form whose fields complete the command (a Discord modal).
   */
  public static String encode(String command) {
    String id = VERSION + command;
    if (id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("button command too long for a platform id: " + id);
    }
    return id;
  }

  /** The command line an id carries; empty when the id is not one of jabu's current buttons. */
  public static Optional<String> decode(String id) {
    if (id == null || !id.startsWith(VERSION)) {
      return Optional.empty();
    }
    String command = id.substring(VERSION.length());
    boolean wellFormed =
        command.startsWith("/")
            && command.length() > 1
            && command.chars().noneMatch(c -> c == '\n' || c == '\r');
    return wellFormed ? Optional.of(command) : Optional.empty();
  }
}
