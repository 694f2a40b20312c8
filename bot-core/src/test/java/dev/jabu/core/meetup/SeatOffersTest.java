package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.message.Button;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seats near the start, as members and organizers meet them: the day-before reminder asks who is
 * coming, a seat given up three days or less before the start is offered to the next person and
 * held for twelve hours, and the scheduler moves an unanswered offer on. The clock is moved by
 * hand; the meetup starts 2026-12-05 19:00 in Seoul (10:00 UTC).
 */
class SeatOffersTest {
  private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults(),
          ReminderSettings.defaults(),
          WaitlistOffers.defaults());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");
  private final Member bob = platform.member("slack:UBOB");
  private final Member carol = platform.member("discord:carol");
  private final Member dan = platform.member("slack:UDAN");
  private final Member erin = platform.member("discord:erin");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  /** Alice and Bob hold the two seats; Carol, Dan and Erin wait in that order. */
  private long fullMeetup() {
    assertThat(
            say(
                mod,
                "/meetup create title:\"DevOps Korea December\" start:2026-12-05T19:00 capacity:2"
                    + " venue:Pangyo"))
        .contains("Created meetup #1");
    assertThat(say(mod, "/meetup announce 1")).contains("announced");
    for (Member m : List.of(alice, bob, carol, dan, erin)) {
      say(m, "/meetup rsvp 1");
    }
    platform.newPosts();
    return 1;
  }

  private List<OutboundMessage> dmsTo(String who) {
    return platform.newPosts().stream()
        .filter(p -> p.operation() == Operation.POST && p.destination().key().equals(who))
        .toList();
  }

  @Test
  void theDayBeforeReminderAsksSeatHoldersWhetherTheyAreComing() {
    long id = fullMeetup();
    platform.startScheduler();
    platform.clock().set(START.minus(Duration.ofDays(1)));
    platform.awaitPosts(
        all -> all.stream().filter(p -> p.key().contains("reminder-1d")).count() >= 5);
    List<OutboundMessage> reminders =
        platform.posts().stream().filter(p -> p.key().contains("reminder-1d")).toList();
    OutboundMessage toAlice =
        reminders.stream()
            .filter(p -> p.destination().key().equals("discord:@alice"))
            .findFirst()
            .orElseThrow();
    assertThat(toAlice.message().buttons())
        .extracting(Button::command)
        .containsExactly("/meetup confirm " + id, "/meetup leave " + id);
    assertThat(platform.text(toAlice.message())).contains("I'm coming", "I can't come");
    // the thread reminder asks too; someone waiting is reminded without being asked
    assertThat(reminders)
        .filteredOn(p -> p.operation() == Operation.REPLY)
        .allSatisfy(
            p ->
                assertThat(p.message().buttons())
                    .extracting(Button::command)
                    .contains("/meetup confirm " + id));
    assertThat(reminders)
        .filteredOn(p -> p.destination().key().equals("discord:@carol"))
        .allSatisfy(
            p ->
                assertThat(p.message().buttons())
                    .extracting(Button::command)
                    .doesNotContain("/meetup confirm " + id));

    assertThat(say(alice, "/meetup confirm " + id)).contains("You are down as coming");
    assertThat(say(alice, "/meetup confirm " + id)).contains("already said you are coming");
    assertThat(say(carol, "/meetup confirm " + id)).contains("hold no seat");
    assertThat(say(mod, "/meetup attendees " + id)).contains("Seats confirmed: 1, not yet: 1");
  }

  @Test
  void iCantComeFreesTheSeatAtOnceAndItIsOfferedToTheNextPersonOnly() {
    long id = fullMeetup();
    platform.clock().set(START.minus(Duration.ofHours(30)));
    assertThat(say(bob, "/meetup leave " + id)).contains("You are off the list");

    List<OutboundMessage> toCarol = dmsTo("discord:@carol");
    assertThat(toCarol).singleElement();
    assertThat(toCarol.get(0).message().buttons())
        .extracting(Button::command)
        .containsExactly("/meetup claim " + id, "/meetup pass " + id);
    assertThat(platform.text(toCarol.get(0).message()))
        .contains("A seat at DevOps Korea December is free for you", "Take the seat", "Pass");
    // the seat is held: a newcomer waits behind the others, Dan is not offered it
    assertThat(say(platform.member("discord:frank"), "/meetup rsvp " + id))
        .contains("number 4 on the waitlist");
    assertThat(say(dan, "/meetup claim " + id)).contains("no seat on offer");
    assertThat(say(carol, "/meetup my")).contains("A seat is offered to you: /meetup claim 1");

    assertThat(say(carol, "/meetup claim " + id)).contains("is yours");
    assertThat(say(carol, "/meetup my")).contains("seat");
    assertThat(say(carol, "/meetup claim " + id)).contains("already have a seat");
  }

  @Test
  void anUnansweredOfferExpiresOnTheSchedulerAndGoesToTheNextPerson() {
    long id = fullMeetup();
    platform.startScheduler();
    platform.clock().set(START.minus(Duration.ofHours(48)));
    say(bob, "/meetup leave " + id);
    assertThat(fixture.service.ledger().openOffers(id))
        .singleElement()
        .satisfies(
            o ->
                // the running scheduler lets the clock creep a few milliseconds
                assertThat(o.expiresAt())
                    .isBetween(
                        START.minus(Duration.ofHours(36)),
                        START.minus(Duration.ofHours(36)).plusSeconds(1)));

    assertThat(say(mod, "/schedule upcoming"))
        .contains("seat offer expiry", "#" + id + " DevOps Korea December (offer");
    platform.clock().set(START.minus(Duration.ofHours(36)).plusSeconds(1));
    platform.awaitPosts(
        all -> all.stream().anyMatch(p -> p.destination().key().equals("slack:@UDAN")));
    assertThat(fixture.service.ledger().openOffers(id))
        .extracting(RsvpLedger.Offer::person)
        .containsExactly(fixture.service.identities().personOf("slack:UDAN"));
    assertThat(say(carol, "/meetup claim " + id)).contains("no seat on offer");
    assertThat(say(carol, "/meetup my")).doesNotContain("DevOps");
    assertThat(platform.posts())
        .filteredOn(p -> p.destination().key().equals("discord:@carol"))
        .anySatisfy(p -> assertThat(platform.text(p.message())).contains("was not taken in time"));

    // Dan passes; Erin, last in line, is offered the seat; her offer runs out unanswered too
    platform.clock().set(START.minus(Duration.ofHours(30)));
    assertThat(say(dan, "/meetup pass " + id)).contains("goes to the next person");
    assertThat(fixture.service.ledger().openOffers(id))
        .extracting(RsvpLedger.Offer::userKey)
        .containsExactly("discord:erin");
    platform.clock().set(START.minus(Duration.ofHours(18)).plusSeconds(1));
    platform.awaitPosts(all -> fixture.service.ledger().openOffers(id).isEmpty());
    assertThat(say(erin, "/meetup claim " + id)).contains("no seat on offer");

    SeatFigures figures = fixture.service.ledger().figures(id);
    assertThat(figures.offered()).isEqualTo(3);
    assertThat(figures.offersExpired()).isEqualTo(2);
    assertThat(figures.offersPassed()).isEqualTo(1);
    assertThat(figures.released()).isEqualTo(1);
    assertThat(fixture.service.ledger().counts(id)).isEqualTo(new RsvpLedger.Counts(1, 0, 0));
    // nobody is left waiting: the free seat goes to the next person who answers
    assertThat(say(platform.member("discord:frank"), "/meetup rsvp " + id))
        .contains("You have a seat");
  }

  @Test
  void theClockNotTheSchedulerDecidesWhetherAnOfferIsStillOpen() {
    long id = fullMeetup();
    platform.clock().set(START.minus(Duration.ofHours(30)));
    say(bob, "/meetup leave " + id);
    dmsTo("discord:@carol");
    // the scheduler is not running here: Carol's claim comes after the expiry, before its run
    platform.clock().set(START.minus(Duration.ofHours(18)));
    assertThat(say(carol, "/meetup claim " + id)).contains("has run out");
    assertThat(dmsTo("slack:@UDAN")).singleElement();
    assertThat(fixture.service.ledger().openOffers(id))
        .singleElement()
        .satisfies(o -> assertThat(o.expiresAt()).isEqualTo(START.minus(Duration.ofHours(6))));
  }

  @Test
  void farFromTheStartAFreedSeatIsGivenAtOnceAsBefore() {
    long id = fullMeetup();
    say(bob, "/meetup leave " + id);
    assertThat(fixture.service.ledger().openOffers(id)).isEmpty();
    assertThat(say(carol, "/meetup my")).contains("seat");
    assertThat(dmsTo("discord:@carol"))
        .singleElement()
        .satisfies(p -> assertThat(platform.text(p.message())).contains("Good news"));
  }

  @Test
  void moreSeatsNearTheStartAreOfferedInWaitlistOrder() {
    long id = fullMeetup();
    // five hours before the start, offers are held until the start rather than twelve hours
    platform.clock().set(START.minus(Duration.ofHours(5)));
    assertThat(say(mod, "/meetup capacity " + id + " 4")).contains("4");
    assertThat(fixture.service.ledger().openOffers(id))
        .extracting(RsvpLedger.Offer::userKey)
        .containsExactly("discord:carol", "slack:UDAN");
    assertThat(fixture.service.ledger().openOffers(id))
        .allSatisfy(o -> assertThat(o.expiresAt()).isEqualTo(START));
    assertThat(say(erin, "/meetup claim " + id)).contains("no seat on offer");
  }

  @Test
  void aMeetupSetsItsOwnOfferTiming() {
    long id = fullMeetup();
    assertThat(say(mod, "/meetup edit " + id + " offer-window:2h offers-from:14d"))
        .contains("From 14 days before", "held for 2 hours");
    say(bob, "/meetup leave " + id);
    assertThat(fixture.service.ledger().openOffers(id))
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.expiresAt())
                    .isEqualTo(platform.clock().instant().plus(Duration.ofHours(2))));
    assertThat(say(mod, "/meetup edit " + id + " offers:off")).contains("at once");
    assertThat(say(alice, "/meetup edit " + id + " offers:on")).contains("organizers");
    assertThat(say(mod, "/meetup edit " + id + " offers:on")).contains("From 3 days before");
  }

  @Test
  void linkedAccountsAreOfferedOneSeat() {
    long id = fullMeetup();
    Member carolOnSlack = platform.member("slack:UCAROL");
    String code = say(carol, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    assertThat(say(carolOnSlack, "/link " + code)).contains("one person");
    platform.clock().set(START.minus(Duration.ofHours(30)));
    say(alice, "/meetup leave " + id);
    assertThat(fixture.service.ledger().openOffers(id)).hasSize(1);
    // taken from the other account: it is the same person's offer
    assertThat(say(carolOnSlack, "/meetup claim " + id)).contains("is yours");
    assertThat(say(carol, "/meetup my")).contains("seat");
  }

  @Test
  void checkInAtTheDoorWithTheOrganizersCode() {
    long id = fullMeetup();
    String shown = say(mod, "/meetup checkin-code " + id);
    String code =
        shown.replaceAll("(?s).*Check-in code for DevOps Korea December: (\\w{6}).*", "$1");
    assertThat(code).hasSize(6);
    assertThat(say(mod, "/meetup checkin-code " + id)).contains(code);
    assertThat(say(alice, "/meetup checkin-code " + id)).contains("organizers");
    assertThat(say(alice, "/meetup checkin " + id + " " + code)).contains("opens 3 hours before");

    platform.clock().set(START.minus(Duration.ofHours(1)));
    assertThat(say(alice, "/meetup checkin " + id + " WRONG1")).contains("not the check-in code");
    assertThat(say(alice, "/meetup checkin " + id + " " + code.toLowerCase(Locale.ROOT)))
        .contains("Checked in");
    assertThat(say(alice, "/meetup checkin " + id + " " + code)).contains("already checked in");
    assertThat(say(carol, "/meetup checkin " + id + " " + code)).contains("every seat");
    // Bob does not come; after the start his released seat waits at the door for Carol
    platform.clock().set(START.plusSeconds(60));
    say(bob, "/meetup leave " + id);
    assertThat(say(dan, "/meetup checkin " + id + " " + code)).contains("A seat was left");
    assertThat(say(carol, "/meetup checkin " + id + " " + code)).contains("every seat");
    assertThat(say(platform.member("discord:zed"), "/meetup checkin " + id + " " + code))
        .contains("not on the list");

    SeatFigures figures = fixture.service.ledger().figures(id);
    assertThat(figures.checkedIn()).isEqualTo(2);
    assertThat(figures.walkIns()).isEqualTo(1);
    assertThat(figures.noShowPercent()).isZero();
  }

  @Test
  void attendanceHistoryIsForModeratorsOnly() {
    long id = fullMeetup();
    platform.clock().set(START.minus(Duration.ofHours(30)));
    say(bob, "/meetup leave " + id);
    say(carol, "/meetup claim " + id);
    String history = say(mod, "/meetup stats member:@carol");
    assertThat(history)
        .contains("#" + id, "DevOps Korea December", "RSVP → offered a seat → took it");
    assertThat(say(mod, "/meetup stats member:slack:UBOB")).contains("gave up their place");
    assertThat(say(alice, "/meetup stats member:@carol")).contains("Only moderators");
    assertThat(say(alice, "/meetup stats")).doesNotContain("came");
  }

  @Test
  void overbookingGivesMoreSeatsThanTheCapacity() {
    long id = fullMeetup();
    assertThat(say(mod, "/meetup capacity " + id + " 2 overbook:50"))
        .contains("With 50% overbooking, 3 seats are given");
    // far from the start the extra seat goes to Carol at once
    assertThat(say(carol, "/meetup my")).contains("seat");
    assertThat(fixture.service.ledger().counts(id).seats()).isEqualTo(3);
    // the overbooked seats count: 2 seats with 50% still hold the 3 taken, 2 without do not
    assertThat(say(mod, "/meetup capacity " + id + " 2")).contains("3 seats are given");
    assertThat(say(mod, "/meetup capacity " + id + " 2 overbook:0")).contains("3 seats are taken");
    assertThat(say(mod, "/meetup capacity " + id + " 2 overbook:101")).contains("from 0 to 100");
  }
}
