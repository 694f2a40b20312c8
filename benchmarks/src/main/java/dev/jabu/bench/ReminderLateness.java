package dev.jabu.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.Jabu;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.meetup.ReminderOffset;
import dev.jabu.core.meetup.ReminderSettings;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.schedule.SchedulerSettings;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Issue 5's scheduler targets, on the embedded database with the shipped scheduler settings:
 *
 * <ol>
 *   <li>lateness: 10,000 announced meetups with 3 reminders each whose due times are spread over 10
 *       minutes, delivered to a sink that does nothing; how late each reminder reaches the sink
 *       (target p99 &lt;= 1 s);
 *   <li>idle CPU: a bot with nothing due, its scheduler and outbox worker polling, for a minute
 *       (target &lt;= 1% of a core).
 * </ol>
 *
 * Run with {@code bin/benchmark reminders}; the main class takes {@code [meetups] [spread minutes]
 * [--no-idle]} (0 meetups: the idle measurement only).
 */
public final class ReminderLateness {
  private static final ChannelRef CHANNEL = ChannelRef.of(Platform.CONSOLE, "announcements");

  private ReminderLateness() {}

  public static void main(String[] args) throws Exception {
    int meetups = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Duration spread = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 10);
    if (!"--no-idle".equals(args.length > 2 ? args[2] : "")) {
      idleCpu();
    }
    if (meetups > 0) {
      lateness(meetups, spread);
    }
    System.exit(0);
  }

  /** Reminders 3, 2 and 1 minutes before each start, so a meetup's three fall in the window. */
  private static final ReminderSettings OFFSETS =
      new ReminderSettings(Stream.of("3m", "2m", "1m").map(ReminderOffset::parse).toList(), 0);

  private static void lateness(int meetups, Duration spread) throws Exception {
    Sink sink = new Sink();
    try (Bot bot = Bot.start(sink, false)) {
      // Starts are spread so the first reminder is due right after setup and the last one
      // `spread` later; setup time is estimated generously and checked.
      Instant setupEnds = Instant.now().plus(Duration.ofSeconds(30 + meetups / 100));
      Instant firstStart = setupEnds.plus(Duration.ofMinutes(3));
      Duration step = spread.minus(Duration.ofMinutes(2)).dividedBy(meetups);
      MeetupService service = bot.meetups.get();
      for (int i = 0; i < meetups; i++) {
        Instant start = firstStart.plus(step.multipliedBy(i));
        service.announce(
            service.create(
                Meetup.draft(
                    "Lateness " + i,
                    start.atZone(CoreSettings.defaults().zone()),
                    start.plus(Duration.ofHours(2)).atZone(CoreSettings.defaults().zone()),
                    50,
                    "console:bench",
                    Instant.now())));
      }
      if (Instant.now().isAfter(setupEnds)) {
        throw new IllegalStateException("setup overran its estimate; reminders would be late");
      }
      System.out.printf(
          "%d meetups announced; %d reminders due between %s and %s%n",
          meetups, meetups * 3, setupEnds, setupEnds.plus(spread));
      Instant deadline = setupEnds.plus(spread).plus(Duration.ofMinutes(1));
      while (sink.lateness.size() < meetups * 3 && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }
    }
    if (Boolean.getBoolean("jabu.bench.timeline")) {
      java.util.TreeMap<Long, long[]> byTenSeconds = new java.util.TreeMap<>();
      for (long[] a : sink.arrivals) {
        long[] b = byTenSeconds.computeIfAbsent(a[0] / 10_000, k -> new long[2]);
        b[0]++;
        b[1] = Math.max(b[1], a[1] - a[0]);
      }
      byTenSeconds.forEach(
          (k, v) ->
              System.out.printf(
                  "  due %s: %d, max %d ms%n", Instant.ofEpochMilli(k * 10_000), v[0], v[1]));
    }
    List<Long> late = new ArrayList<>(sink.lateness);
    Collections.sort(late);
    System.out.printf(
        "lateness from due time to the sink, %d of %d reminders: p50 %d ms, p99 %d ms,"
            + " max %d ms%n",
        late.size(),
        meetups * 3,
        percentile(late, 50),
        percentile(late, 99),
        late.isEmpty() ? 0 : late.get(late.size() - 1));
  }

  private static void idleCpu() throws Exception {
    try (Bot bot = Bot.start(new Sink(), true)) {
      Thread.sleep(10_000); // start-up work done, recurring tasks settled
      long cpu0 = processCpuNanos();
      long wall0 = System.nanoTime();
      Thread.sleep(60_000);
      double share = (processCpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
      System.out.printf(
          "idle: %.2f%% of one core over 60 s (scheduler polling every %d ms, outbox every %d ms)%n",
          share * 100,
          SchedulerSettings.defaults().pollingInterval().toMillis(),
          DeliverySettings.defaults().pollInterval().toMillis());
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** A platform that does nothing but note how late each reminder arrived. */
  private static final class Sink implements Sender {
    final ConcurrentLinkedQueue<Long> lateness = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();

    @Override
    public Platform platform() {
      return Platform.CONSOLE;
    }

    @Override
    public SendResult send(OutboundMessage message) {
      String key = message.key();
      int at = key.indexOf("-reminder-");
      if (at >= 0) {
        long due = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        long now = System.currentTimeMillis();
        lateness.add(now - due);
        arrivals.add(new long[] {due, now});
      }
      return new SendResult(message.nonce());
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return Lookup.absent();
    }
  }

  /** The core on a fresh SQLite file with the scheduler and the outbox worker running. */
  private static final class Bot implements AutoCloseable {
    final AtomicReference<MeetupService> meetups = new AtomicReference<>();
    private Database database;
    private Scheduler scheduler;
    private OutboxWorker worker;

    static Bot start(Sender sink, boolean empty) throws Exception {
      Bot bot = new Bot();
      bot.database =
          Database.open(
              DatabaseUrl.embedded(Files.createTempDirectory("jabu-bench-").resolve("jabu.db")));
      CoreSettings base = CoreSettings.defaults();
      CoreSettings core =
          new CoreSettings(
              base.communityName(),
              base.zone(),
              base.defaultLocale(),
              base.rateLimitCount(),
              base.rateLimitWindow(),
              base.moderators(),
              List.of(CHANNEL));
      Feature meetupFeature =
          services -> {
            bot.meetups.set(
                MeetupFeature.service(
                    services, empty ? ReminderSettings.defaults() : OFFSETS, true));
            return MeetupFeature.commands(bot.meetups.get(), Optional.empty());
          };
      Jabu jabu =
          new Jabu(
              core,
              SchedulerSettings.defaults(),
              bot.database,
              Clock.systemUTC(),
              List.of(meetupFeature));
      bot.worker = jabu.outboxWorker(jabu.dispatcher(List.of(sink), DeliverySettings.defaults()));
      bot.worker.start();
      bot.scheduler = jabu.scheduling().start();
      return bot;
    }

    @Override
    public void close() {
      scheduler.stop();
      worker.close();
      database.close();
    }
  }
}
