package dev.jabu.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Jabu;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecordingSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: sent outbox rows and schedule decisions older than the retention age are pruned, on
 * every database, without breaking a later edit of an old post.
 */
abstract class RetentionContract {
  private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
  private static final ChannelRef DISCORD = ChannelRef.of(Platform.DISCORD, "announcements");
  private static final ChannelRef SLACK = ChannelRef.of(Platform.SLACK, "announcements");

  private Database database;
  private MutableClock clock;
  private Jabu jabu;
  private RecordingSender discord;
  private OutboxDispatcher dispatcher;

  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    database = openDatabase();
    clock = MutableClock.at(START);
    jabu =
        new Jabu(
            CoreSettings.defaults(),
            SchedulerSettings.defaults().withRetention(Duration.ofDays(30)),
            database,
            clock,
            List.of());
    discord = new RecordingSender(Platform.DISCORD);
    dispatcher = jabu.dispatcher(List.of(discord)); // no Slack sender: Slack rows stay pending
  }

  @AfterEach
  void close() {
    database.close();
  }

  private OutboxRow row(String key, ChannelRef destination) {
    return jabu.outboxStore().find(key, destination).orElseThrow();
  }

  private void decision(String item, Instant at) {
    jabu.scheduling()
        .decisions()
        .record(new Decision("reminder", item, at, at, Decision.Outcome.SKIPPED, "test"));
  }

  @Test
  void sentRowsAndDecisionsOlderThanTheAgeArePrunedAndNothingElse() {
    jabu.outbox().post("old-post", DISCORD, RichMessage.text("old"));
    jabu.outbox().edit("old-edit", "old-post", DISCORD, RichMessage.text("old, edited"));
    jabu.outbox().post("never-sent", SLACK, RichMessage.text("waiting"));
    dispatcher.dispatchReady();
    dispatcher.dispatchReady();
    decision("1:1d", clock.instant());

    clock.advance(Duration.ofDays(20));
    jabu.outbox().post("recent-post", DISCORD, RichMessage.text("recent"));
    dispatcher.dispatchReady();
    decision("2:1d", clock.instant());

    clock.advance(Duration.ofDays(11)); // the old rows are 31 days old, the recent ones 11
    Retention.Pruned pruned = jabu.retention().prune();

    assertThat(pruned).isEqualTo(new Retention.Pruned(2, 1));
    assertThat(jabu.outboxStore().find("old-edit", DISCORD)).isEmpty();
    OutboxRow oldPost = row("old-post", DISCORD);
    assertThat(oldPost.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(oldPost.platformMessageId()).isPresent();
    assertThat(oldPost.message().isEmpty()).isTrue();
    assertThat(row("recent-post", DISCORD).message()).isEqualTo(RichMessage.text("recent"));
    assertThat(row("never-sent", SLACK).message()).isEqualTo(RichMessage.text("waiting"));
    assertThat(jabu.scheduling().decisions().recent(10))
        .extracting(Decision::item)
        .containsExactly("2:1d");

    // a second pass finds nothing more; the pruned post can still be edited and replied to
    assertThat(jabu.retention().prune()).isEqualTo(new Retention.Pruned(0, 0));
    jabu.outbox().edit("late-edit", "old-post", DISCORD, RichMessage.text("fixed a year later"));
    jabu.outbox().reply("late-reply", "old-post", DISCORD, RichMessage.text("in its thread"));
    dispatcher.dispatchReady();
    dispatcher.dispatchReady();
    assertThat(row("late-edit", DISCORD).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row("late-reply", DISCORD).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row("late-edit", DISCORD).relatedKey()).contains("old-post");
  }

  @Test
  void aKeyStillKnownAfterPruningIsNotPostedTwice() {
    jabu.outbox().post("meetup:1:reminder:1d", DISCORD, RichMessage.text("tomorrow"));
    dispatcher.dispatchReady();
    clock.advance(Duration.ofDays(31));
    jabu.retention().prune();

    assertThat(jabu.outbox().post("meetup:1:reminder:1d", DISCORD, RichMessage.text("again")))
        .isFalse();
    dispatcher.dispatchReady();
    assertThat(discord.sentKeys()).containsExactly("meetup:1:reminder:1d");
  }
}
