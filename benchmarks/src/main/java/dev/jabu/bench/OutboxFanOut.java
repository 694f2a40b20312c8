package dev.jabu.bench;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One announcement to 100 channels through the real outbox worker and dispatcher on SQLite, into a
 * simulated platform: every call takes 50 ms, and calls are paced to the platform's rate limits the
 * way JDA paces them (a call waits for its slot rather than being refused). Prints the time from
 * the first enqueue to the last post, beside the floor the rate limits and latency allow.
 *
 * <p>Run: {@code bin/benchmark outbox} (or {@code java -cp benchmarks/target/benchmarks.jar
 * dev.jabu.bench.OutboxFanOut}).
 */
public final class OutboxFanOut {
  private static final int DESTINATIONS = 100;
  private static final Duration LATENCY = Duration.ofMillis(50);
  private static final int WARMUPS = 2;
  private static final int RUNS = 5;

  /** A platform's limits: a global pace, and at most {@code perChannel} calls per window. */
  record Limits(String name, int perSecond, int perChannel, Duration channelWindow) {
    /** The shortest time any client could take to post once to each of {@code channels}. */
    Duration floor(int channels, int postsPerChannel, int concurrency) {
      long calls = (long) channels * postsPerChannel;
      long paced = perSecond == 0 ? 0 : (calls - 1) * 1000 / perSecond;
      // each channel's posts beyond its window's allowance wait for the window to pass
      long perChannelWait = (long) ((postsPerChannel - 1) / perChannel) * channelWindow.toMillis();
      long byConcurrency = (calls + concurrency - 1) / concurrency * LATENCY.toMillis();
      return Duration.ofMillis(
          Math.max(Math.max(paced, perChannelWait) + LATENCY.toMillis(), byConcurrency));
    }
  }

  /** The simulated platform: paced like a rate-limited client, then {@link #LATENCY} per call. */
  static final class PacedPlatform implements Sender {
    private final Limits limits;
    private final Map<String, Deque<Long>> recentByChannel = new HashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final CountDownLatch done;
    private final AtomicLong firstLanded = new AtomicLong();
    private long nextGlobalSlot;

    PacedPlatform(Limits limits, int expected) {
      this.limits = limits;
      this.done = new CountDownLatch(expected);
    }

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
      long wait = reserveSlot(message.destination().id());
      TimeUnit.NANOSECONDS.sleep(wait + LATENCY.toNanos());
      firstLanded.compareAndSet(0, System.nanoTime());
      done.countDown();
      return new SendResult("m" + ids.incrementAndGet());
    }

    /** Books the earliest moment this call may start under both limits; returns the wait. */
    private synchronized long reserveSlot(String channel) {
      long now = System.nanoTime();
      long start = Math.max(now, nextGlobalSlot);
      Deque<Long> recent = recentByChannel.computeIfAbsent(channel, c -> new ArrayDeque<>());
      if (recent.size() >= limits.perChannel()) {
        start = Math.max(start, recent.peekFirst() + limits.channelWindow().toNanos());
        recent.pollFirst();
      }
      recent.addLast(start);
      if (limits.perSecond() > 0) {
        nextGlobalSlot = start + TimeUnit.SECONDS.toNanos(1) / limits.perSecond();
      }
      return start - now;
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return Lookup.absent();
    }

    boolean awaitAll() throws InterruptedException {
      return done.await(5, TimeUnit.MINUTES);
    }
  }

  public static void main(String[] args) throws Exception {
    Limits discord =
        new Limits(
            "Discord-like: 50/s global, 5 per 5 s per channel", 50, 5, Duration.ofSeconds(5));
    Limits unlimited =
        new Limits("no rate limit (latency only)", 0, Integer.MAX_VALUE, Duration.ZERO);
    System.out.printf(
        "One announcement to %d channels, %d ms per platform call, SQLite, median of %d runs%n",
        DESTINATIONS, LATENCY.toMillis(), RUNS);
    report(discord, 1, 8);
    report(unlimited, 1, 8);
    report(unlimited, 1, 32);
    report(discord, 5, 8);
  }

  private static void report(Limits limits, int postsPerChannel, int concurrency) throws Exception {
    List<Long> times = new ArrayList<>();
    List<Long> firsts = new ArrayList<>();
    for (int run = 0; run < WARMUPS + RUNS; run++) {
      long[] millis = run(limits, postsPerChannel, concurrency);
      if (run >= WARMUPS) {
        times.add(millis[0]);
        firsts.add(millis[1]);
      }
    }
    Collections.sort(times);
    Collections.sort(firsts);
    long median = times.get(times.size() / 2);
    long floor = limits.floor(DESTINATIONS, postsPerChannel, concurrency).toMillis();
    System.out.printf(
        "%-50s %d post(s)/channel, %2d at once: %5d ms (floor %5d ms, +%d%%), first post %d ms%n",
        limits.name(),
        postsPerChannel,
        concurrency,
        median,
        floor,
        Math.round(100.0 * (median - floor) / floor),
        firsts.get(firsts.size() / 2));
  }

  /**
   * Milliseconds from the first enqueue until every post has reached the platform, and until the
   * first one has (latency included).
   */
  private static long[] run(Limits limits, int postsPerChannel, int concurrency) throws Exception {
    Path dir = Files.createTempDirectory("jabu-outbox-bench-");
    try (Database database = Database.open(DatabaseUrl.embedded(dir.resolve("jabu.db")))) {
      Clock clock = Clock.systemUTC();
      JdbcOutboxStore store = new JdbcOutboxStore(database);
      Outbox outbox = new Outbox(store, clock);
      PacedPlatform platform = new PacedPlatform(limits, DESTINATIONS * postsPerChannel);
      OutboxDispatcher dispatcher =
          new OutboxDispatcher(
              store,
              List.of(platform),
              clock,
              DeliverySettings.defaults().withConcurrency(concurrency));
      try (OutboxWorker worker = new OutboxWorker(dispatcher, outbox, Duration.ofSeconds(1))) {
        worker.start();
        Thread.sleep(100); // the worker's first, empty round
        long start = System.nanoTime();
        for (int post = 0; post < postsPerChannel; post++) {
          for (int c = 0; c < DESTINATIONS; c++) {
            outbox.post(
                "meetup:1:post:" + post,
                new ChannelRef(Platform.DISCORD, "c" + c, "channel-" + c),
                RichMessage.text("DevOps Korea meetup #1"));
          }
        }
        if (!platform.awaitAll()) {
          throw new IllegalStateException("not every post went out");
        }
        long end = System.nanoTime();
        return new long[] {
          TimeUnit.NANOSECONDS.toMillis(end - start),
          TimeUnit.NANOSECONDS.toMillis(platform.firstLanded.get() - start)
        };
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
