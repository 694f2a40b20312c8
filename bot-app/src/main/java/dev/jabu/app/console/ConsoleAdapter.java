package dev.jabu.app.console;

import dev.jabu.core.Jabu;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboxDispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The console platform: reads command lines, answers each in input order, and prints the bot's own
 * posts as they go out. Blank lines and {@code #} comments are skipped, so scripts can be
 * commented.
 */
public final class ConsoleAdapter {
  private final Jabu jabu;
  private final OutboxDispatcher dispatcher;
  private final ConsoleOutput output;
  private final ConsoleIdentity identity;
  private final PrintWriter prompt;
  private long dispatchedUpTo = -1;

  /**
   * @param prompt where the interactive prompt goes; null when input is piped, so stdout carries
   *     nothing but answers and posts
   */
  public ConsoleAdapter(
      Jabu jabu,
      OutboxDispatcher dispatcher,
      ConsoleOutput output,
      String operatorName,
      boolean operatorIsModerator,
      Locale locale,
      PrintWriter prompt) {
    this.jabu = jabu;
    this.dispatcher = dispatcher;
    this.output = output;
    this.identity = new ConsoleIdentity(operatorName, operatorIsModerator, locale);
    this.prompt = prompt;
  }

  /** Runs until the end of input (or {@code /quit} at a terminal). */
  public void run(BufferedReader in) throws IOException {
    showPrompt();
    for (String line = nextLine(in); line != null; line = nextLine(in)) {
      String text = line.strip();
      if (prompt != null && (text.equals("/quit") || text.equals("/exit"))) {
        break;
      }
      if (!text.isEmpty() && !text.startsWith("#")) {
        handle(text);
      }
      showPrompt();
    }
    dispatchNew();
    output.flush();
  }

  /** Answers one line and sends whatever it put in the outbox, before the next line is read. */
  public void handle(String line) {
    var asAnswer = identity.apply(line);
    if (asAnswer.isPresent()) {
      output.answer(line, Reply.privately(RichMessage.text(asAnswer.get())), identity.locale());
    } else {
      Reply reply =
          jabu.engine()
              .handle(
                  Invocation.text(identity.member(), identity.channel(), identity.locale(), line));
      if (reply.visibility() != Reply.Visibility.NONE) {
        output.answer(line, reply, identity.locale());
      }
    }
    dispatchNew();
  }

  /** Sends the posts the last line queued, skipping the database when it queued none. */
  private void dispatchNew() {
    long enqueued = jabu.outbox().enqueuedCount();
    if (enqueued != dispatchedUpTo) {
      dispatcher.dispatchReady();
      dispatchedUpTo = enqueued;
    }
  }

  /**
   * The next input line. Answers are written in batches while input keeps coming, and flushed
   * before waiting for more, so a script's answers are never held back behind a pause.
   */
  private String nextLine(BufferedReader in) throws IOException {
    if (!in.ready()) {
      output.flush();
    }
    return in.readLine();
  }

  private void showPrompt() {
    if (prompt != null) {
      output.flush();
      prompt.print("jabu(" + identity.member().user().key() + ")> ");
      prompt.flush();
    }
  }
}
