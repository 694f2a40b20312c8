package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
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
  private OutboxBacklog last = new OutboxBacklog(0, Duration.ZERO, 0);
  private Instant readAt = Instant.MIN;

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
    Gauge.builder(
            "jabu.outbox.oldest.waiting", this, m -> m.backlog().oldestWait().toMillis() / 1000.0)
        .description("How long the oldest waiting outbox row has waited")
        .baseUnit("seconds")
        .strongReference(true)
        .register(registry);
    Gauge.builder("jabu.outbox.dead.letters", this, m -> m.backlog().deadLetters())
        .description("Outbox rows given up on, waiting for an operator (/outbox failed)")
        .strongReference(true)
        .register(registry);
  }

  /** One read serves a whole scrape: the three gauges ask within a second of each other. */
  synchronized OutboxBacklog backlog() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(FRESH) >= 0) {
      last = OutboxBacklog.read(database, now);
      readAt = now;
    }
    return last;
  }
}
