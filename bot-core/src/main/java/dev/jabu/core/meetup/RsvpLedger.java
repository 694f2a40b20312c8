package dev.jabu.core.meetup;

import java.time.Instant;
import java.util.List;

/**
 * The one seat list of each meetup, shared by every platform: one capacity, a first-in first-out
 * waitlist numbered in commit order, and at most one seat or waitlist place per person (linked
 * accounts are one person). Every change happens under the meetup's lock, so concurrent answers
 * from both platforms can neither oversell seats nor leave gaps in the waitlist.
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

  /** Someone who moved from the waitlist to a seat; {@code userKey} is where to tell them. */
  record Promotion(long meetupId, String person, String userKey) {}

  /**
   * @param freed whether a seat was freed (and maybe given to {@code promoted})
   */
  record LeaveResult(boolean held, boolean freed, List<Promotion> promoted) {}

  /** One holder; {@code position} is 0 for seats and 1.. on the waitlist. */
  record Holder(
      String person, String userKey, boolean seat, int position, boolean attended, Instant since) {}

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
}
