package dev.jabu.core.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Drops a platform's redelivery of something already handled (a Discord interaction seen twice, a
 * Slack retry). Ids are kept at least ten minutes, longer than either platform retries. In-process
 * memory answers first; when instances share a database, the database decides what memory has not
 * seen, since a redelivery may reach another instance.
 */
public final class DedupeDeliveries implements Middleware {
  public static final Duration MINIMUM_MEMORY = Duration.ofMinutes(10);

  private final Duration memory;
  private final Cache<String, Boolean> seen;
  private final Optional<DeliveryStore> shared;
  private final Clock clock;

  private DedupeDeliveries(
      Duration memory, long maxEntries, Optional<DeliveryStore> shared, Clock clock) {
    this.memory = memory.compareTo(MINIMUM_MEMORY) < 0 ? MINIMUM_MEMORY : memory;
    this.seen = Caffeine.newBuilder().expireAfterWrite(this.memory).maximumSize(maxEntries).build();
    this.shared = shared;
    this.clock = clock;
  }

  /** Remembers deliveries in this process only: enough when one process serves every platform. */
  public static DedupeDeliveries inProcess(Duration memory, long maxEntries) {
    return new DedupeDeliveries(
        memory, maxEntries, Optional.empty(), dev.jabu.core.Clocks.system());
  }

  /** Remembers deliveries in this process and in {@code store}, shared by every instance. */
  public static DedupeDeliveries shared(
      Duration memory, long maxEntries, DeliveryStore store, Clock clock) {
    return new DedupeDeliveries(memory, maxEntries, Optional.of(store), clock);
  }

  public boolean isShared() {
    return shared.isPresent();
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    Invocation invocation = exchange.invocation();
    if (invocation.deliveryId().isPresent() && !firstSeen(invocation)) {
      exchange.outcome(Exchange.Outcome.DUPLICATE);
      return Reply.none();
    }
    return next.proceed(exchange);
  }

  private boolean firstSeen(Invocation invocation) {
    String id = invocation.deliveryId().orElseThrow();
    String key = invocation.platform().id() + ":" + id;
    if (shared.isEmpty()) {
      return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
    if (seen.getIfPresent(key) != null) {
      return false;
    }
    // Remembered only once the database has recorded it: if it cannot, the command fails and the
    // platform's retry is handled rather than dropped.
    boolean first = shared.get().firstSeen(invocation.platform(), id, clock.instant());
    seen.put(key, Boolean.TRUE);
    return first;
  }

  /**
   * Forgets shared deliveries older than the memory window; the scheduler calls it every few
   * minutes. Memory forgets on its own.
   *
   * @return how many stored deliveries were forgotten (0 when nothing is shared)
   */
  public int prune() {
    return shared.map(s -> s.forgetReceivedBefore(clock.instant().minus(memory))).orElse(0);
  }
}
