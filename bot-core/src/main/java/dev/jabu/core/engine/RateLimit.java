package dev.jabu.core.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jabu.core.MemoryBudget;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} invocations per person in any sliding {@code window}. The console operator
 * is exempt: the terminal is a trusted, scripted place.
 */
public final class RateLimit implements Middleware {
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Deque<Instant>> recent;

  public RateLimit(int limit, Duration window, Clock clock) {
    if (limit < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("rate limit needs a positive count and window");
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.recent =
        Caffeine.newBuilder()
            .expireAfterAccess(window)
            .maximumSize(MemoryBudget.ACTIVE_MEMBERS)
            .build();
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    Member member = exchange.invocation().member();
    if (member.operator()) {
      return next.proceed(exchange);
    }
    Duration wait = admit(member.user().key());
    if (wait.isZero()) {
      return next.proceed(exchange);
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    exchange.outcome(Exchange.Outcome.LIMITED);
    return Reply.privately(
        RichMessage.text(
            Messages.get(exchange.invocation().locale(), "engine.rate-limited", seconds)));
  }

  /** Records an attempt and returns zero, or how long until the next one would be admitted. */
  private Duration admit(String person) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.get(person, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return Duration.between(now, times.peekFirst().plus(window));
      }
      times.addLast(now);
      return Duration.ZERO;
    }
  }
}
