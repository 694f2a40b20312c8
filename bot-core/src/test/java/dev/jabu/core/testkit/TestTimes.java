package dev.jabu.core.testkit;

import dev.jabu.core.Clocks;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Meetup times for tests that run against jabu's real clock ({@link Clocks#system()}): always a
 * round local hour some days ahead, so they stay valid on any day the tests run.
 */
public final class TestTimes {
  private TestTimes() {}

  /** {@code days} from today in {@code zone}, at {@code hour}:00, as {@code 2027-01-06T19:00}. */
  public static String daysAhead(ZoneId zone, int days, int hour) {
    LocalDate day = LocalDate.now(Clocks.system().withZone(zone)).plusDays(days);
    return day.atTime(hour, 0).toString();
  }
}
