package dev.jabu.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Button;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.Delivered;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.outbox.OutboxStore;
import dev.jabu.core.outbox.RetryPolicy;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.AuditEntry.Outcome;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecordingSender;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database jabu supports must do for the audit log and the outbox. Each dialect runs
 * this once, on one database per class that is emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContract {
  private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final ChannelRef ANNOUNCE = new ChannelRef(Platform.DISCORD, "100", "announce");
  private static final ChannelRef SLACK_GENERAL = new ChannelRef(Platform.SLACK, "C42", "general");

  private Database database;
  private MutableClock clock;
  private AuditStore audit;
  private OutboxStore store;
  private Outbox outbox;
  private RecordingSender discord;

  /** A freshly migrated database; closed (and removed) after the class. */
  protected abstract Database openDatabase();

  @BeforeAll
  void openOnce() {
    database = openDatabase();
  }

  @AfterAll
  void closeOnce() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    database.inTransaction(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM outbox");
            statement.executeUpdate("DELETE FROM audit_log");
          }
          return null;
        });
    clock = MutableClock.at(START);
    audit = new JdbcAuditStore(database);
    store = new JdbcOutboxStore(database);
    outbox = new Outbox(store, clock);
    discord = new RecordingSender(Platform.DISCORD);
  }

  private OutboxDispatcher dispatcher(RecordingSender... senders) {
    return new OutboxDispatcher(store, List.of(senders), clock);
  }

  private OutboxRow row(String key, ChannelRef destination) {
    return store.find(key, destination).orElseThrow();
  }

  // ---- audit log

  @Test
  void audit_recent_returns_newest_first_up_to_the_limit() {
    for (int i = 0; i < 3; i++) {
      audit.record(
          new AuditEntry(
              START.plusSeconds(i), "discord:alice", "meetup rsvp", Outcome.OK, "c" + i, null));
    }
    audit.record(
        new AuditEntry(
            START.plusSeconds(10),
            "slack:U1",
            "meetup cancel",
            Outcome.DENIED,
            "c9",
            "needs moderator"));

    List<AuditEntry> recent = audit.recent(2);

    assertThat(recent)
        .containsExactly(
            new AuditEntry(
                START.plusSeconds(10),
                "slack:U1",
                "meetup cancel",
                Outcome.DENIED,
                "c9",
                "needs moderator"),
            new AuditEntry(
                START.plusSeconds(2), "discord:alice", "meetup rsvp", Outcome.OK, "c2", null));
    assertThat(audit.recent(10)).hasSize(4);
  }

  // ---- outbox enqueue

  @Test
  void enqueue_is_idempotent_per_key_and_destination() {
    assertThat(outbox.post("meetup:12:announce", ANNOUNCE, RichMessage.text("first"))).isTrue();
    clock.advance(Duration.ofMinutes(1));

    assertThat(outbox.post("meetup:12:announce", ANNOUNCE, RichMessage.text("second"))).isFalse();
    assertThat(outbox.post("meetup:12:announce", SLACK_GENERAL, RichMessage.text("x"))).isTrue();

    assertThat(store.all()).hasSize(2);
    OutboxRow kept = row("meetup:12:announce", ANNOUNCE);
    assertThat(kept.message()).isEqualTo(RichMessage.text("first"));
    assertThat(kept.createdAt()).isEqualTo(START);
  }

  @Test
  void a_fan_out_is_one_batch_in_order_and_keys_already_queued_are_not_added_again() {
    outbox.post("notice-1", SLACK_GENERAL, RichMessage.text("queued before"));
    List<OutboxEntry> notices = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      notices.add(
          new OutboxEntry(
              "notice-" + i,
              Operation.POST,
              i % 2 == 0 ? ANNOUNCE : SLACK_GENERAL,
              null,
              RichMessage.text("notice " + i)));
    }
    assertThat(outbox.enqueueAll(notices)).isEqualTo(499);
    assertThat(store.all()).hasSize(500);
    assertThat(store.all().stream().map(OutboxRow::key).skip(1).limit(3))
        .containsExactly("notice-0", "notice-2", "notice-3");
    assertThat(row("notice-1", SLACK_GENERAL).message())
        .isEqualTo(RichMessage.text("queued before"));
  }

  @Test
  void a_fan_out_that_fails_part_way_adds_nothing() {
    refuseKey("notice-50");
    try {
      List<OutboxEntry> notices = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        notices.add(
            new OutboxEntry(
                "notice-" + i, Operation.POST, ANNOUNCE, null, RichMessage.text("notice " + i)));
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.enqueueAll(notices))
          .isInstanceOf(RuntimeException.class);
      assertThat(store.all()).isEmpty();
    } finally {
      database.withConnection(
          c -> {
            try (var statement = c.createStatement()) {
              statement.execute("DROP TRIGGER refuse_key" + (postgres() ? " ON outbox" : ""));
            }
            return null;
          });
    }
  }

  private boolean postgres() {
    return database.dialect() == dev.jabu.core.store.Dialect.POSTGRESQL;
  }

  /** Makes the database refuse one row, the way a full disk or a lost connection would. */
  private void refuseKey(String key) {
    database.withConnection(
        c -> {
          try (var statement = c.createStatement()) {
            if (postgres()) {
              statement.execute(
                  "CREATE OR REPLACE FUNCTION refuse_key() RETURNS trigger AS $$ BEGIN IF"
                      + " NEW.message_key = '"
                      + key
                      + "' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE"
                      + " plpgsql");
              statement.execute(
                  "CREATE TRIGGER refuse_key BEFORE INSERT ON outbox FOR EACH ROW EXECUTE"
                      + " FUNCTION refuse_key()");
            } else {
              statement.execute(
                  "CREATE TRIGGER refuse_key BEFORE INSERT ON outbox WHEN NEW.message_key = '"
                      + key
                      + "' BEGIN SELECT RAISE(ABORT, 'refused'); END");
            }
          }
          return null;
        });
  }

  @Test
  void a_stored_row_keeps_its_message_destination_and_state() {
    RichMessage message =
        RichMessage.builder()
            .heading("Meetup #12")
            .paragraph(Span.bold("Friday"), Span.text(" at 19:00"))
            .button(new Button("RSVP", "/meetup rsvp 12", Button.Style.PRIMARY))
            .build();
    outbox.post("meetup:12:announce", ANNOUNCE, message);

    OutboxRow row = row("meetup:12:announce", ANNOUNCE);

    assertThat(row.message()).isEqualTo(message);
    assertThat(row.destination()).isEqualTo(ANNOUNCE);
    assertThat(row.destination().name()).isEqualTo("announce");
    assertThat(row.operation()).isEqualTo(Operation.POST);
    assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row.relatedKey()).isEmpty();
    assertThat(row.platformMessageId()).isEmpty();
    assertThat(row.attempts()).isZero();
    assertThat(row.createdAt()).isEqualTo(START);
    assertThat(row.sentAt()).isEmpty();
    assertThat(store.find("meetup:12:announce", SLACK_GENERAL)).isEmpty();
  }

  // ---- dispatching and readiness

  @Test
  void a_post_is_sent_once_and_marked_sent_with_the_platform_id() {
    outbox.post("hello", ANNOUNCE, RichMessage.text("hi"));
    clock.advance(Duration.ofSeconds(5));

    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(1);
    assertThat(dispatcher(discord).dispatchReady()).isZero();

    assertThat(discord.sentKeys()).containsExactly("hello");
    OutboxRow row = row("hello", ANNOUNCE);
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row.platformMessageId()).contains("discord-1");
    assertThat(row.sentAt()).contains(START.plusSeconds(5));
  }

  @Test
  void a_reply_waits_for_its_parent_and_follows_it_in_the_same_call() {
    outbox.reply("recap:thread:1", "recap", ANNOUNCE, RichMessage.text("details"));
    assertThat(dispatcher(discord).dispatchReady()).isZero();
    assertThat(row("recap:thread:1", ANNOUNCE).status()).isEqualTo(OutboxStatus.PENDING);

    outbox.post("recap", ANNOUNCE, RichMessage.text("recap"));
    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(2);

    assertThat(discord.sentKeys()).containsExactly("recap", "recap:thread:1");
    OutboundMessage reply = discord.sent().get(1);
    assertThat(reply.operation()).isEqualTo(Operation.REPLY);
    assertThat(reply.relatedPlatformMessageId()).contains("discord-1");
    assertThat(discord.sent().get(0).relatedPlatformMessageId()).isEmpty();
  }

  @Test
  void a_parent_sent_elsewhere_does_not_make_a_reply_ready() {
    RecordingSender slack = new RecordingSender(Platform.SLACK);
    outbox.post("recap", SLACK_GENERAL, RichMessage.text("recap"));
    outbox.reply("recap:thread:1", "recap", ANNOUNCE, RichMessage.text("details"));

    dispatcher(discord, slack).dispatchReady();

    assertThat(slack.sentKeys()).containsExactly("recap");
    assertThat(discord.sent()).isEmpty();
    assertThat(row("recap:thread:1", ANNOUNCE).status()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void edit_and_delete_wait_for_their_target_and_name_its_platform_id() {
    outbox.edit("announce:edit:1", "announce", ANNOUNCE, RichMessage.text("moved to 20:00"));
    outbox.delete("announce:delete", "announce", ANNOUNCE);
    assertThat(dispatcher(discord).dispatchReady()).isZero();

    outbox.post("announce", ANNOUNCE, RichMessage.text("at 19:00"));
    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(3);

    assertThat(discord.sentKeys())
        .containsExactly("announce", "announce:edit:1", "announce:delete");
    OutboundMessage edit = discord.sent().get(1);
    OutboundMessage delete = discord.sent().get(2);
    assertThat(edit.operation()).isEqualTo(Operation.EDIT);
    assertThat(edit.relatedPlatformMessageId()).contains("discord-1");
    assertThat(edit.message()).isEqualTo(RichMessage.text("moved to 20:00"));
    assertThat(delete.operation()).isEqualTo(Operation.DELETE);
    assertThat(delete.relatedPlatformMessageId()).contains("discord-1");
    assertThat(delete.message().isEmpty()).isTrue();
  }

  @Test
  void a_failed_send_waits_for_its_backoff_and_holds_back_later_posts_to_its_destination() {
    ChannelRef other = new ChannelRef(Platform.DISCORD, "101", "general");
    discord.failWhen(message -> message.key().equals("flaky"));
    outbox.post("flaky", ANNOUNCE, RichMessage.text("a"));
    outbox.post("after", ANNOUNCE, RichMessage.text("b"));
    outbox.post("elsewhere", other, RichMessage.text("c"));

    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(1);

    assertThat(discord.failed()).extracting(OutboundMessage::key).containsExactly("flaky");
    OutboxRow flaky = row("flaky", ANNOUNCE);
    assertThat(flaky.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(flaky.attempts()).isEqualTo(1);
    assertThat(flaky.lastError())
        .hasValueSatisfying(error -> assertThat(error).contains("refused"));
    assertThat(row("after", ANNOUNCE).status())
        .as("waits its turn")
        .isEqualTo(OutboxStatus.PENDING);
    assertThat(row("elsewhere", other).status()).isEqualTo(OutboxStatus.SENT);

    discord.failWhen(message -> false);
    assertThat(dispatcher(discord).dispatchReady()).as("not before its backoff").isZero();
    clock.advance(RetryPolicy.defaults().firstWait());
    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(2);
    assertThat(discord.sentKeys()).containsExactly("elsewhere", "flaky", "after");
    OutboxRow sent = row("flaky", ANNOUNCE);
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.lastError()).isEmpty();
  }

  // ---- claims

  private List<OutboundMessage> claim(String claimer, int limit) {
    return store.claimReady(
        claimer, Set.of(Platform.DISCORD), Set.of(), limit, clock.instant(), LEASE);
  }

  @Test
  void a_destination_has_one_row_in_flight_taken_in_enqueue_order() {
    ChannelRef other = new ChannelRef(Platform.DISCORD, "101", "general");
    outbox.post("first", ANNOUNCE, RichMessage.text("1"));
    outbox.post("second", ANNOUNCE, RichMessage.text("2"));
    outbox.post("elsewhere", other, RichMessage.text("3"));

    List<OutboundMessage> claimed = claim("a", 10);
    assertThat(claimed).extracting(OutboundMessage::key).containsExactly("first", "elsewhere");
    assertThat(claim("b", 10)).as("the destination is busy").isEmpty();

    assertThat(store.markSent(claimed.get(0), "m1", clock.instant())).isTrue();
    assertThat(claim("b", 10)).extracting(OutboundMessage::key).containsExactly("second");
  }

  @Test
  void a_reply_queued_before_its_parent_does_not_hold_the_parent_back() {
    outbox.reply("thread", "parent", ANNOUNCE, RichMessage.text("details"));
    outbox.post("parent", ANNOUNCE, RichMessage.text("recap"));

    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(2);
    assertThat(discord.sentKeys()).containsExactly("parent", "thread");
  }

  @Test
  void a_claim_is_recorded_and_younger_than_the_lease_never_taken_over() {
    outbox.post("k", ANNOUNCE, RichMessage.text("x"));
    OutboundMessage first = claim("instance-a", 1).get(0);

    OutboxRow claimed = row("k", ANNOUNCE);
    assertThat(claimed.status()).isEqualTo(OutboxStatus.SENDING);
    assertThat(claimed.claimedBy()).contains("instance-a");
    assertThat(claimed.claimedAt()).contains(START);
    assertThat(first.outcomeUnknown()).isFalse();

    clock.advance(LEASE.minusMillis(1));
    assertThat(claim("instance-b", 1)).as("still leased").isEmpty();

    clock.advance(Duration.ofMillis(1));
    OutboundMessage takenOver = claim("instance-b", 1).get(0);
    assertThat(takenOver.outboxId()).isEqualTo(first.outboxId());
    assertThat(takenOver.outcomeUnknown()).as("the first claimer may have sent it").isTrue();
    assertThat(takenOver.nonce()).isEqualTo(first.nonce());
    assertThat(row("k", ANNOUNCE).outcomeUnknown()).isTrue();

    // The first claimer comes back too late: its claim is fenced off and records nothing.
    assertThat(store.markSent(first, "late", clock.instant())).isFalse();
    assertThat(store.markAttemptFailed(first, "late", false, Optional.empty(), clock.instant()))
        .isFalse();
    assertThat(store.markSent(takenOver, "m1", clock.instant())).isTrue();
    OutboxRow sent = row("k", ANNOUNCE);
    assertThat(sent.platformMessageId()).contains("m1");
    assertThat(sent.outcomeUnknown()).isFalse();
  }

  @Test
  void a_rounds_sends_are_recorded_together_and_each_stays_fenced_by_its_claim() {
    ChannelRef other = new ChannelRef(Platform.DISCORD, "101", "general");
    outbox.post("first", ANNOUNCE, RichMessage.text("1"));
    outbox.post("second", other, RichMessage.text("2"));
    List<OutboundMessage> claimed = claim("instance-a", 10);
    clock.advance(LEASE);
    // another instance took "second" over after the lease: instance-a's claim on it is lost
    OutboundMessage takenOver =
        store
            .claimReady(
                "instance-b",
                Set.of(Platform.DISCORD),
                Set.of(ANNOUNCE.key()),
                10,
                clock.instant(),
                LEASE)
            .stream()
            .filter(m -> m.key().equals("second"))
            .findFirst()
            .orElseThrow();

    assertThat(
            store.markAllSent(
                List.of(new Delivered(claimed.get(0), "m1"), new Delivered(claimed.get(1), "late")),
                clock.instant()))
        .containsExactly(true, false);
    assertThat(row("first", ANNOUNCE).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row("first", ANNOUNCE).platformMessageId()).contains("m1");
    assertThat(row("second", other).status()).isEqualTo(OutboxStatus.SENDING);
    assertThat(row("second", other).claimedBy()).contains("instance-b");

    assertThat(store.markAllSent(List.of(new Delivered(takenOver, "m2")), clock.instant()))
        .containsExactly(true);
    assertThat(row("second", other).platformMessageId()).contains("m2");
    assertThat(store.markAllSent(List.of(), clock.instant())).isEmpty();
  }

  @Test
  void an_unknown_outcome_survives_retries_and_dead_letters_until_it_is_settled() {
    outbox.post("k", ANNOUNCE, RichMessage.text("x"));
    OutboundMessage claimed = claim("a", 1).get(0);
    store.markAttemptFailed(claimed, "timeout", true, Optional.empty(), clock.instant());
    assertThat(row("k", ANNOUNCE).status()).isEqualTo(OutboxStatus.FAILED);

    assertThat(store.retry(claimed.outboxId(), clock.instant())).isTrue();
    assertThat(claim("b", 1).get(0).outcomeUnknown()).isTrue();
  }

  @Test
  void the_nonce_is_short_and_the_same_on_every_attempt() {
    discord.failWhen(message -> true);
    outbox.post("meetup:12:reminder:1h", ANNOUNCE, RichMessage.text("soon"));
    dispatcher(discord).dispatchReady();
    discord.failWhen(message -> false);
    clock.advance(RetryPolicy.defaults().firstWait());
    dispatcher(discord).dispatchReady();

    String failedNonce = discord.failed().get(0).nonce();
    assertThat(discord.sent().get(0).nonce()).isEqualTo(failedNonce);
    assertThat(failedNonce).hasSizeLessThanOrEqualTo(OutboundMessage.MAX_NONCE_LENGTH);
  }

  @Test
  void rows_for_a_platform_without_a_sender_stay_pending() {
    outbox.post("digest", SLACK_GENERAL, RichMessage.text("weekly"));
    outbox.post("digest", ANNOUNCE, RichMessage.text("weekly"));

    assertThat(dispatcher(discord).dispatchReady()).isEqualTo(1);

    assertThat(row("digest", SLACK_GENERAL).status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row("digest", ANNOUNCE).status()).isEqualTo(OutboxStatus.SENT);
  }

  // ---- races

  @Test
  void two_racing_claims_never_share_a_row() throws Exception {
    IntStream.range(0, 30)
        .forEach(
            i ->
                outbox.post(
                    "race:" + i,
                    new ChannelRef(Platform.DISCORD, "c" + i, "c" + i),
                    RichMessage.text("#" + i)));
    Callable<List<Long>> claimAll =
        () -> {
          List<Long> ids = new ArrayList<>();
          List<OutboundMessage> batch;
          while (!(batch =
                  store.claimReady("racer", Set.of(Platform.DISCORD), Set.of(), 3, START, LEASE))
              .isEmpty()) {
            batch.forEach(message -> ids.add(message.outboxId()));
          }
          return ids;
        };

    List<List<Long>> claims = runTogether(claimAll, claimAll);

    List<Long> all = new ArrayList<>(claims.get(0));
    all.addAll(claims.get(1));
    assertThat(all).hasSize(30).doesNotHaveDuplicates();
  }

  @Test
  void two_racing_dispatchers_send_each_row_exactly_once() throws Exception {
    IntStream.range(0, 40)
        .forEach(i -> outbox.post("race:" + i, ANNOUNCE, RichMessage.text("#" + i)));
    IntStream.range(0, 10)
        .forEach(
            i ->
                outbox.reply("race:" + i + ":reply", "race:" + i, ANNOUNCE, RichMessage.text("r")));
    RecordingSender first = new RecordingSender(Platform.DISCORD);
    RecordingSender second = new RecordingSender(Platform.DISCORD);
    OutboxDispatcher one = dispatcher(first);
    OutboxDispatcher two = dispatcher(second);

    List<Integer> counts = runTogether(one::dispatchReady, two::dispatchReady);

    List<String> sent = new ArrayList<>(first.sentKeys());
    sent.addAll(second.sentKeys());
    assertThat(sent).hasSize(50).doesNotHaveDuplicates();
    assertThat(counts.get(0) + counts.get(1)).isEqualTo(50);
    assertThat(store.all())
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
    Set<String> ids = new HashSet<>();
    store.all().forEach(row -> ids.add(row.platformMessageId().orElseThrow() + row.key()));
    assertThat(ids).hasSize(50);
  }

  /** Starts both tasks on their own threads at the same moment and waits for both. */
  @SafeVarargs
  private static <T> List<T> runTogether(Callable<T>... tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
