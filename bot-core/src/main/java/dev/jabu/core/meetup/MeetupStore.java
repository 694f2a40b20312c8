package dev.jabu.core.meetup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Meetups in the database. */
public interface MeetupStore {
  /** Stores a new meetup (its id is ignored) and returns it with the id it got. */
  Meetup create(Meetup meetup);

  Optional<Meetup> find(long id);

  /**
   * Replaces a meetup's fields but not its status, and raises its sequence; returns the stored
   * version. A cancelled meetup is left as it is.
   */
  Meetup update(Meetup meetup, Instant now);

  /**
   * Moves a meetup to status {@code to} if it is in one of {@code from} (checked in the same
   * statement, so a racing cancel is never undone); empty when it was not.
   */
  Optional<Meetup> transition(long id, Set<Meetup.Status> from, Meetup.Status to, Instant now);

  /** Meetups not cancelled or finished that end after {@code now}, soonest first. */
  List<Meetup> upcoming(Instant now, int limit);

  /**
   * Announced, cancelled and finished meetups ending after {@code since}, soonest first: what a
   * calendar feed shows, cancellations included so subscribers see them.
   */
  List<Meetup> published(Instant since, int limit);

  /**
   * Runs {@code work} so that every write it makes here, in the ledger and in the outbox commits
   * together or not at all (one database transaction).
   */
  default <T> T atomically(java.util.function.Supplier<T> work) {
    return work.get();
  }
}
