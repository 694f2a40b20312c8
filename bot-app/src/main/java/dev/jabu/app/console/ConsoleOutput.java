package dev.jabu.app.console;

import dev.jabu.core.engine.Reply;
import dev.jabu.core.outbox.OutboundMessage;
import java.util.Locale;

/** Where the console writes what the bot says: answers to input lines and its own posts. */
public interface ConsoleOutput {
  /** An answer, rendered in the language of the member who asked (dates and weekdays too). */
  void answer(String input, Reply reply, Locale reader);

  void post(OutboundMessage message, String platformMessageId);

  /**
   * Makes everything written so far visible (after each line on a terminal; at the end when piped).
   */
  void flush();
}
