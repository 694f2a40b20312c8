package dev.jabu.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The wall clock jabu runs on, the one place that reads it; everything else is handed a {@link
 * Clock}. A test run shifts it ahead with the system property {@value #OFFSET_PROPERTY} (an
 * ISO-8601 period such as {@code P100Y}; the build sets it for every test), so a test that writes a
 * calendar date against the real clock fails today, not on the day that date passes.
 */
public final class Clocks {
  public static final String OFFSET_PROPERTY = "jabu.clock-offset";

  private Clocks() {}

  /** The system clock in UTC, shifted by {@value #OFFSET_PROPERTY} when it is set. */
  public static Clock system() {
    Clock utc = Clock.systemUTC();
    String offset = System.getProperty(OFFSET_PROPERTY, "").strip();
    return offset.isEmpty() ? utc : Clock.offset(utc, shift(offset, utc.instant()));
  }

  /** The {@code -D} argument that gives a child JVM the same clock, or empty when unshifted. */
  public static java.util.List<String> jvmArguments() {
    String offset = System.getProperty(OFFSET_PROPERTY, "").strip();
    return offset.isEmpty()
        ? java.util.List.of()
        : java.util.List.of("-D" + OFFSET_PROPERTY + "=" + offset);
  }

  private static Duration shift(String text, Instant now) {
    try {
      Period period = Period.parse(text);
      return Duration.between(now, now.atOffset(ZoneOffset.UTC).plus(period).toInstant());
    } catch (DateTimeParseException notAPeriod) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            OFFSET_PROPERTY + " must be an ISO-8601 period or duration such as P100Y, got " + text,
            e);
      }
    }
  }
}
