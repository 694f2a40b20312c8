package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A platform that refuses for a while, then recovers: nothing lost, nothing doubled. */
class OutboxDeliveryTest {
  private static final ChannelRef CHANNEL = ChannelRef.of(Platform.DISCORD, "announcements");

  private final Database database = TempDatabase.sqlite();
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
  private final JdbcOutboxStore store = new JdbcOutboxStore(database);
  private final Outbox outbox = new Outbox(store, clock);
  private final ScriptedSender sender = new ScriptedSender();
  private final OutboxDispatcher dispatcher =
      new OutboxDispatcher(
          store,
          List.of(sender),
          clock,
          DeliverySettings.defaults()
              .withRetries(new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(1))));

  @AfterEach
  void close() {
    database.close();
  }

  /** Answers each send with the next scripted outcome; after the script, success. */
  static final class ScriptedSender implements Sender {
    final Deque<Supplier<Exception>> script = new ArrayDeque<>();
    final List<String> delivered = new ArrayList<>();
    int calls;

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) throws Exception {
      calls++;
      Supplier<Exception> next = script.poll();
      if (next != null) {
        throw next.get();
      }
      delivered.add(message.key());
      return new SendResult("m-" + calls);
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return Lookup.absent(); // every scripted failure happens before the platform acts
    }
  }

  private OutboxStatus status() {
    return store.find("k", CHANNEL).orElseThrow().status();
  }

  @Test
  void aRateLimitedSendWaitsForRetryAfterThenGoesOutOnce() {
    sender.script.add(() -> SendFailure.rateLimited(Duration.ofSeconds(30)));
    outbox.post("k", CHANNEL, RichMessage.text("hello"));

    assertThat(dispatcher.dispatchReady()).isZero();
    clock.advance(Duration.ofSeconds(10));
    assertThat(dispatcher.dispatchReady()).as("not before Retry-After").isZero();
    assertThat(sender.calls).isEqualTo(1);

    clock.advance(Duration.ofSeconds(21));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(sender.delivered).containsExactly("k");
    assertThat(status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void rateLimitsAreNotFailedAttemptsSoALongOneNeverMakesADeadLetter() {
    for (int i = 0; i < 20; i++) {
      sender.script.add(() -> SendFailure.rateLimited(Duration.ofSeconds(5)));
    }
    outbox.post("k", CHANNEL, RichMessage.text("hello"));

    for (int i = 0; i < 21; i++) {
      dispatcher.dispatchReady();
      clock.advance(Duration.ofSeconds(5));
    }

    assertThat(sender.calls).isEqualTo(21);
    assertThat(sender.delivered).containsExactly("k");
    assertThat(store.find("k", CHANNEL).orElseThrow().attempts()).isZero();
  }

  @Test
  void serverErrorsBackOffExponentiallyAndNothingIsLostOrDoubled() {
    for (int i = 0; i < 3; i++) {
      sender.script.add(() -> SendFailure.transientFailure("500 Internal Server Error"));
    }
    outbox.post("k", CHANNEL, RichMessage.text("hello"));
    dispatcher.dispatchReady(); // fails: next try in 2 s
    clock.advance(Duration.ofSeconds(2));
    dispatcher.dispatchReady(); // fails: next try in 4 s
    clock.advance(Duration.ofSeconds(3));
    assertThat(dispatcher.dispatchReady()).as("still backing off").isZero();
    clock.advance(Duration.ofSeconds(1));
    dispatcher.dispatchReady(); // fails: next try in 8 s
    clock.advance(Duration.ofSeconds(8));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(sender.calls).isEqualTo(4);
    assertThat(sender.delivered).containsExactly("k");
  }

  @Test
  void afterTheLastAttemptItIsADeadLetterThatAModeratorCanRetry() {
    for (int i = 0; i < 4; i++) {
      sender.script.add(() -> new IllegalStateException("connection reset"));
    }
    outbox.post("k", CHANNEL, RichMessage.text("hello"));
    for (int i = 0; i < 6; i++) {
      dispatcher.dispatchReady();
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(sender.calls).isEqualTo(4);
    assertThat(status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(store.failed(10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.attempts()).isEqualTo(4);
              assertThat(r.lastError())
                  .hasValueSatisfying(e -> assertThat(e).contains("connection reset"));
            });

    long id = store.failed(10).get(0).id();
    assertThat(store.retry(id, clock.instant())).isTrue();
    assertThat(store.retry(id, clock.instant())).as("only dead letters").isFalse();
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(sender.delivered).containsExactly("k");
  }

  @Test
  void aPermanentRefusalIsADeadLetterAtOnce() {
    sender.script.add(() -> SendFailure.permanent("404 Unknown Channel"));
    outbox.post("k", CHANNEL, RichMessage.text("hello"));
    dispatcher.dispatchReady();
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(sender.calls).isEqualTo(1);
    assertThat(status()).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void theRetryPolicyCapsItsWaitAndCountsAttempts() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(30));
    Instant now = clock.instant();
    assertThat(policy.next(1, now)).contains(now.plusSeconds(2));
    assertThat(policy.next(3, now)).contains(now.plusSeconds(8));
    assertThat(policy.next(9, now)).contains(now.plusSeconds(30));
    assertThat(policy.next(10, now)).isEmpty();
  }
}
