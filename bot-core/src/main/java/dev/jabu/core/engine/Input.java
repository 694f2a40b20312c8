package dev.jabu.core.engine;

import dev.jabu.core.text.CleanText;
import java.util.Map;
import java.util.Objects;

/** What the member sent: a line of text (Slack, console, button payloads) or a structured call. */
public sealed interface Input {

  /** The same input with every member-typed value made safe ({@link CleanText#input}). */
  Input cleaned();

  /** A command line such as {@code /meetup rsvp 12}, parsed by the one text parser. */
  record Text(String line) implements Input {
    public Text {
      Objects.requireNonNull(line, "line");
    }

    @Override
    public Text cleaned() {
      return new Text(CleanText.input(line));
    }
  }

  /**
   * A command the platform already parsed (Discord slash commands). Option values are raw strings
   * as the platform sent them, converted and validated by the same rules as text.
   */
  record Call(String command, String subcommand, Map<String, String> options) implements Input {
    public Call {
      Objects.requireNonNull(command, "command");
      options = Map.copyOf(options);
    }

    @Override
    public Call cleaned() {
      Map<String, String> clean = new java.util.LinkedHashMap<>();
      options.forEach((name, value) -> clean.put(name, CleanText.input(value)));
      return new Call(command, subcommand, clean);
    }
  }
}
