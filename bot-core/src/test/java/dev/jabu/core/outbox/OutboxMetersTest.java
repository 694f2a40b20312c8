package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox gauges read the queue as it is in the database, on both databases. */
class OutboxMetersTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));

  @Test
  void on_sqlite() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      waitingAgeAndDeadLetters(database);
    }
  }

  @Test
  @RequiresPostgres
  void on_postgresql() throws Exception {
    try (Database database = TempDatabase.postgres()) {
      waitingAgeAndDeadLetters(database);
    }
  }

  private void waitingAgeAndDeadLetters(Database database) {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    new OutboxMeters(database, clock).bindTo(meters);
    assertThat(gauge(meters, "jabu.outbox.waiting")).isZero();
    assertThat(gauge(meters, "jabu.outbox.oldest.waiting")).isZero();

    JdbcOutboxStore store = new JdbcOutboxStore(database);
    ChannelRef channel = ChannelRef.of(Platform.DISCORD, "announcements");
    store.enqueue(
        new OutboxEntry("a", Operation.POST, channel, null, RichMessage.text("first")),
        clock.instant());
    clock.advance(Duration.ofMinutes(3));
    store.enqueue(
        new OutboxEntry("b", Operation.POST, channel, null, RichMessage.text("second")),
        clock.instant());
    store.enqueue(
        new OutboxEntry(
            "c",
            Operation.POST,
            ChannelRef.of(Platform.SLACK, "C1"),
            null,
            RichMessage.text("third")),
        clock.instant());
    var claimed =
        store.claimReady(
            "me", Set.of(Platform.SLACK), Set.of(), 1, clock.instant(), Duration.ofMinutes(1));
    store.markAttemptFailed(
        claimed.get(0), "403 Missing Access", false, Optional.empty(), clock.instant());
    clock.advance(Duration.ofSeconds(30));

    assertThat(gauge(meters, "jabu.outbox.waiting")).isEqualTo(2);
    assertThat(gauge(meters, "jabu.outbox.oldest.waiting")).isEqualTo(210);
    assertThat(gauge(meters, "jabu.outbox.dead.letters")).isEqualTo(1);
  }

  private static double gauge(SimpleMeterRegistry meters, String name) {
    return meters.get(name).gauge().value();
  }
}
