package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import java.util.Objects;

/**
 * A row to enqueue.
 *
 * @param key the message key, stable for the same logical message (e.g. {@code meetup:12:announce})
 * @param relatedKey the parent's key for a reply, the target's for an edit or delete; else null
 * @param message the content; empty for a delete
 */
public record OutboxEntry(
    String key,
    Operation operation,
    ChannelRef destination,
    String relatedKey,
    RichMessage message) {

  public OutboxEntry {
    requireKey(key, "key");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(message, "message");
    if ((operation == Operation.POST) != (relatedKey == null)) {
      throw new IllegalArgumentException(
          operation == Operation.POST
              ? "a post has no related message"
              : operation + " needs the key of the message it refers to");
    }
    if (relatedKey != null) {
      requireKey(relatedKey, "related key");
      if (relatedKey.equals(key)) {
        throw new IllegalArgumentException("a message cannot refer to itself: " + key);
      }
    }
  }

  private static void requireKey(String key, String what) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
  }
}
