package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two instances share one PostgreSQL database and race over 1,000 due reminders: each reminder is
 * run by exactly one of them and reaches each channel exactly once.
 */
@RequiresPostgres
class PostgresReminderRaceTest {
  private static final int MEETUPS = 250;
  private static final ReminderSettings FOUR_OFFSETS =
      new ReminderSettings(
          Stream.of("4h", "3h", "2h", "1h").map(ReminderOffset::parse).toList(), 0);

  @Test
  void twoInstancesRunEachOfAThousandRemindersOnceAndPostEachOnce() throws Exception {
    Database first = TempDatabase.postgres();
    Database second = Database.open(first.url());
    MeetupFixture a = MeetupFixture.on(first, CoreSettings.defaults(), FOUR_OFFSETS);
    MeetupFixture b = MeetupFixture.on(second, CoreSettings.defaults(), FOUR_OFFSETS);
    try {
      Instant now = a.platform.clock().instant();
      Instant firstStart = now.plus(Duration.ofHours(5));
      for (int i = 0; i < MEETUPS; i++) {
        Meetup created =
            a.service.create(
                Meetup.draft(
                    "Race " + i,
                    firstStart.plusSeconds(i).atZone(CoreSettings.defaults().zone()),
                    firstStart.plusSeconds(i + 7200).atZone(CoreSettings.defaults().zone()),
                    50,
                    "discord:mod",
                    now));
        a.service.announce(created);
      }
      assertThat(a.platform.jabu().scheduling().upcoming(5000))
          .filteredOn(p -> p.task().equals(Reminders.TASK))
          .hasSize(MEETUPS * 4);

      // every reminder is due: the last hour-before one by a few seconds
      Instant allDue = firstStart.minus(Duration.ofHours(1)).plusSeconds(MEETUPS + 5);
      a.platform.clock().set(allDue);
      b.platform.clock().set(allDue);
      a.platform.startScheduler();
      b.platform.startScheduler();

      int expected = MEETUPS * 4 * 2; // two announcement channels
      CompletableFuture<List<OutboundMessage>> sentByA =
          CompletableFuture.supplyAsync(() -> drain(a.platform, b.platform, expected));
      List<OutboundMessage> sentByB = drain(b.platform, a.platform, expected);
      List<OutboundMessage> all = new ArrayList<>(sentByA.get());
      all.addAll(sentByB);

      List<String> reminders =
          all.stream()
              .filter(m -> m.key().contains("-reminder-"))
              .map(m -> m.key() + " → " + m.destination().key())
              .toList();
      Map<String, Long> copies =
          reminders.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
      assertThat(copies).hasSize(expected);
      assertThat(copies.values()).containsOnly(1L);
      assertThat(a.service.reminders().runs() + b.service.reminders().runs())
          .isEqualTo(MEETUPS * 4L);
      assertThat(a.service.reminders().runs()).isPositive();
      assertThat(b.service.reminders().runs()).isPositive();
    } finally {
      b.platform.close();
      a.platform.close();
    }
  }

  /** Dispatches on one instance until both together have sent every reminder. */
  private static List<OutboundMessage> drain(
      FakePlatform self, FakePlatform other, int expectedReminders) {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      long done =
          Stream.concat(self.posts().stream(), other.sentSoFar().stream())
              .filter(m -> m.key().contains("-reminder-"))
              .count();
      if (done >= expectedReminders) {
        return self.sentSoFar();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("reminders still missing after 90 s");
  }
}
