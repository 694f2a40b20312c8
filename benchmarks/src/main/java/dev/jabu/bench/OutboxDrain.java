package dev.jabu.bench;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.outbox.OutboxStore;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How fast the outbox drains when the platform is never the bottleneck: rows queued to many
 * destinations at once (one direct message per member, as a cancel sends) and to one channel (a
 * backlog), drained by the real dispatcher into a sender that does nothing, on SQLite and
 * PostgreSQL, at 10 / 100 / 1,000 / 10,000 rows. Prints rows per second overall and the rates of
 * the first and last fifth of the drain, whose ratio shows whether claims slow as the queue empties
 * or deepens.
 *
 * <p>Run: {@code bin/benchmark drain} (or {@code java -cp benchmarks/target/benchmarks.jar
 * dev.jabu.bench.OutboxDrain [max rows] [sqlite,postgresql]}). PostgreSQL: {@code
 * JABU_TEST_POSTGRES_URL}, else the local server.
 */
public final class OutboxDrain {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  public static void main(String[] args) throws Exception {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<String> databases =
        args.length > 1 ? List.of(args[1].split(",")) : List.of("sqlite", "postgresql");
    System.out.printf(
        "%-10s %-14s %7s %10s %12s %12s %8s %16s%n",
        "database",
        "shape",
        "rows",
        "rows/s",
        "first 1/5/s",
        "last 1/5/s",
        "last/1st",
        "1 commit/row r/s");
    // -Djabu.bench.shapes=member (or channel) runs one shape; -Djabu.bench.perRow=false skips the
    // comparison with one commit per row
    String shapes = System.getProperty("jabu.bench.shapes", "member,channel");
    boolean comparePerRow = Boolean.parseBoolean(System.getProperty("jabu.bench.perRow", "true"));
    for (String db : databases) {
      for (boolean manyDestinations : List.of(true, false)) {
        if (!shapes.contains(manyDestinations ? "member" : "channel")) {
          continue;
        }
        for (int rows = 10; rows <= max; rows *= 10) {
          long[] batched;
          long[] perRow = null;
          try (Database database = open(db)) {
            batched = drain(database, rows, manyDestinations, false);
          }
          if (comparePerRow) {
            try (Database database = open(db)) {
              perRow = drain(database, rows, manyDestinations, true);
            }
          }
          print(db, manyDestinations ? "one per member" : "one channel", rows, batched, perRow);
        }
      }
    }
  }

  /** {@code drained[0]} is when the drain began, then when each row was sent, in order. */
  private static void print(String db, String shape, int rows, long[] drained, long[] perRow) {
    long began = drained[0];
    int fifth = Math.max(1, rows / 5);
    double first = rate(fifth, drained[fifth] - began);
    double last = rate(fifth, drained[rows] - drained[rows - fifth]);
    System.out.printf(
        "%-10s %-14s %7d %10.0f %12.0f %12.0f %8.2f %16.0f%n",
        db,
        shape,
        rows,
        rate(rows, drained[rows] - began),
        first,
        last,
        last / first,
        perRow == null ? Double.NaN : rate(rows, perRow[rows] - perRow[0]));
  }

  private static double rate(int rows, long nanos) {
    return rows / Math.max(1e-9, nanos / 1e9);
  }

  private static Database open(String db) throws Exception {
    if (db.equals("sqlite")) {
      return Database.open(
          DatabaseUrl.embedded(Files.createTempDirectory("jabu-drain").resolve("bench.db")));
    }
    String url =
        System.getenv()
            .getOrDefault(
                "JABU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    return Database.open(
        DatabaseUrl.resolve(url, null)
            .withSchema("jabu_drain_" + Long.toHexString(System.nanoTime())));
  }

  /**
   * Queues {@code rows} posts, drains them, and returns when each was sent (the first at 0); with
   * {@code oneCommitPerRow}, as before issue 21, each sent row is recorded in its own commit.
   */
  private static long[] drain(
      Database database, int rows, boolean manyDestinations, boolean oneCommitPerRow) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    OutboxStore store =
        oneCommitPerRow
            ? new OneCommitPerRow(new JdbcOutboxStore(database))
            : new JdbcOutboxStore(database);
    Timed timed = new Timed(store);
    if (Boolean.getBoolean("jabu.bench.profile")) {
      store = timed;
    }
    Outbox outbox = new Outbox(store, clock);
    RichMessage message = RichMessage.text("The meetup is cancelled.");
    List<OutboxEntry> queued = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      ChannelRef to =
          manyDestinations
              ? ChannelRef.directMessage(UserRef.of(Platform.DISCORD, "member" + i))
              : ChannelRef.of(Platform.DISCORD, "announcements");
      queued.add(new OutboxEntry("notice-" + i, Operation.POST, to, null, message));
    }
    outbox.enqueueAll(queued);
    settle(database);
    ConcurrentLinkedQueue<Long> sentAt = new ConcurrentLinkedQueue<>();
    Sender nothing =
        new Sender() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public SendResult send(OutboundMessage m) {
            sentAt.add(System.nanoTime());
            return new SendResult("m" + m.outboxId());
          }

          @Override
          public Lookup check(OutboundMessage m) {
            return Lookup.absent();
          }
        };
    long began = System.nanoTime();
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(store, List.of(nothing), clock, DeliverySettings.defaults());
    while (sentAt.size() < rows) {
      dispatcher.dispatchReady();
    }
    if (store == timed) {
      System.out.println(timed);
    }
    List<Long> times = new ArrayList<>(sentAt);
    times.sort(Long::compare);
    long[] result = new long[rows + 1];
    result[0] = began;
    for (int i = 0; i < rows; i++) {
      result[i + 1] = times.get(i);
    }
    return result;
  }

  /**
   * Writes the queued rows from SQLite's write-ahead log into the database file before the clock
   * starts: otherwise the drain's first commits pay for the enqueue's checkpoint, and its first
   * fifth looks slow for a reason that has nothing to do with claims.
   */
  private static void settle(Database database) {
    if (database.dialect() == dev.jabu.core.store.Dialect.SQLITE) {
      database.withConnection(
          c -> {
            try (java.sql.Statement s = c.createStatement()) {
              s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
          });
    }
  }

  /** With -Djabu.bench.profile=true: where a drain's time goes, claims against records. */
  private static final class Timed extends dev.jabu.core.outbox.ForwardingOutboxStore {
    private long claims;
    private long claimed;
    private long claimNanos;
    private long records;
    private long recordNanos;

    Timed(OutboxStore store) {
      super(store);
    }

    @Override
    public List<OutboundMessage> claimReady(
        String claimer,
        java.util.Set<Platform> platforms,
        java.util.Collection<String> skip,
        int limit,
        Instant now,
        java.time.Duration lease) {
      long began = System.nanoTime();
      List<OutboundMessage> found = super.claimReady(claimer, platforms, skip, limit, now, lease);
      claimNanos += System.nanoTime() - began;
      claims++;
      claimed += found.size();
      return found;
    }

    @Override
    public List<Boolean> markAllSent(List<dev.jabu.core.outbox.Delivered> rows, Instant now) {
      long began = System.nanoTime();
      List<Boolean> done = super.markAllSent(rows, now);
      recordNanos += System.nanoTime() - began;
      records++;
      return done;
    }

    @Override
    public String toString() {
      return String.format(
          "claims %d (%d rows, %.1f ms each), records %d (%.1f ms each)",
          claims,
          claimed,
          claimNanos / 1e6 / Math.max(1, claims),
          records,
          recordNanos / 1e6 / Math.max(1, records));
    }
  }
}
