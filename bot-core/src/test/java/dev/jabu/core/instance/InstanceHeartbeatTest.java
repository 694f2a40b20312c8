package dev.jabu.core.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Two instances sharing one database see each other, and a silent one turns stale. */
class InstanceHeartbeatTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T09:00:00Z"));

  @Test
  void instancesSharingSqliteSeeEachOtherAndTheSilentOneTurnsStale() {
    try (Database database = TempDatabase.sqlite()) {
      assertTwoInstances(database);
    }
  }

  @Test
  @RequiresPostgres
  void instancesSharingPostgresqlSeeEachOtherAndTheSilentOneTurnsStale() {
    try (Database database = TempDatabase.postgres()) {
      assertTwoInstances(database);
    }
  }

  private void assertTwoInstances(Database database) {
    AtomicBoolean slackUp = new AtomicBoolean(true);
    InstanceHeartbeat first =
        new InstanceHeartbeat(
            database,
            clock,
            "1.0",
            () ->
                List.of(
                    adapter(Platform.DISCORD, () -> true), adapter(Platform.SLACK, slackUp::get)));
    clock.advance(Duration.ofSeconds(5));
    InstanceHeartbeat second = new InstanceHeartbeat(database, clock, "1.1", List::of);
    first.beat();
    second.beat();

    List<InstanceRow> rows = Instances.read(database, clock.instant());
    assertThat(rows).extracting(InstanceRow::id).containsExactly(second.id(), first.id());
    assertThat(rows.get(1).platforms()).isEqualTo("discord connected, slack connected");
    assertThat(rows.get(0).platforms()).isEqualTo("console");
    assertThat(rows).noneMatch(InstanceRow::stale);

    // the first keeps beating and sees Slack go away; the second falls silent
    clock.advance(Instances.STALE_AFTER.plusSeconds(1));
    slackUp.set(false);
    first.beat();
    rows = Instances.read(database, clock.instant());
    assertThat(rows.get(1).platforms()).isEqualTo("discord connected, slack NOT connected");
    assertThat(rows.get(1).stale()).isFalse();
    assertThat(rows.get(1).beatAt()).isEqualTo(clock.instant());
    assertThat(rows.get(0).stale()).isTrue();
    assertThat(rows.get(0).version()).isEqualTo("1.1");

    // a day of silence: the next beat of anyone drops the dead row
    clock.advance(InstanceHeartbeat.FORGET_AFTER);
    first.beat();
    assertThat(Instances.read(database, clock.instant()))
        .extracting(InstanceRow::id)
        .containsExactly(first.id());
  }

  @Test
  void aCleanStopRemovesTheRowAndTheTimerBeatsOnStart() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      InstanceHeartbeat heartbeat = new InstanceHeartbeat(database, clock, "1.0", List::of);
      heartbeat.start();
      assertThat(
              Eventually.await(
                  () -> Instances.read(database, clock.instant()),
                  rows -> !rows.isEmpty(),
                  "the first heartbeat"))
          .extracting(InstanceRow::id)
          .containsExactly(heartbeat.id());

      heartbeat.close();

      assertThat(Instances.read(database, clock.instant())).isEmpty();
    }
  }

  private static PlatformAdapter adapter(
      Platform platform, java.util.function.BooleanSupplier connected) {
    return new PlatformAdapter() {
      @Override
      public Platform platform() {
        return platform;
      }

      @Override
      public void start() {}

      @Override
      public boolean connected() {
        return connected.getAsBoolean();
      }

      @Override
      public Sender sender() {
        throw new UnsupportedOperationException();
      }

      @Override
      public void close() {}
    };
  }
}
