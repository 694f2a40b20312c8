package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as gauges: rows waiting, how long the oldest has waited, and dead letters. Read from
 * the database, so every instance on a shared PostgreSQL reports the same queue; one query serves a
 * whole scrape.
 */
public final class OutboxMeters implements MeterBinder {
  private static final Duration FRESH = Duration.ofSeconds(1);

  private final Database database;
  private final Clock clock;
  private Backlog last = new Backlog(0, 0, 0, Instant.MIN);

  /** What the outbox holds at {@code readAt}. */
  record Backlog(long waiting, double oldestWaitingSeconds, long deadLetters, Instant readAt) {}

  public OutboxMeters(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("jabu.outbox.waiting", this, m -> m.backlog().waiting())
        .description("Outbox rows waiting to be sent or being sent")
        .strongReference(true) // nothing else holds this binder
        .register(registry);
    Gauge.builder("jabu.outbox.oldest.waiting", this, m -> m.backlog().oldestWaitingSeconds())
        .description("How long the oldest waiting outbox row has waited")
        .baseUnit("seconds")
        .strongReference(true) // nothing else holds this binder
        .register(registry);
    Gauge.builder("jabu.outbox.dead.letters", this, m -> m.backlog().deadLetters())
        .description("Outbox rows given up on, waiting for an operator (/outbox failed)")
        .strongReference(true) // nothing else holds this binder
        .register(registry);
  }

  synchronized Backlog backlog() {
    Instant now = clock.instant();
    if (Duration.between(last.readAt(), now).compareTo(FRESH) < 0) {
      return last;
    }
    last = read(now);
    return last;
  }

  private Backlog read(Instant now) {
    return database.withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT status, COUNT(*), MIN(created_at) FROM outbox"
                      + " WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY status")) {
            long waiting = 0;
            long dead = 0;
            long oldest = Long.MAX_VALUE;
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                if (r.getString(1).equals(OutboxStatus.FAILED.name())) {
                  dead = r.getLong(2);
                } else {
                  waiting += r.getLong(2);
                  oldest = Math.min(oldest, r.getLong(3));
                }
              }
            }
            double age =
                oldest == Long.MAX_VALUE ? 0 : Math.max(0, now.toEpochMilli() - oldest) / 1000.0;
            return new Backlog(waiting, age, dead, now);
          }
        });
  }
}
