package dev.jabu.core.parse;

import static dev.jabu.core.parse.NumericDates.number;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dates in English: {@code today}, {@code tomorrow}, {@code friday} or {@code next friday} (both
 * the first Friday after today), {@code dec 5} or {@code December 5th} (the next such date), {@code
 * 5 Dec 2026}, {@code Dec 5, 2026}. Names may be full or three letters. A space, optionally with a
 * comma before it or "at" after it, separates the date from the time.
 */
final class EnglishDates {
  /** What may stand between the date and the time: {@code dec 5, 7pm}, {@code tomorrow at 7pm}. */
  private static final String THEN = ",? (?:at )?";

  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,? (\\d{4}))?";
  private static final Map<String, Integer> DAYS_AHEAD = Map.of("today", 0, "tomorrow", 1);
  private static final Map<String, Month> MONTHS =
      names(Month.values(), Map.of("sept", Month.SEPTEMBER));
  private static final Map<String, DayOfWeek> WEEKDAYS =
      names(
          DayOfWeek.values(),
          Map.of(
              "tues", DayOfWeek.TUESDAY, "thur", DayOfWeek.THURSDAY, "thurs", DayOfWeek.THURSDAY));

  static final List<DateForm> FORMS =
      List.of(
          DateForm.of(
              "(today|tomorrow)" + THEN,
              (m, today) -> Optional.of(today.plusDays(DAYS_AHEAD.get(m.group(1))))),
          DateForm.of(
              "(?:next )?([a-z]+)" + THEN,
              (m, today) ->
                  Optional.ofNullable(WEEKDAYS.get(m.group(1)))
                      .map(day -> UpcomingDates.after(today, day))),
          DateForm.of(
              "([a-z]+)\\.? (\\d{1,2})" + ORDINAL + YEAR + THEN,
              (m, today) -> date(m.group(1), m.group(2), m.group(3), today)),
          DateForm.of(
              "(\\d{1,2})" + ORDINAL + " ([a-z]+)\\.?" + YEAR + THEN,
              (m, today) -> date(m.group(2), m.group(1), m.group(3), today)));

  private EnglishDates() {}

  private static Optional<LocalDate> date(
      String monthName, String day, String year, LocalDate today) {
    Month month = MONTHS.get(monthName);
    if (month == null) {
      return Optional.empty();
    }
    return year == null
        ? UpcomingDates.next(month.getValue(), number(day), today)
        : UpcomingDates.of(number(year), month.getValue(), number(day));
  }

  /** Full lower-case names and their first three letters, plus common longer abbreviations. */
  private static <E extends Enum<E>> Map<String, E> names(E[] values, Map<String, E> extras) {
    Map<String, E> names = new HashMap<>();
    for (E value : values) {
      String name = value.name().toLowerCase(Locale.ROOT);
      names.put(name, value);
      names.put(name.substring(0, 3), value);
    }
    names.putAll(extras);
    return Map.copyOf(names);
  }
}
