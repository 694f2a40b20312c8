package dev.jabu.core.meetup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Meetups in the database. */
public interface MeetupStore {
  /** Stores a new meetup (its id is ignored) and returns it with the id it got. */
  Meetup create(Meetup meetup);

  Optional<Meetup> find(long id);

  /** Replaces a meetup's fields and raises its sequence; returns the stored version. */
  Meetup update(Meetup meetup, Instant now);

  /** Meetups not cancelled or finished that end after {@code now}, soonest first. */
  List<Meetup> upcoming(Instant now, int limit);

  /**
   * Announced, cancelled and finished meetups ending after {@code since}, soonest first: what a
   * calendar feed shows, cancellations included so subscribers see them.
   */
  List<Meetup> published(Instant since, int limit);
}
