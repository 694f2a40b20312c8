package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real rush: 315 members answer at once for 200 seats, as at a DevOps Korea meetup that filled
 * in three days. Run on every database jabu supports.
 */
abstract class LedgerConcurrencyContract {
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, ZoneId.of("Asia/Seoul"));
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private Database database;
  private RsvpLedger ledger;
  private long meetupId;

  protected abstract Database open();

  @BeforeEach
  void setUp() {
    database = open();
    ledger = new JdbcRsvpLedger(database);
    Meetup meetup =
        Meetup.draft("Rush", START, START.plusHours(2), 200, "discord:mod", NOW)
            .withStatus(Meetup.Status.ANNOUNCED);
    meetupId = new JdbcMeetupStore(database).create(meetup).id();
  }

  /** Runs all tasks released at the same moment on many threads, and returns their results. */
  private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    return Concurrently.atOnce(tasks, 32, Duration.ofSeconds(120));
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  private List<Callable<RsvpLedger.RsvpResult>> rsvps(int from, int to) {
    return IntStream.range(from, to)
        .<Callable<RsvpLedger.RsvpResult>>mapToObj(
            i -> () -> ledger.rsvp(meetupId, "discord:m" + i, "discord:m" + i, NOW))
        .toList();
  }

  private void assertExact(int seats, int waitlist) {
    List<RsvpLedger.Holder> holders = ledger.holders(meetupId);
    assertThat(holders.stream().filter(RsvpLedger.Holder::seat)).hasSize(seats);
    assertThat(holders.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::position))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, waitlist).boxed().toList());
    Set<String> people = new HashSet<>();
    holders.forEach(
        h -> assertThat(people.add(h.person())).as("nobody twice: %s", h.person()).isTrue());
    assertThat(ledger.counts(meetupId)).isEqualTo(new RsvpLedger.Counts(seats, waitlist, 0));
    // The running waitlist count the ledger keeps for speed agrees with the rows.
    int kept =
        database.withConnection(
            c -> {
              try (var q = c.prepareStatement("SELECT waitlist_count FROM meetup WHERE id = ?")) {
                q.setLong(1, meetupId);
                try (var r = q.executeQuery()) {
                  r.next();
                  return r.getInt(1);
                }
              }
            });
    assertThat(kept).isEqualTo(waitlist);
  }

  @Test
  void threeHundredFifteenAtOnceForTwoHundredSeats() throws Exception {
    List<RsvpLedger.RsvpResult> results = atOnce(rsvps(0, 315));

    assertThat(results.stream().filter(r -> r.outcome() == RsvpLedger.Outcome.SEAT)).hasSize(200);
    // Each waitlist answer got its place in commit order: 1..115, each exactly once.
    assertThat(
            results.stream()
                .filter(r -> r.outcome() == RsvpLedger.Outcome.WAITLIST)
                .map(RsvpLedger.RsvpResult::position)
                .sorted())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 115).boxed().toList());
    assertExact(200, 115);

    // The same people pressing the button again, at once, change nothing: each is told the place
    // they got the first time.
    List<RsvpLedger.RsvpResult> again = atOnce(rsvps(0, 315));
    for (int i = 0; i < results.size(); i++) {
      RsvpLedger.Outcome expected =
          results.get(i).outcome() == RsvpLedger.Outcome.SEAT
              ? RsvpLedger.Outcome.ALREADY_SEAT
              : RsvpLedger.Outcome.ALREADY_WAITLIST;
      assertThat(again.get(i).outcome()).as("person %d pressing again", i).isEqualTo(expected);
    }
    assertExact(200, 115);
  }

  @Test
  void leavesPromotionsAndNewAnswersUnderLoadKeepTheLedgerExact() throws Exception {
    atOnce(rsvps(0, 315));
    List<String> seats = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    ledger.holders(meetupId).forEach(h -> (h.seat() ? seats : waiting).add(h.person()));
    List<Callable<Object>> mixed = new ArrayList<>();
    // 60 seat holders leave, 20 waiting people give up, 40 newcomers arrive — all at once.
    seats.subList(0, 60).forEach(p -> mixed.add(() -> ledger.leave(meetupId, p)));
    waiting.subList(50, 70).forEach(p -> mixed.add(() -> ledger.leave(meetupId, p)));
    IntStream.range(315, 355)
        .forEach(
            i -> mixed.add(() -> ledger.rsvp(meetupId, "discord:m" + i, "discord:m" + i, NOW)));
    List<Object> results = atOnce(mixed);

    long promoted =
        results.stream()
            .filter(r -> r instanceof RsvpLedger.LeaveResult)
            .mapToLong(r -> ((RsvpLedger.LeaveResult) r).promoted().size())
            .sum();
    long freed =
        results.stream().filter(r -> r instanceof RsvpLedger.LeaveResult l && l.freed()).count();
    // 315 - 80 + 40 = 275 people: 200 seats and 75 waiting, numbered 1..75 with no gap.
    assertExact(200, 75);
    // Every freed seat went to someone waiting: the 60 who left their seats, plus any of the 20
    // who were promoted before their own leave arrived.
    assertThat(freed).isGreaterThanOrEqualTo(60);
    assertThat(promoted).isEqualTo(freed);
    // First come, first served: the first 50 who waited, none of whom left, all have seats now.
    Set<String> seated = new HashSet<>();
    ledger.holders(meetupId).stream()
        .filter(RsvpLedger.Holder::seat)
        .forEach(h -> seated.add(h.person()));
    assertThat(seated).containsAll(waiting.subList(0, 50));
  }

  @Test
  void aLargerCapacityUnderLoadPromotesInOrder() throws Exception {
    atOnce(rsvps(0, 315));
    assertThat(ledger.setCapacity(meetupId, 250))
        .extracting(RsvpLedger.Promotion::person)
        .hasSize(50);
    assertExact(250, 65);
  }
}
