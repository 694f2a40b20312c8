package dev.jabu.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} glossary searches per client address in any sliding minute: the same
 * sliding window the chat commands' rate limit keeps per person, keyed by address here since the
 * page has no login.
 */
final class SearchLimit {
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Clock clock;
  private final Cache<String, Deque<Instant>> recent;

  SearchLimit(int limit, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("a search limit must be positive, was " + limit);
    }
    this.limit = limit;
    this.clock = clock;
    this.recent = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(100_000).build();
  }

  /** Records a search; zero when admitted, else how long until the next one would be. */
  Duration admit(String address) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.get(address, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return Duration.between(now, times.peekFirst().plus(WINDOW));
      }
      times.addLast(now);
      return Duration.ZERO;
    }
  }
}
