package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.StoreException;
import dev.jabu.core.testkit.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes — two connection pools on one database, each with its own dispatcher — race over
 * many rows while their sends and their bookkeeping fail at random: a send times out after it
 * landed, a process dies before recording a send, the platform's history is unreachable. Claims
 * expire between rounds and are taken over. Every message still lands exactly once, in order.
 */
abstract class OutboxRaceContract {
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final int DESTINATIONS = 20;
  private static final int POSTS_PER_DESTINATION = 8;

  private Database first;
  private Database second;
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
  private final SharedPlatform platform = new SharedPlatform();

  /** A freshly migrated database. */
  protected abstract Database open();

  @BeforeEach
  void openTwice() {
    first = open();
    second = Database.open(first.url());
  }

  @AfterEach
  void close() {
    second.close();
    first.close();
  }

  /** The channels both processes post to: timelines in landing order, and who holds which nonce. */
  static final class SharedPlatform {
    final Map<String, List<String>> timelines = new ConcurrentHashMap<>();
    final Map<String, String> idsByNonce = new ConcurrentHashMap<>();
    final AtomicInteger ids = new AtomicInteger();
    final AtomicInteger foundByCheck = new AtomicInteger();

    synchronized String land(OutboundMessage message) {
      String id = "m" + ids.incrementAndGet();
      timelines
          .computeIfAbsent(message.destination().id(), c -> new CopyOnWriteArrayList<>())
          .add(message.key());
      idsByNonce.put(message.nonce(), id);
      return id;
    }
  }

  /** One process's view of the platform, failing at random. */
  private Sender flakySender() {
    return new Sender() {
      @Override
      public Platform platform() {
        return Platform.DISCORD;
      }

      @Override
      public SendResult send(OutboundMessage message) throws Exception {
        int roll = ThreadLocalRandom.current().nextInt(10);
        if (roll == 0) {
          throw SendFailure.transientFailure("500 Internal Server Error");
        }
        if (roll == 1) {
          throw SendFailure.rateLimited(Duration.ofSeconds(1));
        }
        String id = platform.land(message);
        if (roll == 2) {
          throw new IOException("read timed out after the message landed");
        }
        return new SendResult(id);
      }

      @Override
      public Lookup check(OutboundMessage message) {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
          return Lookup.unsure("history unreachable");
        }
        String id = platform.idsByNonce.get(message.nonce());
        if (id == null) {
          return Lookup.absent();
        }
        platform.foundByCheck.incrementAndGet();
        return Lookup.found(id);
      }
    };
  }

  /** One process's store: now and then the process dies before it records what happened. */
  private static OutboxStore dying(OutboxStore store) {
    return new ForwardingOutboxStore(store) {
      private void maybeDie() {
        if (ThreadLocalRandom.current().nextInt(6) == 0) {
          throw new StoreException("process died (test)", null);
        }
      }

      @Override
      public boolean markSent(OutboundMessage claimed, String platformMessageId, Instant now) {
        maybeDie();
        return super.markSent(claimed, platformMessageId, now);
      }

      @Override
      public List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
        maybeDie();
        return super.markAllSent(delivered, now);
      }

      @Override
      public boolean markAttemptFailed(
          OutboundMessage claimed,
          String error,
          boolean outcomeUnknown,
          Optional<Instant> retryAt,
          Instant now) {
        maybeDie();
        return super.markAttemptFailed(claimed, error, outcomeUnknown, retryAt, now);
      }

      @Override
      public boolean postpone(OutboundMessage claimed, String reason, Instant until, Instant now) {
        maybeDie();
        return super.postpone(claimed, reason, until, now);
      }
    };
  }

  private OutboxDispatcher process(Database database) {
    return new OutboxDispatcher(
        dying(new JdbcOutboxStore(database)),
        List.of(flakySender()),
        clock,
        DeliverySettings.defaults()
            .withLease(LEASE)
            .withConcurrency(4)
            .withRetries(new RetryPolicy(1000, Duration.ofSeconds(1), Duration.ofSeconds(30))));
  }

  @Test
  void two_processes_with_crashes_and_expiring_claims_deliver_everything_exactly_once()
      throws Exception {
    Outbox outbox = new Outbox(new JdbcOutboxStore(first), clock);
    for (int i = 0; i < POSTS_PER_DESTINATION; i++) {
      for (int d = 0; d < DESTINATIONS; d++) {
        outbox.post("post:" + i, new ChannelRef(Platform.DISCORD, "c" + d, "c" + d), text(i));
      }
    }
    OutboxDispatcher one = process(first);
    OutboxDispatcher two = process(second);
    JdbcOutboxStore store = new JdbcOutboxStore(first);

    int rounds = 0;
    while (!allSent(store) && rounds++ < 500) {
      runTogether(one::dispatchReady, two::dispatchReady);
      // Between rounds, time passes beyond every lease and backoff: what a dead process held is
      // taken over, with a check first.
      clock.advance(LEASE);
    }

    assertThat(allSent(store)).as("everything sent after %s rounds", rounds).isTrue();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < POSTS_PER_DESTINATION; i++) {
      expected.add("post:" + i);
    }
    for (int d = 0; d < DESTINATIONS; d++) {
      assertThat(platform.timelines.get("c" + d))
          .as("channel c%s: each post once, in order", d)
          .containsExactlyElementsOf(expected);
    }
    assertThat(platform.foundByCheck.get()).as("lost outcomes settled by a check").isPositive();
    assertThat(store.all().stream().map(row -> row.claimedBy().orElseThrow()).distinct())
        .as("both processes delivered")
        .hasSize(2);
    for (OutboxRow row : store.all()) {
      assertThat(row.platformMessageId())
          .contains(platform.idsByNonce.get(OutboundMessage.nonceFor(row.id(), row.key())));
    }
  }

  private static RichMessage text(int i) {
    return RichMessage.text("#" + i);
  }

  private static boolean allSent(OutboxStore store) {
    return store.all().stream().allMatch(row -> row.status() == OutboxStatus.SENT);
  }

  @SafeVarargs
  private static void runTogether(java.util.concurrent.Callable<Integer>... tasks)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (var task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      for (Future<Integer> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
