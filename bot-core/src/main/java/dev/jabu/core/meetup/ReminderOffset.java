package dev.jabu.core.meetup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long before a meetup's start a reminder goes out, written {@code 7d}, {@code 1d}, {@code 1h}
 * or {@code 30m}. Day offsets keep the local wall-clock time (a 19:00 meetup is reminded at 19:00
 * the day before, even across a daylight-saving switch); hour and minute offsets are exact.
 */
public record ReminderOffset(String label, int days, Duration exact) {
  private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\s*([dhm])");

  public ReminderOffset {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(exact, "exact");
  }

  /**
   * Reads {@code 7d}, {@code 1h}, {@code 30m}.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static ReminderOffset parse(String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a reminder offset; write a number and d, h or m: 7d, 1h, 30m");
    }
    int amount = Integer.parseInt(m.group(1));
    String label = amount + m.group(2);
    switch (m.group(2)) {
      case "d":
        return new ReminderOffset(label, amount, Duration.ZERO);
      case "h":
        return new ReminderOffset(label, 0, Duration.ofHours(amount));
      default:
        return new ReminderOffset(label, 0, Duration.ofMinutes(amount));
    }
  }

  /** When the reminder for a meetup starting at {@code start}, planned in {@code zone}, is due. */
  public Instant dueBefore(Instant start, ZoneId zone) {
    return start.atZone(zone).minusDays(days).toInstant().minus(exact);
  }
}
