package dev.jabu.core.parse;

import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.message.RichMessage;
import java.util.Locale;

/** What the parser made of an input: a resolved command, or a localized explanation why not. */
public sealed interface ParseOutcome {

  record Parsed(ParsedCommand command) implements ParseOutcome {}

  /** The input could not be resolved; {@link #explain} gives the usage and a "did you mean". */
  non-sealed interface Rejected extends ParseOutcome {
    RichMessage explain(Locale locale);
  }
}
