package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Concurrently;
import dev.jabu.core.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seats near the start under races: claims, passes, expiries, new answers, leaves, capacity changes
 * and a cancel, all at once. Whatever the order, seats plus held offers never exceed the capacity,
 * nobody waiting is passed over, no seat is offered twice and each offer ends once. Run on every
 * database jabu supports, beside a random walk that checks the same after every step.
 */
abstract class SeatOfferRaceContract {
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private Database database;
  private MutableClock clock;
  private RsvpLedger ledger;
  private JdbcMeetupStore meetups;
  private long meetupId;

  protected abstract Database open();

  @BeforeEach
  void setUp() {
    database = open();
    clock = MutableClock.at(NOW);
    ledger = new JdbcRsvpLedger(database, clock, WaitlistOffers.defaults());
    meetups = new JdbcMeetupStore(database);
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  /** A meetup starting {@code ahead} from now: a day ahead is inside the offer window. */
  private long meetup(int capacity, Duration ahead) {
    var start = clock.instant().plus(ahead).atZone(ZoneId.of("Asia/Seoul"));
    Meetup meetup =
        Meetup.draft("Rush", start, start.plusHours(2), capacity, "discord:mod", clock.instant())
            .withStatus(Meetup.Status.ANNOUNCED);
    return meetups.create(meetup).id();
  }

  private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    return Concurrently.atOnce(tasks, 32, Duration.ofSeconds(120));
  }

  private static String m(int i) {
    return "discord:m" + i;
  }

  private List<String> waiting() {
    return ledger.holders(meetupId).stream().filter(h -> !h.seat()).map(h -> h.person()).toList();
  }

  private List<String> seated() {
    return ledger.holders(meetupId).stream().filter(h -> h.seat()).map(h -> h.person()).toList();
  }

  private Set<String> offeredEver() {
    return database.withConnection(
        c -> {
          Set<String> people = new HashSet<>();
          try (var q = c.prepareStatement("SELECT person FROM seat_offer WHERE meetup_id = ?")) {
            q.setLong(1, meetupId);
            try (var r = q.executeQuery()) {
              while (r.next()) {
                people.add(r.getString(1));
              }
            }
          }
          return people;
        });
  }

  private int events(String kind) {
    return database.withConnection(
        c -> {
          try (var q =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM attendance_event WHERE meetup_id = ? AND kind = ?")) {
            q.setLong(1, meetupId);
            q.setString(2, kind);
            try (var r = q.executeQuery()) {
              r.next();
              return r.getInt(1);
            }
          }
        });
  }

