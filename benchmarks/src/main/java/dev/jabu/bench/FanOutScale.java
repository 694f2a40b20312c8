package dev.jabu.bench;

import dev.jabu.core.Clocks;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.Jabu;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.meetup.ReminderSettings;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 21's scale table, on SQLite and PostgreSQL, through the real core (engine, meetup feature,
 * outbox, scheduler client):
 *
 * <ul>
 *   <li>at 10, 100, 1,000 and 10,000 people: the time to answer {@code /meetup cancel} with that
 *       many holding a place, {@code /meetup capacity} from one seat to that many, and one reminder
 *       item's run for that many seat holders; the cancel's notices drained by the real dispatcher
 *       into senders that do nothing (rows per second, first and last fifth); and {@code /meetup
 *       announce} (p50 and p99 of the answer and of the console's dispatch after it) after about
 *       that many meetups were announced. Each figure is printed again with its growth from the
 *       size before, so work that turns quadratic shows;
 *   <li>a stop ({@link OutboxWorker#close}) with 6,000 notices queued and a platform taking 50 ms a
 *       call: how long it takes (bounded by the shutdown grace), and that a restart sends the rest,
 *       each once.
 * </ul>
 *
 * <p>Run: {@code bin/benchmark fanout} (or {@code java -cp benchmarks/target/benchmarks.jar
 * dev.jabu.bench.FanOutScale [sqlite,postgresql]}). PostgreSQL: {@code JABU_TEST_POSTGRES_URL},
 * else the local server.
 */
public final class FanOutScale {
  private static final ChannelRef ANNOUNCEMENTS = ChannelRef.of(Platform.CONSOLE, "announcements");
  private static final Member ORGANIZER =
      new Member(UserRef.of(Platform.CONSOLE, "organizer"), Set.of(), true, false);
  private static final int ANNOUNCE_SAMPLES = 100;

  /** People (or rows, or announced meetups) at each step; -Djabu.bench.sizes=10,100 for fewer. */
  private static final List<Integer> SIZES =
      java.util.Arrays.stream(
              System.getProperty("jabu.bench.sizes", "10,100,1000,10000").split(","))
          .map(Integer::parseInt)
          .toList();

  /**
   * -Djabu.bench.only=capacity measures only {@code /meetup capacity}, {@code jabu.bench.repeat}
   * times at each size (default 1): a quick before/after of that one command.
   */
  private static final boolean CAPACITY_ONLY =
      System.getProperty("jabu.bench.only", "").equals("capacity");

  private static final int REPEAT = Integer.getInteger("jabu.bench.repeat", 1);

  private FanOutScale() {}

  public static void main(String[] args) throws Exception {
    List<String> databases =
        args.length > 0 ? List.of(args[0].split(",")) : List.of("sqlite", "postgresql");
    for (String db : databases) {
      try (Bot bot = Bot.open(db)) {
        bot.run();
      }
    }
    System.exit(0);
  }

  /** The core on a fresh database, with a platform that does nothing for DMs and the console. */
  private static final class Bot implements AutoCloseable {
    private final String name;
    private final Database database;
    private final Jabu jabu;
    private final MeetupService service;
    private final Clock clock = Clocks.system();
    private final Quiet quiet = new Quiet();
    private int people;

    private Bot(String name, Database database) {
      this.name = name;
      this.database = database;
      CoreSettings base =
          CoreSettings.defaults().withRateLimit(Integer.MAX_VALUE, Duration.ofMillis(1));
      CoreSettings core =
          new CoreSettings(
              base.communityName(),
              base.zone(),
              base.defaultLocale(),
              base.rateLimitCount(),
              base.rateLimitWindow(),
              base.moderators(),
              List.of(ANNOUNCEMENTS));
      AtomicReference<MeetupService> meetups = new AtomicReference<>();
      Feature feature =
          services -> {
            meetups.set(MeetupFeature.service(services, ReminderSettings.defaults(), true));
            return MeetupFeature.commands(meetups.get(), Optional.empty());
          };
      this.jabu = new Jabu(core, database, clock, List.of(feature));
      this.service = meetups.get();
    }

    static Bot open(String db) throws Exception {
      if (db.equals("sqlite")) {
        return new Bot(
            db,
            Database.open(
                DatabaseUrl.embedded(
                    Files.createTempDirectory("jabu-fanout").resolve("bench.db"))));
      }
      String url =
          System.getenv()
              .getOrDefault(
                  "JABU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
      return new Bot(
          db,
          Database.open(
              DatabaseUrl.resolve(url, null)
                  .withSchema("jabu_fanout_" + Long.toHexString(System.nanoTime()))));
    }

    void run() throws Exception {
      OutboxDispatcher dispatcher = jabu.dispatcher(List.of(quiet, quiet.console()));
      // warm-up, not measured: the first commands load and compile what every later one uses
      for (int i = 0; i < 20; i++) {
        timed("/meetup cancel " + meetupWith(10, 10).id(), "is cancelled");
        timed("/meetup capacity " + meetupWith(1, 3).id() + " 3", "2 people moved up");
      }
      dispatcher.dispatchReady();
      if (CAPACITY_ONLY) {
        Growth capacity = new Growth("/meetup capacity 1 -> N, N-1 waiting (answer)");
        for (int size : SIZES) {
          List<Double> runs = new ArrayList<>();
          for (int i = 0; i < REPEAT; i++) {
            runs.add(capacity(size));
            dispatcher.dispatchReady();
          }
          System.out.printf("%-10s /meetup capacity 1 -> %,d: %s ms%n", name, size, runs);
          capacity.add(size, percentile(runs, 50));
        }
        capacity.print(name);
        return;
      }
      Growth cancel = new Growth("/meetup cancel (answer)");
      Growth drain = new Growth("drain of the cancel notices (rows/s)");
      Growth capacity = new Growth("/meetup capacity 1 -> N, N-1 waiting (answer)");
      Growth remind = new Growth("reminder to N holders (one item's run)");
      Growth announce = new Growth("/meetup announce p50 after N announced");
      for (int size : SIZES) {
        Meetup full = meetupWith(size, size);
        cancel.add(size, timed("/meetup cancel " + full.id(), "is cancelled; " + size + " people"));
        drain.add(size, drain(dispatcher, size));

        capacity.add(size, capacity(size));
        dispatcher.dispatchReady();

        remind.add(size, remind(size));
        dispatcher.dispatchReady();

        announce.add(size, announceLatency(announced(size, dispatcher), dispatcher));
      }
      for (Growth growth : List.of(cancel, capacity, remind, announce, drain)) {
        growth.print(name);
      }
      stop();
    }

    /** Milliseconds {@code /meetup capacity} takes to seat {@code size - 1} waiting people. */
    private double capacity(int size) {
      // one seat and N - 1 waiting, then N seats: the largest capacity allowed is 10,000
      Meetup waiting = meetupWith(1, size);
      return timed(
          "/meetup capacity " + waiting.id() + " " + size, (size - 1) + " people moved up");
    }

    /**
     * Milliseconds one reminder item takes to queue its messages to {@code size} seat holders: a
     * meetup an hour away whose one-hour reminder came due a few seconds ago.
     */
    private double remind(int size) {
      ZonedDateTime start =
          clock.instant().plus(Duration.ofHours(1)).minusSeconds(5).atZone(jabu.settings().zone());
      Meetup meetup =
          service.announce(
              service.create(
                  Meetup.draft(
                      "Reminded " + size,
                      start,
                      start.plusHours(2),
                      size,
                      "console:organizer",
                      clock.instant())));
      hold(meetup, size, size);
      long began = System.nanoTime();
      service.reminders().run(meetup.id() + ":1h");
      return (System.nanoTime() - began) / 1e6;
    }

    /** A meetup announced with {@code capacity} seats and {@code holders} people answering. */
    private Meetup meetupWith(int capacity, int holders) {
      Meetup meetup = service.announce(service.create(draft("Scale " + holders, capacity)));
      hold(meetup, capacity, holders);
      return meetup;
    }

    /**
     * Gives {@code holders} new people a place, seats first: through the ledger for a few, and for
     * many in one batch written as the ledger writes them (setting up is not what is measured).
     */
    private void hold(Meetup meetup, int capacity, int holders) {
      if (holders <= 100) {
        for (int i = 0; i < holders; i++) {
          service.rsvp(meetup, UserRef.of(Platform.DISCORD, "member" + people++));
        }
        return;
      }
      int first = people;
      people += holders;
      database.inTransaction(
          c -> {
            try (java.sql.PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO rsvp (meetup_id, person, user_key, state, queue_seq, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
              for (int i = 0; i < holders; i++) {
                String key = "discord:member" + (first + i);
                insert.setLong(1, meetup.id());
                insert.setString(2, key);
                insert.setString(3, key);
                insert.setString(4, i < capacity ? "SEAT" : "WAITLIST");
                insert.setLong(5, i + 1);
                insert.setLong(6, clock.millis());
                insert.addBatch();
              }
              insert.executeBatch();
            }
            try (java.sql.PreparedStatement update =
                c.prepareStatement(
                    "UPDATE meetup SET next_queue_seq = ?, waitlist_count = ? WHERE id = ?")) {
              update.setLong(1, holders + 1);
              update.setInt(2, Math.max(0, holders - capacity));
              update.setLong(3, meetup.id());
              update.executeUpdate();
            }
            return null;
          });
    }

    private Meetup draft(String title, int capacity) {
      ZonedDateTime start =
          clock.instant().plus(Duration.ofDays(30)).atZone(jabu.settings().zone());
      return Meetup.draft(
          title, start, start.plusHours(2), capacity, "console:organizer", clock.instant());
    }

    /** Milliseconds from the command to its answer; fails unless the answer says {@code expect}. */
    private double timed(String line, String expect) {
      Invocation invocation = Invocation.text(ORGANIZER, ANNOUNCEMENTS, Locale.ENGLISH, line);
      long began = System.nanoTime();
      Reply reply = jabu.engine().handle(invocation);
      double ms = (System.nanoTime() - began) / 1e6;
      String text =
          new PlainTextRenderer(jabu.settings().zone(), Locale.ENGLISH, clock)
              .render(reply.message());
      if (!text.contains(expect)) {
        throw new IllegalStateException(line + " answered: " + text);
      }
      return ms;
    }

    private double drain(OutboxDispatcher dispatcher, int rows) {
      quiet.sentAt.clear();
      long began = System.nanoTime();
      while (quiet.directMessages() < rows) {
        dispatcher.dispatchReady();
      }
      List<Long> times = new ArrayList<>(quiet.sentAt);
      Collections.sort(times);
      int fifth = Math.max(1, rows / 5);
      double first = rate(fifth, times.get(fifth - 1) - began);
      double last = rate(fifth, times.get(rows - 1) - times.get(rows - fifth - 1));
      double overall = rate(rows, times.get(rows - 1) - began);
      System.out.printf(
          "%-10s drain of %,d cancel notices: %.0f rows/s; first fifth %.0f/s, last fifth %.0f/s"
              + " (last/first %.2f)%n",
          name, rows, overall, first, last, last / first);
      return overall;
    }

    /** Announces meetups through the service until {@code count} are announced. */
    private int announced(int count, OutboxDispatcher dispatcher) {
      int done = service.meetups().upcoming(Instant.EPOCH, Integer.MAX_VALUE).size();
      for (int i = done; i < count; i++) {
        service.announce(service.create(draft("Announced " + i, 50)));
        if (i % 100 == 0) {
          dispatcher.dispatchReady();
        }
      }
      dispatcher.dispatchReady();
      return Math.max(done, count);
    }

    /** Announces drafts one by one as the console does: the answer, then a dispatch. */
    private double announceLatency(int announced, OutboxDispatcher dispatcher) {
      List<Double> answers = new ArrayList<>();
      List<Double> dispatches = new ArrayList<>();
      for (int i = 0; i < ANNOUNCE_SAMPLES; i++) {
        Meetup draft = service.create(draft("Sample " + i, 50));
        answers.add(timed("/meetup announce " + draft.id(), "is announced"));
        long began = System.nanoTime();
        dispatcher.dispatchReady();
        dispatches.add((System.nanoTime() - began) / 1e6);
      }
      System.out.printf(
          "%-10s /meetup announce after %,d announced: answer p50 %.1f ms, p99 %.1f ms;"
              + " dispatch after it p50 %.1f ms, p99 %.1f ms%n",
          name,
          announced,
          percentile(answers, 50),
          percentile(answers, 99),
          percentile(dispatches, 50),
          percentile(dispatches, 99));
      return percentile(answers, 50);
    }

    /** A stop with 6,000 notices queued; a restart sends the rest, each once. */
    private void stop() throws Exception {
      Slow slow = new Slow();
      List<OutboxEntry> notices = new ArrayList<>();
      for (int i = 0; i < 6_000; i++) {
        notices.add(
            new OutboxEntry(
                "stop-notice-" + i,
                Operation.POST,
                ChannelRef.directMessage(UserRef.of(Platform.DISCORD, "stop" + i)),
                null,
                RichMessage.text("The meetup is cancelled.")));
      }
      DeliverySettings settings = DeliverySettings.defaults();
      OutboxWorker worker = jabu.outboxWorker(jabu.dispatcher(List.of(slow), settings));
      worker.start();
      jabu.outbox().enqueueAll(notices);
      Thread.sleep(2_000);
      long began = System.nanoTime();
      worker.close();
      double ms = (System.nanoTime() - began) / 1e6;
      int before = slow.sent.size();
      long queued =
          jabu.outboxStore().all().stream()
              .filter(r -> r.key().startsWith("stop-notice-"))
              .filter(r -> r.status() == OutboxStatus.PENDING)
              .count();
      OutboxDispatcher restarted = jabu.dispatcher(List.of(slow.instant()), settings);
      while (slow.sent.size() < 6_000 && restarted.dispatchReady() > 0) {
        // the next start sends what was left
      }
      System.out.printf(
          "%-10s stop with 6,000 notices queued (50 ms a call, grace %s): %.0f ms; %d sent before,"
              + " %d still queued; after a restart %d sent, %d of them twice%n",
          name,
          settings.shutdownGrace(),
          ms,
          before,
          queued,
          slow.keys.size(),
          slow.sent.size() - slow.keys.size());
    }

    private void print(String what, double ms) {
      System.out.printf("%-10s %s: %.0f ms%n", name, what, ms);
    }

    @Override
    public void close() {
      database.close();
    }
  }

  private static double rate(int rows, long nanos) {
    return rows / Math.max(1e-9, nanos / 1e9);
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  /** Discord DMs and console posts that cost nothing: only the outbox is measured. */
  /**
   * One figure at each size, printed with its growth from the size before: the figure's ratio for
   * the size's ratio. A cost that is flat reads about 1; one that grows with the people, about the
   * size ratio (10 for 10x); quadratic work, about its square.
   */
  private static final class Growth {
    private final String what;
    private final List<int[]> sizes = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    Growth(String what) {
      this.what = what;
    }

    void add(int size, double value) {
      sizes.add(new int[] {size});
      values.add(value);
    }

    void print(String db) {
      StringBuilder line = new StringBuilder(String.format("%-10s %-44s", db, what));
      for (int i = 0; i < values.size(); i++) {
        line.append(String.format(" | %,d: %.1f", sizes.get(i)[0], values.get(i)));
        if (i > 0) {
          line.append(
              String.format(
                  " (x%.1f for x%d)",
                  values.get(i) / values.get(i - 1), sizes.get(i)[0] / sizes.get(i - 1)[0]));
        }
      }
      System.out.println(line);
    }
  }

  private static final class Quiet implements Sender {
    final ConcurrentLinkedQueue<Long> sentAt = new ConcurrentLinkedQueue<>();

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) {
      sentAt.add(System.nanoTime());
      return new SendResult("m" + message.outboxId());
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return Lookup.absent();
    }

    int directMessages() {
      return sentAt.size();
    }

    Sender console() {
      return new Sender() {
        @Override
        public Platform platform() {
          return Platform.CONSOLE;
        }

        @Override
        public SendResult send(OutboundMessage message) {
          return new SendResult("c" + message.outboxId());
        }

        @Override
        public Lookup check(OutboundMessage message) {
          return Lookup.absent();
        }
      };
    }
  }

  /** A platform whose every call takes 50 ms; it keeps what it received, to find doubles. */
  private static final class Slow implements Sender {
    final ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
      Thread.sleep(50);
      return record(message);
    }

    SendResult record(OutboundMessage message) {
      sent.add(message.key());
      keys.add(message.key());
      return new SendResult("s" + message.outboxId());
    }

    @Override
    public Lookup check(OutboundMessage message) {
      return keys.contains(message.key())
          ? Lookup.found("s" + message.outboxId())
          : Lookup.absent();
    }

    /** The same platform, answering at once: the restart's drain is not what is measured. */
    Sender instant() {
      Slow self = this;
      return new Sender() {
        @Override
        public Platform platform() {
          return Platform.DISCORD;
        }

        @Override
        public SendResult send(OutboundMessage message) {
          return self.record(message);
        }

        @Override
        public Lookup check(OutboundMessage message) {
          return self.check(message);
        }
      };
    }
  }
}
