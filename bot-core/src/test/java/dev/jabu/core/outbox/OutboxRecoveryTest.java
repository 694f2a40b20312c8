package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecordingSender;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A send whose outcome was lost — the process died after claiming, or the send reached the platform
 * and the bookkeeping failed — is checked on the platform before it is ever sent again.
 */
class OutboxRecoveryTest {
  private static final ChannelRef CHANNEL = ChannelRef.of(Platform.DISCORD, "announcements");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final RetryPolicy RETRIES =
      new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(1));

  private final Database database = TempDatabase.sqlite();
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
  private final JdbcOutboxStore store = new JdbcOutboxStore(database);
  private final Outbox outbox = new Outbox(store, clock);
  private final RecordingSender platform = new RecordingSender(Platform.DISCORD);
  private final OutboxDispatcher dispatcher =
      new OutboxDispatcher(
          store,
          List.of(platform),
          clock,
          DeliverySettings.defaults().withRetries(RETRIES).withLease(LEASE));

  @AfterEach
  void close() {
    database.close();
  }

  private OutboxRow row() {
    return store.find("k", CHANNEL).orElseThrow();
  }

  /** Another process claims the row and dies before it records anything. */
  private OutboundMessage claimedByADeadProcess() {
    outbox.post("k", CHANNEL, RichMessage.text("hello"));
    return store
        .claimReady("dead", Set.of(Platform.DISCORD), Set.of(), 1, clock.instant(), LEASE)
        .get(0);
  }

  @Test
  void a_process_that_died_after_sending_is_found_on_the_platform_and_not_sent_again()
      throws Exception {
    OutboundMessage claimed = claimedByADeadProcess();
    String platformId = platform.send(claimed).platformMessageId();

    clock.advance(LEASE.minusSeconds(1));
    assertThat(dispatcher.dispatchReady()).as("the claim is still leased").isZero();
    assertThat(platform.checked()).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);

    assertThat(platform.sent()).hasSize(1);
    assertThat(platform.checked())
        .singleElement()
        .satisfies(m -> assertThat(m.nonce()).isEqualTo(claimed.nonce()));
    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row().platformMessageId()).contains(platformId);
    assertThat(row().outcomeUnknown()).isFalse();
    assertThat(row().claimedBy()).contains(dispatcher.claimer());
  }

  @Test
  void a_process_that_died_before_sending_is_absent_on_the_platform_and_sent_once() {
    claimedByADeadProcess();
    clock.advance(LEASE);

    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(dispatcher.dispatchReady()).isZero();
    clock.advance(LEASE.multipliedBy(2));
    assertThat(dispatcher.dispatchReady()).isZero();

    assertThat(platform.checked()).hasSize(1);
    assertThat(platform.sentKeys()).containsExactly("k");
    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void bookkeeping_lost_after_the_platform_accepted_is_settled_by_a_check_not_a_second_post() {
    platform.loseBookkeepingWhen(message -> true);
    outbox.post("k", CHANNEL, RichMessage.text("hello"));

    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(row().status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row().outcomeUnknown()).isTrue();
    assertThat(row().attempts()).isEqualTo(1);

    platform.loseBookkeepingWhen(message -> false);
    clock.advance(RETRIES.firstWait());
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);

    assertThat(platform.sent()).hasSize(1);
    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row().platformMessageId()).contains("discord-1");
  }

  @Test
  void
      a_crash_after_a_rounds_sends_and_before_their_one_commit_loses_nothing_and_posts_nothing_twice() {
    List<ChannelRef> channels = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ChannelRef channel = ChannelRef.of(Platform.DISCORD, "channel-" + i);
      channels.add(channel);
      outbox.post("k", channel, RichMessage.text("hello " + i));
    }
    // The process dies between the platform's answers and the commit that records them.
    OutboxStore dying =
        new ForwardingOutboxStore(store) {
          @Override
          public List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
            throw new dev.jabu.core.store.StoreException("process died (test)", null);
          }
        };
    OutboxDispatcher crashing =
        new OutboxDispatcher(
            dying, List.of(platform), clock, DeliverySettings.defaults().withLease(LEASE));
    assertThat(crashing.dispatchReady()).isZero();
    assertThat(platform.sent()).hasSize(5);
    assertThat(store.all()).allMatch(row -> row.status() == OutboxStatus.SENDING);

    clock.advance(LEASE.minusSeconds(1));
    assertThat(dispatcher.dispatchReady()).as("still leased").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchReady()).isEqualTo(5);

    assertThat(platform.checked()).as("each row checked before it is repeated").hasSize(5);
    assertThat(platform.sent()).as("nothing posted twice").hasSize(5);
    for (ChannelRef channel : channels) {
      OutboxRow row = store.find("k", channel).orElseThrow();
      assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(row.platformMessageId()).isPresent();
    }
  }

  @Test
  void when_the_platform_cannot_tell_the_check_is_retried_later_and_nothing_is_sent_blindly() {
    claimedByADeadProcess();
    platform.unsureWhen(message -> true);
    clock.advance(LEASE);

    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(row().status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row().attempts()).isEqualTo(1);
    assertThat(row().lastError()).hasValueSatisfying(e -> assertThat(e).contains("history"));

    clock.advance(RETRIES.firstWait().minusMillis(1));
    assertThat(dispatcher.dispatchReady()).as("waits its backoff").isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(platform.checked()).hasSize(2);
    assertThat(platform.sent()).isEmpty();

    platform.unsureWhen(message -> false);
    clock.advance(RETRIES.maxWait());
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(platform.checked()).hasSize(3);
    assertThat(platform.sentKeys()).containsExactly("k");
  }

  @Test
  void an_unknown_outcome_that_stays_unchecked_becomes_a_dead_letter_and_is_checked_on_retry() {
    claimedByADeadProcess();
    platform.unsureWhen(message -> true);
    clock.advance(LEASE);
    for (int i = 0; i < RETRIES.maxAttempts() + 2; i++) {
      dispatcher.dispatchReady();
      clock.advance(RETRIES.maxWait());
    }
    assertThat(row().status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row().outcomeUnknown()).isTrue();
    assertThat(platform.checked()).hasSize(RETRIES.maxAttempts());
    assertThat(platform.sent()).isEmpty();

    platform.unsureWhen(message -> false);
    assertThat(store.retry(row().id(), clock.instant())).isTrue();
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(platform.checked()).hasSize(RETRIES.maxAttempts() + 1);
    assertThat(platform.sentKeys()).containsExactly("k");
  }

  @Test
  void a_check_answered_with_429_waits_for_retry_after() {
    claimedByADeadProcess();
    RecordingSender limited = new RecordingSender(Platform.DISCORD);
    OutboxDispatcher checkingTooOften =
        new OutboxDispatcher(
            store,
            List.of(
                new Sender() {
                  @Override
                  public Platform platform() {
                    return Platform.DISCORD;
                  }

                  @Override
                  public SendResult send(OutboundMessage message) {
                    return limited.send(message);
                  }

                  @Override
                  public Lookup check(OutboundMessage message) throws SendFailure {
                    throw SendFailure.rateLimited(Duration.ofSeconds(40));
                  }
                }),
            clock,
            DeliverySettings.defaults().withRetries(RETRIES).withLease(LEASE));
    clock.advance(LEASE);

    assertThat(checkingTooOften.dispatchReady()).isZero();
    clock.advance(Duration.ofSeconds(39));
    assertThat(dispatcher.dispatchReady()).as("not before Retry-After").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);

    assertThat(limited.sent()).isEmpty();
    assertThat(platform.checked()).hasSize(1);
    assertThat(platform.sent()).hasSize(1);
  }
}
