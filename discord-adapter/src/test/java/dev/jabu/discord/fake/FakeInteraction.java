package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.testkit.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One interaction the fake delivered, and everything the bot answered to it: the callback (the
 * first answer, which Discord wants within 3 seconds) and the messages sent through its hook.
 */
public final class FakeInteraction {
  /** Callback types: a message, a deferral, an update, autocomplete choices, a modal. */
  public static final int MESSAGE = 4;

  public static final int DEFERRED = 5;
  public static final int CHOICES = 8;
  static final int EPHEMERAL = 64;

  final String id;
  final String token;
  final int type;
  final ObjectNode payload;
  volatile long dispatchedNanos;
  volatile long ackedNanos = -1;
  volatile ObjectNode callback;
  volatile ObjectNode original;
  volatile boolean originalDeleted;
  final List<ObjectNode> followUps = new CopyOnWriteArrayList<>();

  FakeInteraction(String id, String token, int type, ObjectNode payload) {
    this.id = id;
    this.token = token;
    this.type = type;
    this.payload = payload;
  }

  public String id() {
    return id;
  }

  /** Waits for the first answer and returns it: {@code {type, data}}. */
  public ObjectNode awaitCallback() {
    return Eventually.await(() -> callback, c -> c != null, "an answer to interaction " + id);
  }

  /** Waits until the hook sent {@code count} follow-up messages and returns them. */
  public List<ObjectNode> awaitFollowUps(int count) {
    return Eventually.await(
        () -> List.copyOf(followUps), l -> l.size() >= count, count + " follow-ups to " + id);
  }

  /** Waits until the bot put a message in place of its deferral, and returns it. */
  public ObjectNode awaitOriginalEdited() {
    return Eventually.await(
        () -> original,
        o -> o != null && o.has("edited_timestamp") && !o.get("edited_timestamp").isNull(),
        "the deferred answer to " + id);
  }

  public int callbackType() {
    return awaitCallback().path("type").asInt();
  }

  /** Whether the first answer (or the deferral) was shown to the member only. */
  public boolean ephemeral() {
    return (awaitCallback().path("data").path("flags").asInt() & EPHEMERAL) != 0;
  }

  /** The content of the first answer's message. */
  public String content() {
    return awaitCallback().path("data").path("content").asText();
  }

  /** The message the first answer created (or the deferral, as edited). */
  public Optional<ObjectNode> original() {
    awaitCallback();
    return Optional.ofNullable(original);
  }

  /**
   * The answer's message however it came: the first answer itself, or, after a deferral, the
   * message that replaced it or the first follow-up.
   */
  public ObjectNode awaitAnswer() {
    if (callbackType() == MESSAGE) {
      return original;
    }
    return Eventually.await(
        () -> !followUps.isEmpty() ? followUps.get(0) : editedOriginal(),
        m -> m != null,
        "the answer to deferred interaction " + id);
  }

  private ObjectNode editedOriginal() {
    ObjectNode o = original;
    return o != null && !o.path("edited_timestamp").isNull() ? o : null;
  }

  public boolean originalDeleted() {
    return originalDeleted;
  }

  /** How long the bot took to answer first. */
  public Duration ackDelay() {
    awaitCallback();
    return Duration.ofNanos(ackedNanos - dispatchedNanos);
  }
}
