package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many destinations at once, one row at a time per destination, in order; and a platform that
 * answers 429 and 500 for a while loses nothing and doubles nothing.
 */
class OutboxConcurrencyTest {
  private final Database database = TempDatabase.sqlite();
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
  private final JdbcOutboxStore store = new JdbcOutboxStore(database);
  private final Outbox outbox = new Outbox(store, clock);

  @AfterEach
  void close() {
    database.close();
  }

  private static ChannelRef channel(int i) {
    return new ChannelRef(Platform.DISCORD, "c" + i, "channel-" + i);
  }

  /**
   * A platform with per-channel timelines. It notes how many calls run at once, overall and per
   * channel, and answers each call through {@link #answer}, which may throw before or after the
   * message lands.
   */
  static class FakeChannels implements Sender {
    final Map<String, List<String>> timelines = new ConcurrentHashMap<>();
    final Map<String, String> idsByNonce = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final List<String> overlaps = new CopyOnWriteArrayList<>();
    final AtomicInteger ids = new AtomicInteger();

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) throws Exception {
      String channel = message.destination().id();
      if (busy.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet() > 1) {
        overlaps.add(channel);
      }
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        beforeLanding(message);
        String id = "m" + ids.incrementAndGet();
        timelines.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(message.key());
        idsByNonce.put(message.nonce(), id);
        afterLanding(message);
        return new SendResult(
            message.operation() == Operation.POST ? id : relatedOrSelf(message, id));
      } finally {
        running.decrementAndGet();
        busy.get(channel).decrementAndGet();
      }
    }

    private static String relatedOrSelf(OutboundMessage message, String id) {
      return message.relatedPlatformMessageId().orElse(id);
    }

    /** Throw here to refuse the call (nothing lands). */
    void beforeLanding(OutboundMessage message) throws Exception {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    }

    /** Throw here to lose the answer of a call that landed. */
    void afterLanding(OutboundMessage message) throws Exception {}

    @Override
    public Lookup check(OutboundMessage message) {
      String id = idsByNonce.get(message.nonce());
      return id == null ? Lookup.absent() : Lookup.found(id);
    }
  }

  @Test
  void destinations_are_served_at_once_and_each_in_its_own_order() {
    FakeChannels platform = new FakeChannels();
    List<List<String>> expected = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      List<String> order = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String key = "c" + c + ":post:" + i;
        outbox.post(key, channel(c), RichMessage.text("#" + i));
        order.add(key);
        if (i % 3 == 0) {
          // a reply and an edit of this post, queued right after it
          outbox.reply(key + ":reply", key, channel(c), RichMessage.text("thread"));
          outbox.edit(key + ":edit", key, channel(c), RichMessage.text("#" + i + " (edited)"));
          order.add(key + ":reply");
          order.add(key + ":edit");
        }
      }
      expected.add(order);
    }
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            store, List.of(platform), clock, DeliverySettings.defaults().withConcurrency(8));

    int sent = dispatcher.dispatchReady();

    assertThat(sent).isEqualTo(12 * (8 + 3 * 2));
    assertThat(platform.overlaps).as("two calls at once to one channel").isEmpty();
    assertThat(platform.mostAtOnce.get()).isGreaterThan(1).isLessThanOrEqualTo(8);
    for (int c = 0; c < 12; c++) {
      assertThat(platform.timelines.get("c" + c)).containsExactlyElementsOf(expected.get(c));
    }
  }

  @Test
  void one_destination_at_a_time_runs_on_the_callers_thread_in_queue_order() {
    List<String> threads = new CopyOnWriteArrayList<>();
    FakeChannels platform =
        new FakeChannels() {
          @Override
          void beforeLanding(OutboundMessage message) {
            threads.add(Thread.currentThread().getName());
          }
        };
    IntStream.range(0, 5).forEach(i -> outbox.post("k" + i, channel(i), RichMessage.text("x")));
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            store, List.of(platform), clock, DeliverySettings.defaults().withConcurrency(1));

    assertThat(dispatcher.dispatchReady()).isEqualTo(5);

    assertThat(threads).containsOnly(Thread.currentThread().getName());
    assertThat(platform.mostAtOnce.get()).isEqualTo(1);
  }

  @Test
  void a_platform_answering_429_and_500_for_a_while_then_recovering_loses_and_doubles_nothing() {
    Instant recovers = clock.instant().plus(Duration.ofMinutes(3));
    AtomicInteger refusals = new AtomicInteger();
    FakeChannels platform =
        new FakeChannels() {
          @Override
          void beforeLanding(OutboundMessage message) throws SendFailure {
            if (clock.instant().isBefore(recovers)) {
              refusals.incrementAndGet();
              throw ThreadLocalRandom.current().nextBoolean()
                  ? SendFailure.rateLimited(Duration.ofSeconds(5))
                  : SendFailure.transientFailure("500 Internal Server Error");
            }
          }

          @Override
          void afterLanding(OutboundMessage message) throws IOException {
            // The first call after recovery on every third channel times out after landing.
            if (Integer.parseInt(message.destination().id().substring(1)) % 3 == 0
                && message.attempts() > 0
                && !message.outcomeUnknown()) {
              throw new IOException("read timed out");
            }
          }
        };
    int channels = 30;
    for (int c = 0; c < channels; c++) {
      outbox.post("announce", channel(c), RichMessage.text("meetup"));
      outbox.post("reminder", channel(c), RichMessage.text("tomorrow"));
    }
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            store,
            List.of(platform),
            clock,
            DeliverySettings.defaults()
                .withRetries(new RetryPolicy(20, Duration.ofSeconds(1), Duration.ofSeconds(30))));

    for (int second = 0; second < 600 && !allSent(); second++) {
      dispatcher.dispatchReady();
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(refusals.get()).as("the outage was felt").isGreaterThan(channels);
    assertThat(allSent()).isTrue();
    for (int c = 0; c < channels; c++) {
      assertThat(platform.timelines.get("c" + c)).containsExactly("announce", "reminder");
    }
    assertThat(store.all()).allSatisfy(row -> assertThat(row.outcomeUnknown()).isFalse());
  }

  private boolean allSent() {
    return store.all().stream().allMatch(row -> row.status() == OutboxStatus.SENT);
  }
}
