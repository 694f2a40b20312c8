package dev.jabu.core.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
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

  /**
   * The next date with this day of the month ({@code 20일}, {@code the 18th}): this month's if it is
   * today or later, else the first later month that has it (the 31st skips short months).
   */
  static Optional<LocalDate> nextDayOfMonth(int day, LocalDate today) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(today);
    for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
      if (month.isValidDay(day) && !month.atDay(day).isBefore(today)) {
        return Optional.of(month.atDay(day));
      }
    }
    return Optional.empty();
  }

  /** The day in the month {@code monthsAhead} of today's ({@code 다음 달 9일}). */
  static Optional<LocalDate> inMonth(LocalDate today, int monthsAhead, int day) {
    YearMonth month = YearMonth.from(today).plusMonths(monthsAhead);
    return month.isValidDay(day) ? Optional.of(month.atDay(day)) : Optional.empty();
  }

  /**
   * The {@code nth} such weekday of a month ({@code 셋째 주 토요일}, {@code the third saturday}); {@code
   * nth} -1 is the last. Empty when the month has no fifth one.
   */
  static Optional<LocalDate> nthWeekday(YearMonth month, int nth, DayOfWeek day) {
    LocalDate date =
        nth < 0
            ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))
            : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    return YearMonth.from(date).equals(month) ? Optional.of(date) : Optional.empty();
  }

  /** The month named without a year: this year's if not yet over, else next year's. */
  static YearMonth nextMonth(int month, LocalDate today) {
    YearMonth candidate = YearMonth.of(today.getYear(), month);
    return candidate.isBefore(YearMonth.from(today)) ? candidate.plusYears(1) : candidate;
  }

  /** The first such weekday after today: on a Friday, "friday" is a week ahead. */
  static LocalDate after(LocalDate today, DayOfWeek day) {
    return today.with(TemporalAdjusters.next(day));
  }

  /** The first such weekday from today on: on a Saturday, "this saturday" is today. */
  static LocalDate fromToday(LocalDate today, DayOfWeek day) {
    return today.with(TemporalAdjusters.nextOrSame(day));
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
