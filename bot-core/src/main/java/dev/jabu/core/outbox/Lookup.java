package dev.jabu.core.outbox;

import java.util.Objects;
import java.util.Optional;

/**
 * What a platform's history says about a message whose send may or may not have gone through.
 *
 * @param platformMessageId the message found; present exactly when the outcome is FOUND
 * @param reason why the platform could not tell; empty unless the outcome is UNSURE
 */
public record Lookup(Outcome outcome, Optional<String> platformMessageId, String reason) {

  public enum Outcome {
    /** The message is on the platform: it is marked sent, never sent again. */
    FOUND,
    /** The message is certainly not on the platform: it is safe to send it. */
    ABSENT,
    /** The platform cannot say now (history unreachable): ask again later, never send blindly. */
    UNSURE
  }

  public Lookup {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(platformMessageId, "platformMessageId");
    Objects.requireNonNull(reason, "reason");
    if ((outcome == Outcome.FOUND) != platformMessageId.isPresent()) {
      throw new IllegalArgumentException("a found message, and only that, has a platform id");
    }
  }

  public static Lookup found(String platformMessageId) {
    if (platformMessageId == null || platformMessageId.isBlank()) {
      throw new IllegalArgumentException("a found message must have its platform id");
    }
    return new Lookup(Outcome.FOUND, Optional.of(platformMessageId), "");
  }

  public static Lookup absent() {
    return new Lookup(Outcome.ABSENT, Optional.empty(), "");
  }

  public static Lookup unsure(String reason) {
    return new Lookup(Outcome.UNSURE, Optional.empty(), reason);
  }
}
