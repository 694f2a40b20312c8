package dev.jabu.core.meetup;

import java.time.Instant;

/**
 * Where a meetup is in its life: a draft only its organizers see, announced and taking RSVPs,
 * announced with RSVPs closed, cancelled, or past. It is derived from the stored status, the RSVP
 * switch and the clock, so a meetup whose end has passed is past even before the minute's check
 * marks it finished.
 */
public enum Stage {
  DRAFT,
  ANNOUNCED,
  CLOSED,
  CANCELLED,
  PAST;

  public static Stage of(Meetup m, Instant now) {
    return switch (m.status()) {
      case DRAFT -> DRAFT;
      case CANCELLED -> CANCELLED;
      case FINISHED -> PAST;
      case ANNOUNCED -> !m.end().isAfter(now) ? PAST : m.rsvpClosed() ? CLOSED : ANNOUNCED;
    };
  }

  /** Cancelled and past meetups keep their seat list as it was: history, not a queue. */
  public boolean frozen() {
    return this == CANCELLED || this == PAST;
  }

  /** The message key of the sentence that names this stage, e.g. "Meetup #3 is cancelled." */
  String messageKey() {
    return "meetup.stage." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
