package dev.jabu.core.engine;

import java.util.Map;
import java.util.Objects;

/** What the member sent: a line of text (Slack, console, button payloads) or a structured call. */
public sealed interface Input {

  /** A command line such as {@code /meetup rsvp 12}, parsed by the one text parser. */
  record Text(String line) implements Input {
    public Text {
      Objects.requireNonNull(line, "line");
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
  }
}
