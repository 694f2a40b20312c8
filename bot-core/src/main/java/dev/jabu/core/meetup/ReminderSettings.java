package dev.jabu.core.meetup;

import java.util.List;

/**
 * Which reminders go out for every announced meetup.
 *
 * @param offsets how long before the start; none switches reminders off
 * @param waitlistMessages how many people at the head of the waitlist are reminded directly, beside
 *     everyone holding a seat (they are the likeliest to get a seat at the last minute)
 */
public record ReminderSettings(List<ReminderOffset> offsets, int waitlistMessages) {
  public ReminderSettings {
    offsets = List.copyOf(offsets);
    if (waitlistMessages < 0) {
      throw new IllegalArgumentException("waitlistMessages must not be negative");
    }
    if (offsets.stream().map(ReminderOffset::label).distinct().count() != offsets.size()) {
      throw new IllegalArgumentException("each reminder offset may appear once");
    }
  }

  /** A week, a day and an hour before; the first ten on the waitlist are reminded too. */
  public static ReminderSettings defaults() {
    return new ReminderSettings(
        List.of(ReminderOffset.parse("7d"), ReminderOffset.parse("1d"), ReminderOffset.parse("1h")),
        10);
  }

  public static ReminderSettings off() {
    return new ReminderSettings(List.of(), 0);
  }
}
