package dev.jabu.core.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The calendar rules natural dates share: which year a month/day means, which Friday is meant. */
final class UpcomingDates {
  /** The longest wait for a February 29th (1896 to 1904, 2096 to 2104). */
  private static final int MAX_YEARS_TO_LEAP_DAY = 8;

  private UpcomingDates() {}

  /** The date, if the calendar has it ({@code 2026-02-30} does not). */
  static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The next such date: this year's if it is today or later, else the next year's. February 29th
   * waits for the next leap year (rather than quietly becoming the 28th).
   */
  static Optional<LocalDate> next(int month, int day, LocalDate today) {
    MonthDay monthDay;
    try {
      monthDay = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    for (int year = today.getYear(); year <= today.getYear() + MAX_YEARS_TO_LEAP_DAY; year++) {
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(today)) {
        return Optional.of(monthDay.atYear(year));
      }
    }
    return Optional.empty();
  }

  /** The first such weekday after today: on a Friday, "friday" is a week ahead. */
  static LocalDate after(LocalDate today, DayOfWeek day) {
    return today.with(TemporalAdjusters.next(day));
  }

  /**
   * The weekday in a Monday-to-Sunday week: {@code weeksAhead} 0 is this week (the day may have
   * passed), 1 the next.
   */
  static LocalDate inWeek(LocalDate today, int weeksAhead, DayOfWeek day) {
    return today
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(weeksAhead)
        .with(TemporalAdjusters.nextOrSame(day));
  }
}
