package dev.jabu.core.meetup;

import java.util.List;

/**
 * Which reminders go out for every announced meetup.
 *
 * @param offsets how long before the start; none switches reminders off
 * @param waitlistMessages how many people at the head of the waitlist are reminded directly, beside
 *     everyone holding a seat (they are the likeliest to get a seat at the last minute)
 * @param confirmWith the label of the reminder that asks seat holders "I'm coming" / "I can't come"
 *     (the day before by default); empty when none asks
 */
public record ReminderSettings(
    List<ReminderOffset> offsets, int waitlistMessages, String confirmWith) {
  /** Asks for confirmation with the day-before reminder, or the first one when there is none. */
  public ReminderSettings(List<ReminderOffset> offsets, int waitlistMessages) {
    this(
        offsets,
        waitlistMessages,
        offsets.stream().anyMatch(o -> o.label().equals("1d"))
            ? "1d"
            : offsets.isEmpty() ? "" : offsets.get(0).label());
  }

  public ReminderSettings {
    offsets = List.copyOf(offsets);
    if (!confirmWith.isEmpty() && offsets.stream().noneMatch(o -> o.label().equals(confirmWith))) {
      throw new IllegalArgumentException(
          "the confirming reminder " + confirmWith + " is not one of the offsets");
    }
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
