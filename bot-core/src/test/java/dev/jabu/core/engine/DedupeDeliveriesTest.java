package dev.jabu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.StoreException;
import dev.jabu.core.testkit.Concurrently;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A platform's redelivery is handled once, even when it reaches another instance. */
class DedupeDeliveriesTest {
  private final AtomicInteger handled = new AtomicInteger();
  private final CommandModule ping =
      () ->
          List.of(
              CommandSpec.command("ping")
                  .description("핑", "Ping")
                  .handler(
                      ctx -> {
                        handled.incrementAndGet();
                        return Reply.publicly(RichMessage.text("pong"));
                      })
                  .build());

  private FakePlatform instanceOn(Database database) {
    return FakePlatform.on(database, CoreSettings.defaults(), List.of(Feature.of(ping)));
  }

  /** A delivery from its own member, so no rate limit gets in the way. */
  private static Invocation delivery(FakePlatform instance, String id) {
    return instance
        .invocation(instance.member("discord:" + id), "/ping", Locale.KOREAN)
        .withDeliveryId(id);
  }

  @Test
  void on_sqlite_one_process_remembers_deliveries_itself() throws Exception {
    try (FakePlatform instance = instanceOn(TempDatabase.sqlite())) {
      assertThat(instance.jabu().deliveries().isShared()).isFalse();
      instance.jabu().engine().handle(delivery(instance, "i-1"));
      instance.jabu().engine().handle(delivery(instance, "i-1"));
      assertThat(handled).hasValue(1);
      assertThat(instance.jabu().deliveries().prune()).isZero();
    }
  }

  @Test
  @RequiresPostgres
  void on_postgresql_a_redelivery_reaching_another_instance_is_dropped() throws Exception {
    Database shared = TempDatabase.postgres();
    try (FakePlatform one = instanceOn(shared);
        FakePlatform two = instanceOn(Database.open(shared.url()))) {
      assertThat(one.jabu().deliveries().isShared()).isTrue();

      Reply first = one.jabu().engine().handle(delivery(one, "interaction-1"));
      Reply retried = two.jabu().engine().handle(delivery(two, "interaction-1"));
      Reply other = two.jabu().engine().handle(delivery(two, "interaction-2"));

      assertThat(first.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
      assertThat(retried.visibility()).isEqualTo(Reply.Visibility.NONE);
      assertThat(other.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
      assertThat(handled).hasValue(2);
    }
  }

  @Test
  @RequiresPostgres
  void on_postgresql_the_same_delivery_racing_into_two_instances_is_handled_once()
      throws Exception {
    Database shared = TempDatabase.postgres();
    try (FakePlatform one = instanceOn(shared);
        FakePlatform two = instanceOn(Database.open(shared.url()))) {
      List<Callable<Reply>> deliveries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "event-" + i;
        deliveries.add(() -> one.jabu().engine().handle(delivery(one, id)));
        deliveries.add(() -> two.jabu().engine().handle(delivery(two, id)));
      }

      List<Reply> replies = Concurrently.atOnce(deliveries, 8, Duration.ofSeconds(60));

      assertThat(handled).hasValue(40);
      assertThat(replies.stream().filter(r -> r.visibility() == Reply.Visibility.PUBLIC))
          .hasSize(40);
    }
  }

  @Test
  void stored_deliveries_older_than_the_memory_window_are_pruned() {
    try (Database database = TempDatabase.sqlite()) {
      MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
      JdbcDeliveryStore store = new JdbcDeliveryStore(database);
      DedupeDeliveries dedupe =
          DedupeDeliveries.shared(DedupeDeliveries.MINIMUM_MEMORY, 1000, store, clock);
      assertThat(store.firstSeen(Platform.DISCORD, "old", clock.instant())).isTrue();
      clock.advance(Duration.ofMinutes(5));
      assertThat(store.firstSeen(Platform.SLACK, "newer", clock.instant())).isTrue();

      clock.advance(Duration.ofMinutes(5).minusMillis(1));
      assertThat(dedupe.prune()).as("nothing is ten minutes old yet").isZero();
      clock.advance(Duration.ofMillis(1));
      assertThat(dedupe.prune()).isZero();
      clock.advance(Duration.ofMillis(1));
      assertThat(dedupe.prune()).isEqualTo(1);

      assertThat(store.firstSeen(Platform.SLACK, "newer", clock.instant())).isFalse();
      assertThat(store.firstSeen(Platform.DISCORD, "old", clock.instant()))
          .as("forgotten")
          .isTrue();
    }
  }

  @Test
  void the_memory_window_is_never_shorter_than_ten_minutes() {
    try (Database database = TempDatabase.sqlite()) {
      MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
      JdbcDeliveryStore store = new JdbcDeliveryStore(database);
      DedupeDeliveries dedupe = DedupeDeliveries.shared(Duration.ofMinutes(1), 1000, store, clock);
      store.firstSeen(Platform.DISCORD, "i-1", clock.instant());

      clock.advance(Duration.ofMinutes(9));
      assertThat(dedupe.prune()).isZero();
      clock.advance(Duration.ofMinutes(1).plusMillis(1));
      assertThat(dedupe.prune()).isEqualTo(1);
    }
  }

  @Test
  void when_the_database_cannot_record_a_delivery_its_retry_is_handled_not_dropped()
      throws Exception {
    AtomicInteger calls = new AtomicInteger();
    DeliveryStore failingOnce =
        new DeliveryStore() {
          @Override
          public boolean firstSeen(Platform platform, String deliveryId, Instant receivedAt) {
            if (calls.incrementAndGet() == 1) {
              throw new StoreException("database unreachable (test)", null);
            }
            return true;
          }

          @Override
          public int forgetReceivedBefore(Instant cutoff) {
            return 0;
          }
        };
    DedupeDeliveries dedupe =
        DedupeDeliveries.shared(
            Duration.ofMinutes(10), 100, failingOnce, MutableClock.at(Instant.EPOCH));
    Invocation invocation =
        Invocation.text(
                Member.of(UserRef.parse("slack:U1")),
                ChannelRef.of(Platform.SLACK, "general"),
                Locale.KOREAN,
                "/ping")
            .withDeliveryId("Ev1");
    Middleware.Chain handle = exchange -> Reply.publicly(RichMessage.text("handled"));

    assertThatThrownBy(() -> dedupe.handle(new Exchange(invocation), handle))
        .isInstanceOf(StoreException.class);
    assertThat(dedupe.handle(new Exchange(invocation), handle).visibility())
        .as("the platform's retry")
        .isEqualTo(Reply.Visibility.PUBLIC);
  }
}
