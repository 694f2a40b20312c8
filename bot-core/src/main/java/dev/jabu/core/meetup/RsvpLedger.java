package dev.jabu.core.meetup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one seat list of each meetup, shared by every platform: one capacity, a first-in first-out
 * waitlist numbered in commit order, and at most one seat or waitlist place per person (linked
 * accounts are one person). Every change happens under the meetup's lock, so concurrent answers
 * from both platforms can neither oversell seats nor leave gaps in the waitlist.
 *
 * <p>Near the start ({@link WaitlistOffers}) a freed seat is offered rather than given: it stays
 * held for one person until they take it, pass, or the offer expires. Seats plus open offers never
 * exceed the capacity, each waiting person is offered a seat of a meetup at most once, in waitlist
 * order, and every change is written to the meetup's attendance history in the same transaction.
 */
public interface RsvpLedger {
  enum Outcome {
    SEAT,
    WAITLIST,
    ALREADY_SEAT,
    ALREADY_WAITLIST,
    /** The meetup takes no answers: not announced, cancelled or finished. Nothing changed. */
    NOT_TAKING
  }

  /**
   * @param position the waitlist place (1 is next), 0 for a seat
   */
  record RsvpResult(Outcome outcome, int position) {}

  /**
   * Someone who moved from the waitlist to a seat, or near the start was offered one until {@code
   * offeredUntil}; {@code userKey} is where to tell them.
   */
  record Promotion(long meetupId, String person, String userKey, Optional<Instant> offeredUntil) {
    public Promotion(long meetupId, String person, String userKey) {
      this(meetupId, person, userKey, Optional.empty());
    }

    public boolean offer() {
      return offeredUntil.isPresent();
    }
  }

  /**
   * @param freed whether a seat was freed (and maybe given to {@code promoted})
   */
  record LeaveResult(boolean held, boolean freed, List<Promotion> promoted) {}

  /** One holder; {@code position} is 0 for seats and 1.. on the waitlist. */
  record Holder(
      String person,
      String userKey,
      boolean seat,
      int position,
      boolean attended,
      Instant since,
      boolean confirmed) {}

  record Counts(int seats, int waitlist, int attended) {}

  RsvpResult rsvp(long meetupId, String person, String userKey, Instant now);

  LeaveResult leave(long meetupId, String person);

  /**
   * Sets the capacity and fills any new seats from the waitlist at once. Like every change here, it
   * does nothing to a cancelled or finished meetup.
   */
  List<Promotion> setCapacity(long meetupId, int capacity);

  /** Seats in the order they were taken, then the waitlist in order. */
  List<Holder> holders(long meetupId);

  /** What one person holds, by meetup id. */
  java.util.Map<Long, Holder> heldBy(String person);

  Counts counts(long meetupId);

  /** Marks attendance; false when the person holds no seat. */
  boolean markAttended(long meetupId, String person, boolean attended);

  /**
   * Moves everything {@code from} holds to {@code into} (two people just linked). Where both hold a
   * place in the same meetup, the earlier is kept and the later released. Cancelled and finished
   * meetups keep their list as it was.
   *
   * @return the meetups where a place was released, and who got a freed seat
   */
  MergeResult merge(String from, String into);

  /**
   * An account left {@code person}: every place it took goes with it to {@code leavingPerson}; the
   * others stay with {@code remainingPerson} (the person's id may change when its first account
   * leaves). Seats and waitlist order do not change, so this is allowed in every meetup.
   */
  void split(String person, String leaving, String leavingPerson, String remainingPerson);

  record MergeResult(List<Long> released, List<Promotion> promoted) {}

  enum OfferOutcome {
    TAKEN,
    PASSED,
    /** the offer had lapsed; the seat went on to the next person */
    EXPIRED,
    NO_OFFER,
    ALREADY_SEAT,
    NOT_TAKING
  }

  /** The answer to a claim or a pass, and who was offered or given a seat because of it. */
  record OfferAnswer(OfferOutcome outcome, List<Promotion> promoted) {}

  /** A seat held for one person. */
  record Offer(long id, long meetupId, String person, String userKey, Instant expiresAt) {}

  /** Takes the seat offered to {@code person}, if the offer is still open at this moment. */
  OfferAnswer claim(long meetupId, String person);

  /** Gives up the seat offered to {@code person}; it is offered to the next person at once. */
  OfferAnswer pass(long meetupId, String person);

  /**
   * Ends the meetup's offers that have lapsed and offers their seats on; in a cancelled or finished
   * meetup its open offers are withdrawn. Safe to run any number of times on any instance.
   */
  List<Promotion> expireDue(long meetupId);

  List<Offer> openOffers(long meetupId);

  /** Open offers of all meetups that lapsed by now (the scheduler's safety net). */
  List<Offer> dueOffers();

  enum ConfirmOutcome {
    CONFIRMED,
    ALREADY,
    NO_SEAT
  }

  /** Records that the seat holder is coming. */
  ConfirmOutcome confirm(long meetupId, String person);

  enum CheckInOutcome {
    CHECKED_IN,
    ALREADY,
    /** came from the waitlist and got a seat left at the door */
    WALKED_IN,
    FULL,
    NOT_ON_LIST,
    NOT_TAKING
  }

  /** Checks a seat holder in at the door, or seats someone waiting when seats are left. */
  CheckInOutcome checkIn(long meetupId, String person);

  /** What happened to the meetup's seats, from its attendance history and its list. */
  SeatFigures figures(long meetupId);

  /** What happened to {@code person} at each meetup, newest first (moderators only). */
  List<AttendanceRecord> history(String person, int limit);

  /** A meetup's own seat settings; empty durations follow the community's offer policy. */
  record SeatPolicy(
      java.util.Optional<java.time.Duration> offerWindow,
      java.util.Optional<java.time.Duration> offersFrom,
      int overbookPercent) {}

  SeatPolicy seatPolicy(long meetupId);

  /** Stores the meetup's seat settings and fills any seats more overbooking frees. */
  List<Promotion> setSeatPolicy(long meetupId, SeatPolicy policy);

  /** The meetup's check-in code, made from {@code fresh} the first time it is asked for. */
  String checkinCode(long meetupId, java.util.function.Supplier<String> fresh);

  /** The community's offer policy, before any meetup's own timing. */
  WaitlistOffers communityOffers();
}
