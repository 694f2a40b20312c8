package dev.jabu.bench;

import dev.jabu.core.meetup.JdbcMeetupStore;
import dev.jabu.core.meetup.JdbcRsvpLedger;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.RsvpLedger;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RSVPs from 8 concurrent clients spread over 10 meetups of 200 seats, with durable commits (SQLite
 * synchronous=FULL; PostgreSQL's default synchronous_commit=on). Targets: at least 500 RSVPs/s on
 * the embedded database and 1,000/s on PostgreSQL. After the run the ledger is checked: seats never
 * exceed capacity and each waitlist is numbered 1..n without gaps, or the run fails. PostgreSQL
 * comes from {@code JABU_TEST_POSTGRES_URL} (default: local {@code test} database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(8)
public class RsvpBenchmark {
  private static final int MEETUPS = 10;
  private static final int CAPACITY = 200;
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, ZoneId.of("Asia/Seoul"));

  @Param({"sqlite", "postgresql"})
  public String database;

  private Database db;
  private RsvpLedger ledger;
  private long[] meetupIds;
  private final AtomicLong people = new AtomicLong();
  private final Instant now = Instant.parse("2026-11-23T01:00:00Z");

  @Setup
  public void setUp() throws Exception {
    if (database.equals("sqlite")) {
      db =
          Database.open(
              DatabaseUrl.resolve(
                  null, Files.createTempDirectory("jabu-rsvp").resolve("bench.db")));
    } else {
      String url =
          System.getenv()
              .getOrDefault(
                  "JABU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
      String schema = "jabu_bench_" + Long.toHexString(System.nanoTime());
      db = Database.open(DatabaseUrl.resolve(url, null).withSchema(schema));
    }
    ledger = new JdbcRsvpLedger(db);
    JdbcMeetupStore store = new JdbcMeetupStore(db);
    meetupIds = new long[MEETUPS];
    for (int i = 0; i < MEETUPS; i++) {
      meetupIds[i] =
          store
              .create(
                  Meetup.draft("Bench " + i, START, START.plusHours(2), CAPACITY, "bench", now)
                      .withStatus(Meetup.Status.ANNOUNCED))
              .id();
    }
  }

  @Benchmark
  public RsvpLedger.RsvpResult rsvp() {
    long person = people.incrementAndGet();
    String key = (person % 2 == 0 ? "discord:" : "slack:") + person;
    return ledger.rsvp(meetupIds[(int) (person % MEETUPS)], key, key, now);
  }

  @TearDown
  public void checkLedgerAndClose() {
    try {
      for (long id : meetupIds) {
        List<RsvpLedger.Holder> holders = ledger.holders(id);
        long seats = holders.stream().filter(RsvpLedger.Holder::seat).count();
        int expected = 0;
        for (RsvpLedger.Holder h : holders) {
          if (!h.seat() && h.position() != ++expected) {
            throw new IllegalStateException(
                "waitlist of meetup " + id + " has a gap at " + expected);
          }
        }
        if (seats != Math.min(CAPACITY, holders.size())) {
          throw new IllegalStateException(
              "meetup " + id + " has " + seats + " seats for " + holders.size() + " people");
        }
      }
      System.out.println("ledger exact after " + people.get() + " RSVPs");
    } finally {
      db.close();
    }
  }
}
