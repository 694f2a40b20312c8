package dev.jabu.core.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * A platform's answer that a send did not go through, as a sender reports it: rate limited with a
 * Retry-After (Discord and Slack 429), failing for now (a 5xx answer), or refused for good (the
 * channel is gone, the bot was removed), which no retry can fix. Only throw it when the platform
 * said so: a timeout or a lost connection is an unknown outcome, reported as any other exception,
 * and the row is checked before it is sent again.
 */
public final class SendFailure extends Exception {
  private final Optional<Duration> retryAfter;
  private final boolean permanent;

  private SendFailure(String message, Optional<Duration> retryAfter, boolean permanent) {
    super(message);
    this.retryAfter = retryAfter;
    this.permanent = permanent;
  }

  public static SendFailure rateLimited(Duration retryAfter) {
    return new SendFailure(
        "rate limited, retry after " + retryAfter, Optional.of(retryAfter), false);
  }

  public static SendFailure transientFailure(String message) {
    return new SendFailure(message, Optional.empty(), false);
  }

  public static SendFailure permanent(String message) {
    return new SendFailure(message, Optional.empty(), true);
  }

  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
