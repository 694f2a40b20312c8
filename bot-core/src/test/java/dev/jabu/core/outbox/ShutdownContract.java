package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecordingSender;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a stop with thousands of notices queued waited for the whole queue. A stopping worker
 * now claims nothing new, gives the sends under way the shutdown grace, and leaves the rest queued;
 * the next start sends it, each notice exactly once.
 */
abstract class ShutdownContract {
  private static final int NOTICES = 1_000;
  private static final Duration SEND_TIME = Duration.ofMillis(10);
  private static final Duration GRACE = Duration.ofMillis(500);

  private final Database database = open();
  private final MutableClock clock =
      MutableClock.at(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final JdbcOutboxStore store = new JdbcOutboxStore(database);
  private final Outbox outbox = new Outbox(store, clock);

  protected abstract Database open();

  @AfterEach
  void close() {
    database.close();
  }

  /** A platform that takes a little while per message, as a real one does. */
  private static final class SlowSender implements Sender {
    private final RecordingSender platform = new RecordingSender(Platform.DISCORD);

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) throws Exception {
      Thread.sleep(SEND_TIME.toMillis());
      return platform.send(message);
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return platform.check(message);
    }
  }

  private OutboxWorker worker(Sender sender) {
    DeliverySettings settings =
        DeliverySettings.defaults()
            .withConcurrency(4)
            .withPollInterval(Duration.ofMillis(50))
            .withShutdownGrace(GRACE);
    OutboxWorker worker =
        new OutboxWorker(
            new OutboxDispatcher(store, List.of(sender), clock, settings),
            outbox,
            settings.pollInterval());
    worker.start();
    return worker;
  }

  @Test
  void aStopWithADeepQueueEndsWithinTheGraceAndTheNextStartSendsTheRestOnce() throws Exception {
    for (int i = 0; i < NOTICES; i++) {
      outbox.post(
          "notice-" + i,
          ChannelRef.directMessage(dev.jabu.core.platform.UserRef.of(Platform.DISCORD, "u" + i)),
          RichMessage.text("n" + i));
    }
    SlowSender first = new SlowSender();
    OutboxWorker running = worker(first);
    Eventually.await(() -> first.platform.sent().size(), n -> n >= 20, "the first sends");

    long began = System.nanoTime();
    running.close();
    Duration stopping = Duration.ofNanos(System.nanoTime() - began);
    assertThat(stopping).isLessThan(GRACE.plusSeconds(2));
    int sentBeforeStop = first.platform.sent().size();
    assertThat(sentBeforeStop).as("the queue was not drained before stopping").isLessThan(NOTICES);

    // Sends cut off stay claimed; after their lease the next start checks them before resending.
    clock.advance(DeliverySettings.defaults().lease().plusSeconds(1));
    SlowSender second = new SlowSender();
    OutboxWorker restarted = worker(second);
    try {
      // waits while the rest goes out: a busy machine is slow, a stuck outbox stands still
      int seen = -1;
      while (second.platform.sent().size() > seen
          && first.platform.sent().size() + second.platform.sent().size() < NOTICES) {
        seen = second.platform.sent().size();
        Thread.sleep(2_000);
      }
    } finally {
      restarted.close();
    }
    List<String> keys = new ArrayList<>(first.platform.sentKeys());
    keys.addAll(second.platform.sentKeys());
    Set<String> distinct = new HashSet<>(keys);
    assertThat(keys).as("every notice once").hasSize(NOTICES);
    assertThat(distinct).hasSize(NOTICES);
  }
}
