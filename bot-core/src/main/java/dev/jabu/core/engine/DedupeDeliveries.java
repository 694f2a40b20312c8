package dev.jabu.core.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Drops a platform's redelivery of something already handled (a Discord interaction seen twice, a
 * Slack retry). Ids are kept at least ten minutes, longer than either platform retries.
 */
public final class DedupeDeliveries implements Middleware {
  public static final Duration MINIMUM_MEMORY = Duration.ofMinutes(10);

  private final Cache<String, Boolean> seen;

  public DedupeDeliveries(Duration memory, long maxEntries) {
    Duration kept = memory.compareTo(MINIMUM_MEMORY) < 0 ? MINIMUM_MEMORY : memory;
    this.seen = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(maxEntries).build();
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    Invocation invocation = exchange.invocation();
    if (invocation.deliveryId().isPresent()) {
      String key = invocation.platform().id() + ":" + invocation.deliveryId().get();
      if (seen.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
        return Reply.none();
      }
    }
    return next.proceed(exchange);
  }
}
