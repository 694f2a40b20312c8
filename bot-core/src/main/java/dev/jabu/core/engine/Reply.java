package dev.jabu.core.engine;

import dev.jabu.core.message.RichMessage;
import java.util.List;
import java.util.Objects;

/**
 * The engine's neutral answer. A private reply is shown to the invoker only (ephemeral where the
 * platform has it, a direct message otherwise).
 */
public record Reply(RichMessage message, Visibility visibility, List<Attachment> attachments) {
  public enum Visibility {
    PUBLIC,
    PRIVATE,
    /** Nothing to send: a dropped redelivery. */
    NONE
  }

  /** A file sent with the reply, such as attendees as CSV or an {@code .ics} event. */
  public record Attachment(String filename, String contentType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(contentType, "contentType");
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  public Reply {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(visibility, "visibility");
    attachments = List.copyOf(attachments);
  }

  public static Reply publicly(RichMessage message) {
    return new Reply(message, Visibility.PUBLIC, List.of());
  }

  public static Reply privately(RichMessage message) {
    return new Reply(message, Visibility.PRIVATE, List.of());
  }

  public static Reply none() {
    return new Reply(RichMessage.of(), Visibility.NONE, List.of());
  }

  public Reply withAttachment(Attachment attachment) {
    List<Attachment> all = new java.util.ArrayList<>(attachments);
    all.add(attachment);
    return new Reply(message, visibility, all);
  }
}
