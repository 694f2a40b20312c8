package dev.jabu.core.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether an item that came due is still worth sending. An item run close to its time is on
 * time; one run later (after downtime) is sent only inside the grace window and while it is still
 * useful (a reminder before its meetup starts), and is otherwise skipped.
 */
public record Lateness(Duration grace) {
  /** Later than this, an item that is still sent counts as late in the log. */
  public static final Duration ON_TIME = Duration.ofMinutes(1);

  public Decision.Outcome judge(Instant due, Instant now, Instant usefulUntil) {
    if (!now.isBefore(usefulUntil)) {
      return Decision.Outcome.SKIPPED;
    }
    Duration late = Duration.between(due, now);
    if (late.compareTo(ON_TIME) <= 0) {
      return Decision.Outcome.SENT;
    }
    return late.compareTo(grace) <= 0 ? Decision.Outcome.LATE : Decision.Outcome.SKIPPED;
  }
}
