package dev.jabu.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.outbox.OutboundMessage;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One JSON object per line, per answer and per post, for scripts and checks: the input line, the
 * visibility, the rendered text and the neutral message.
 */
public final class JsonOutput implements ConsoleOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;
  private final PlainTextRenderer renderer;

  public JsonOutput(PrintWriter out, PlainTextRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  @Override
  public synchronized void answer(String input, Reply reply) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "answer");
    node.put("input", input);
    node.put("visibility", reply.visibility().name().toLowerCase(Locale.ROOT));
    node.put("text", renderer.render(reply.message()));
    node.set("message", RichMessageJson.toTree(reply.message()));
    var files = node.putArray("attachments");
    for (Reply.Attachment file : reply.attachments()) {
      files
          .addObject()
          .put("filename", file.filename())
          .put("contentType", file.contentType())
          .put("bytes", file.content().length);
    }
    out.println(node);
  }

  @Override
  public synchronized void post(OutboundMessage message, String platformMessageId) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "post");
    node.put("operation", message.operation().name().toLowerCase(Locale.ROOT));
    node.put("key", message.key());
    node.put("destination", message.destination().key());
    node.put("related", message.relatedPlatformMessageId().orElse(null));
    node.put("messageId", platformMessageId);
    node.put("text", renderer.render(message.message()));
    node.set("message", RichMessageJson.toTree(message.message()));
    out.println(node);
  }

  @Override
  public synchronized void flush() {
    out.flush();
  }
}
