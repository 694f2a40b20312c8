package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.Clocks;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RecordingSender;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker sends what this process enqueues at once, and polls, cheaply, for the rest. */
class OutboxWorkerTest {
  private static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "general");

  private final Database database = TempDatabase.sqlite();
  private final Clock clock = Clocks.system();
  private final CountingStore store = new CountingStore(new JdbcOutboxStore(database));
  private final Outbox outbox = new Outbox(store, clock);
  private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
  private final RecordingSender platform = new RecordingSender(Platform.SLACK);
  private OutboxWorker worker;

  @AfterEach
  void close() {
    if (worker != null) {
      worker.close();
    }
    database.close();
  }

  private OutboxWorker start(Duration pollInterval) {
    Sender timed =
        new Sender() {
          @Override
          public Platform platform() {
            return Platform.SLACK;
          }

          @Override
          public SendResult send(OutboundMessage message) {
            SendResult result = platform.send(message);
            arrivals.add(System.nanoTime());
            return result;
          }

          @Override
          public Lookup check(OutboundMessage message) {
            return platform.check(message);
          }
        };
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            store,
            List.of(timed),
            clock,
            DeliverySettings.defaults().withPollInterval(pollInterval));
    worker = new OutboxWorker(dispatcher, outbox, pollInterval);
    worker.start();
    return worker;
  }

  @Test
  void a_row_enqueued_here_reaches_the_platform_at_once_not_at_the_next_poll() throws Exception {
    start(Duration.ofMinutes(1));
    awaitIdle();

    for (int i = 0; i < 5; i++) {
      long enqueued = System.nanoTime();
      outbox.post("reminder:" + i, CHANNEL, RichMessage.text("soon"));
      Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
      assertThat(arrived).as("sent without waiting for the next poll").isNotNull();
      // typically a few milliseconds; the bound leaves room for a busy machine
      assertThat(Duration.ofNanos(arrived - enqueued)).isLessThan(Duration.ofSeconds(1));
    }
  }

  @Test
  void rows_from_elsewhere_are_found_by_polling() throws Exception {
    start(Duration.ofMillis(100));
    awaitIdle();

    // Another instance's outbox: this process hears nothing of its rows.
    new Outbox(new JdbcOutboxStore(database), clock)
        .post("from-elsewhere", CHANNEL, RichMessage.text("hi"));

    assertThat(arrivals.poll(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(platform.sentKeys()).containsExactly("from-elsewhere");
  }

  @Test
  void idle_it_looks_once_per_poll_interval() throws Exception {
    start(Duration.ofMillis(100));
    awaitIdle();
    int before = store.claims.get();

    Thread.sleep(1000);

    // About ten looks in a second; a busy loop would make thousands.
    assertThat(store.claims.get() - before).isBetween(5, 13);
  }

  @Test
  void a_failed_round_is_logged_and_the_next_one_runs() throws Exception {
    store.failures.set(2);
    start(Duration.ofMillis(50));

    outbox.post("after-a-hiccup", CHANNEL, RichMessage.text("x"));

    assertThat(arrivals.poll(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(store.failures.get()).isZero();
  }

  @Test
  void after_close_nothing_more_is_sent() throws Exception {
    start(Duration.ofMillis(50)).close();

    outbox.post("late", CHANNEL, RichMessage.text("x"));

    assertThat(arrivals.poll(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(store.find("late", CHANNEL).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
  }

  /** Waits until the worker's first round has come and gone. */
  private void awaitIdle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (store.claims.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(20);
  }

  /** Counts the claims the worker makes. */
  static final class CountingStore extends ForwardingOutboxStore {
    final AtomicInteger claims = new AtomicInteger();

    /** How many claims to fail, as a database that is briefly unreachable. */
    final AtomicInteger failures = new AtomicInteger();

    CountingStore(OutboxStore store) {
      super(store);
    }

    @Override
    public List<OutboundMessage> claimReady(
        String claimer,
        Set<Platform> platforms,
        Collection<String> skipDestinations,
        int limit,
        Instant now,
        Duration lease) {
      claims.incrementAndGet();
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new dev.jabu.core.store.StoreException("database unreachable (test)", null);
      }
      return super.claimReady(claimer, platforms, skipDestinations, limit, now, lease);
    }
  }
}
