package dev.jabu.app.console;

import dev.jabu.core.engine.Reply;
import dev.jabu.core.outbox.OutboundMessage;

/** Where the console writes what the bot says: answers to input lines and its own posts. */
public interface ConsoleOutput {
  void answer(String input, Reply reply);

  void post(OutboundMessage message, String platformMessageId);

  /**
   * Makes everything written so far visible (after each line on a terminal; at the end when piped).
   */
  void flush();
}
