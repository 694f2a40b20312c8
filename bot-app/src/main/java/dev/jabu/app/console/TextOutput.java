package dev.jabu.app.console;

import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.outbox.OutboundMessage;
import java.io.PrintWriter;
import java.util.Locale;

/** Plain text: each answer, then a blank line; posts under a header naming their destination. */
public final class TextOutput implements ConsoleOutput {
  private final PrintWriter out;
  private final PlainTextRenderer renderer;

  public TextOutput(PrintWriter out, PlainTextRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  @Override
  public synchronized void answer(String input, Reply reply, Locale reader) {
    out.println(renderer.withLocale(reader).render(reply.message()));
    for (Reply.Attachment file : reply.attachments()) {
      out.println("[file: " + file.filename() + ", " + file.content().length + " bytes]");
    }
    out.println();
  }

  @Override
  public synchronized void post(OutboundMessage message, String platformMessageId) {
    out.println("[" + PostHeader.of(message) + "]");
    if (!message.message().isEmpty()) {
      out.println(renderer.render(message.message()));
    }
    out.println();
  }

  @Override
  public synchronized void flush() {
    out.flush();
  }
}
