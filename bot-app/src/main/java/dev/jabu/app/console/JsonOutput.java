package dev.jabu.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.outbox.OutboundMessage;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object per line, per answer and per post, for scripts and checks: the input line, the
 * visibility, the rendered text, the neutral message and the attached files with their content.
 */
public final class JsonOutput implements ConsoleOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXTUAL_APPLICATION_TYPES =
      Set.of("application/json", "application/yaml", "application/x-yaml", "application/xml");

  private final PrintWriter out;
  private final PlainTextRenderer renderer;

  public JsonOutput(PrintWriter out, PlainTextRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  @Override
  public synchronized void answer(String input, Reply reply, Locale reader) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "answer");
    node.put("input", input);
    node.put("visibility", reply.visibility().name().toLowerCase(Locale.ROOT));
    node.put("text", renderer.withLocale(reader).render(reply.message()));
    node.set("message", RichMessageJson.toTree(reply.message()));
    var files = node.putArray("attachments");
    for (Reply.Attachment file : reply.attachments()) {
      files.add(attachment(file));
    }
    out.println(node);
  }

  /**
   * A file with its content, so a script can read the attendees CSV or the {@code .ics} itself:
   * text as a string when the media type is textual and the bytes are valid UTF-8, anything else as
   * base64. {@code encoding} says which.
   */
  static ObjectNode attachment(Reply.Attachment file) {
    byte[] content = file.content();
    ObjectNode node = JSON.createObjectNode();
    node.put("filename", file.filename());
    node.put("contentType", file.contentType());
    node.put("bytes", content.length);
    Optional<String> text = isTextual(file.contentType()) ? utf8(content) : Optional.empty();
    if (text.isPresent()) {
      node.put("encoding", "utf-8");
      node.put("content", text.get());
    } else {
      node.put("encoding", "base64");
      node.put("content", Base64.getEncoder().encodeToString(content));
    }
    return node;
  }

  private static boolean isTextual(String contentType) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.startsWith("text/")
        || type.endsWith("+json")
        || type.endsWith("+xml")
        || TEXTUAL_APPLICATION_TYPES.contains(type);
  }

  private static Optional<String> utf8(byte[] content) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
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
