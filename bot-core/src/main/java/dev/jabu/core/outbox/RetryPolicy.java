package dev.jabu.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed send again: doubling waits from {@code firstWait} up to {@code maxWait}, and
 * a dead letter after {@code maxAttempts}. A platform's rate limit is not a failed attempt: the row
 * simply waits for the Retry-After the platform named.
 */
public record RetryPolicy(int maxAttempts, Duration firstWait, Duration maxWait) {
  public RetryPolicy {
    if (maxAttempts < 1 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException("retry policy needs attempts >= 1 and 0 <= first <= max");
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(10));
  }

  /**
   * @param attempts how many attempts have failed, this one included
   * @return when to try again, or empty for a dead letter
   */
  public Optional<Instant> next(int attempts, Instant now) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    Duration backoff = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
    return Optional.of(now.plus(backoff.compareTo(maxWait) > 0 ? maxWait : backoff));
  }
}