  /** The promises, checked against the rows themselves. */
  private void assertExact(boolean beforeStart) {
    List<RsvpLedger.Holder> holders = ledger.holders(meetupId);
    List<RsvpLedger.Offer> open = ledger.openOffers(meetupId);
    int capacity = meetups.find(meetupId).orElseThrow().capacity();
    long seats = holders.stream().filter(RsvpLedger.Holder::seat).count();
    assertThat(seats + open.size())
        .as("seats and held offers within capacity")
        .isLessThanOrEqualTo(capacity);
    Set<String> people = new HashSet<>();
    holders.forEach(h -> assertThat(people.add(h.person())).as("nobody twice").isTrue());
    List<String> waiting = holders.stream().filter(h -> !h.seat()).map(h -> h.person()).toList();
    Set<String> offered = open.stream().map(RsvpLedger.Offer::person).collect(Collectors.toSet());
    assertThat(offered).as("one open offer per person").hasSize(open.size());
    assertThat(waiting).as("offers go to people waiting").containsAll(offered);
    // nobody skipped: everyone holding an offer waits ahead of everyone never offered one
    Set<String> ever = offeredEver();
    boolean neverSeen = false;
    for (String w : waiting) {
      if (!ever.contains(w)) {
        neverSeen = true;
      } else if (offered.contains(w)) {
        assertThat(neverSeen).as("%s was offered a seat before someone ahead", w).isFalse();
      }
    }
    if (beforeStart && seats + open.size() < capacity) {
      assertThat(waiting)
          .as("a free seat while someone never offered waits")
          .allMatch(ever::contains);
    }
    assertThat(holders.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::position))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, waiting.size()).boxed().toList());
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
    assertThat(kept).as("kept waitlist count").isEqualTo(waiting.size());
    // every offer made ended at most once, or is open
    assertThat(
            events("OFFER_TAKEN")
                + events("OFFER_PASSED")
                + events("OFFER_EXPIRED")
                + events("OFFER_WITHDRAWN")
                + open.size())
        .isEqualTo(events("OFFERED"));
  }

  @Test
  void claimsPassesLeavesNewAnswersAndCapacityAtOnceKeepTheSeatsExact() throws Exception {
    meetupId = meetup(200, Duration.ofHours(24));
    atOnce(
        IntStream.range(0, 315)
            .<Callable<Object>>mapToObj(i -> () -> ledger.rsvp(meetupId, m(i), m(i), NOW))
            .toList());
    assertExact(true);
    List<String> seats = seated();
    List<String> waiting = waiting();

    // 30 seats given up and 40 newcomers at once: 30 offers, to the first 30 waiting
    List<Callable<Object>> first = new ArrayList<>();
    seats.subList(0, 30).forEach(p -> first.add(() -> ledger.leave(meetupId, p)));
    IntStream.range(315, 355).forEach(i -> first.add(() -> ledger.rsvp(meetupId, m(i), m(i), NOW)));
    atOnce(first);
    assertExact(true);
    assertThat(ledger.openOffers(meetupId))
        .extracting(RsvpLedger.Offer::person)
        .containsExactlyInAnyOrderElementsOf(waiting.subList(0, 30));

    // everything at once: claims with and without offers, passes, leaves of offered and seated
    // people, a bigger capacity, expiry runs that find nothing due yet
    List<Callable<Object>> mixed = new ArrayList<>();
    waiting.subList(0, 15).forEach(p -> mixed.add(() -> ledger.claim(meetupId, p)));
    waiting.subList(15, 20).forEach(p -> mixed.add(() -> ledger.pass(meetupId, p)));
    waiting.subList(20, 25).forEach(p -> mixed.add(() -> ledger.leave(meetupId, p)));
    waiting.subList(40, 50).forEach(p -> mixed.add(() -> ledger.claim(meetupId, p)));
    seats.subList(30, 50).forEach(p -> mixed.add(() -> ledger.leave(meetupId, p)));
    mixed.add(() -> ledger.setCapacity(meetupId, 205));
    IntStream.range(0, 5).forEach(i -> mixed.add(() -> ledger.expireDue(meetupId)));
    List<Object> results = atOnce(mixed);
    assertExact(true);
    assertThat(results.subList(0, 15))
        .allSatisfy(
            r ->
                assertThat(((RsvpLedger.OfferAnswer) r).outcome())
                    .isEqualTo(RsvpLedger.OfferOutcome.TAKEN));
    assertThat(results.subList(25, 35))
        .allSatisfy(
            r ->
                assertThat(((RsvpLedger.OfferAnswer) r).outcome())
                    .isIn(RsvpLedger.OfferOutcome.NO_OFFER, RsvpLedger.OfferOutcome.TAKEN));
    int held = ledger.openOffers(meetupId).size();
    assertThat(seated().size() + held).isEqualTo(205);

    // the offers run out while their people press "Take the seat" and every instance expires
    clock.advance(Duration.ofHours(12).plusMillis(1));
    List<String> offered =
        ledger.openOffers(meetupId).stream().map(RsvpLedger.Offer::person).toList();
    int expiredBefore = events("OFFER_EXPIRED");
    List<Callable<Object>> late = new ArrayList<>();
    offered.forEach(p -> late.add(() -> ledger.claim(meetupId, p)));
    IntStream.range(0, 10).forEach(i -> late.add(() -> ledger.expireDue(meetupId)));
    List<Object> lateResults = atOnce(late);
    assertExact(true);
    assertThat(lateResults.subList(0, offered.size()))
        .allSatisfy(
            r ->
                assertThat(((RsvpLedger.OfferAnswer) r).outcome())
                    .isIn(RsvpLedger.OfferOutcome.EXPIRED, RsvpLedger.OfferOutcome.NO_OFFER));
    assertThat(events("OFFER_EXPIRED") - expiredBefore).isEqualTo(offered.size());
    assertThat(waiting()).doesNotContainAnyElementsOf(offered);
  }

  @Test
  void aCancelAmidClaimsFreezesTheListAndWithdrawsOffers() throws Exception {
    meetupId = meetup(50, Duration.ofHours(24));
    IntStream.range(0, 80).forEach(i -> ledger.rsvp(meetupId, m(i), m(i), NOW));
    seated().subList(0, 20).forEach(p -> ledger.leave(meetupId, p));
    List<String> offered =
        ledger.openOffers(meetupId).stream().map(RsvpLedger.Offer::person).toList();
    assertThat(offered).hasSize(20);

    List<Callable<Object>> racing = new ArrayList<>();
    offered.forEach(p -> racing.add(() -> ledger.claim(meetupId, p)));
    seated().subList(0, 10).forEach(p -> racing.add(() -> ledger.leave(meetupId, p)));
    IntStream.range(80, 90).forEach(i -> racing.add(() -> ledger.rsvp(meetupId, m(i), m(i), NOW)));
    racing.add(
        () ->
            meetups.transition(
                meetupId,
                EnumSet.of(Meetup.Status.ANNOUNCED),
                Meetup.Status.CANCELLED,
                clock.instant()));
    atOnce(racing);
    assertExact(true);

    List<RsvpLedger.Holder> frozen = ledger.holders(meetupId);
    ledger.expireDue(meetupId);
    assertThat(ledger.openOffers(meetupId)).isEmpty();
    for (String p : offered) {
      assertThat(ledger.claim(meetupId, p).outcome()).isIn(RsvpLedger.OfferOutcome.NOT_TAKING);
    }
    assertThat(ledger.leave(meetupId, seated().get(0)).held()).isFalse();
    assertThat(ledger.holders(meetupId)).isEqualTo(frozen);
  }

  /**
   * A random walk through a small meetup from four days before its start to after it: after every
   * step the promises hold, and every seat is accounted for by how it was got and given up.
   */
  @Test
  void aRandomWalkKeepsEveryPromiseAfterEveryStep() {
    Random random = new Random(Long.getLong("jabu.walk.seed", 20261207L));
    for (int walk = 0; walk < 8; walk++) {
      clock.set(NOW);
      meetupId = meetup(5, Duration.ofHours(100));
      Instant start = meetups.find(meetupId).orElseThrow().start();
      int direct = 0;
      for (int step = 0; step < 120; step++) {
        String p = m(random.nextInt(25));
        switch (random.nextInt(10)) {
          case 0, 1 -> {
            if (ledger.rsvp(meetupId, p, p, clock.instant()).outcome() == RsvpLedger.Outcome.SEAT) {
              direct++;
            }
          }
          case 2 -> ledger.leave(meetupId, p);
          case 3 -> ledger.claim(meetupId, p);
          case 4 -> ledger.pass(meetupId, p);
          case 5 -> ledger.expireDue(meetupId);
          case 6 -> ledger.setCapacity(meetupId, 3 + random.nextInt(5));
          case 7 -> ledger.checkIn(meetupId, p);
          case 8 -> {
            // two people link their accounts: one place is kept, the later one released
            String other = m(random.nextInt(25));
            if (!other.equals(p)) {
              ledger.merge(other, p);
            }
          }
          default -> clock.advance(Duration.ofMinutes(random.nextInt(8 * 60)));
        }
        assertExact(clock.instant().isBefore(start));
        SeatFigures f = ledger.figures(meetupId);
        // each seat held now was got one way and not given back
        assertThat(direct + f.promoted() + f.offersTaken() + f.walkIns() - f.released())
            .as("walk %d step %d: seats accounted for", walk, step)
            .isEqualTo(f.seats());
        assertThat(f.seats()).isEqualTo(ledger.counts(meetupId).seats());
      }
    }
  }
}
