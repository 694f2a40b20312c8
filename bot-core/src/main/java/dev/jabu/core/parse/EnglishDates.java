package dev.jabu.core.parse;

import static dev.jabu.core.parse.KoreanDates.group;
import static dev.jabu.core.parse.NumericDates.number;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Dates in English:
 *
 * <ul>
 *   <li>{@code today}, {@code tonight} (today, in the evening), {@code tomorrow}, {@code tmrw},
 *       {@code the day after tomorrow};
 *   <li>{@code in 3 days}, {@code in a week}, {@code a week from today}, {@code 2 weeks from now};
 *   <li>{@code the third saturday of december}, {@code first friday of next month};
 *   <li>{@code next week wednesday}, {@code wednesday next week}, {@code this week friday}, {@code
 *       this saturday} (this week's, today included), {@code next friday} (the first Friday after
 *       today);
 *   <li>{@code dec 5}, {@code December 5th}, {@code 5 Dec 2026}, {@code Dec 5, 2026} (names full or
 *       three letters; without a year, the next such date);
 *   <li>{@code the 18th} (the next such day of a month).
 * </ul>
 *
 * A weekday alone ({@code friday}) is read by {@link Weekdays}.
 */
final class EnglishDates {
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final Map<String, Integer> DAYS_AHEAD =
      Map.ofEntries(
          Map.entry("yesterday", -1),
          Map.entry("today", 0),
          Map.entry("tonight", 0),
          Map.entry("tonite", 0),
          Map.entry("this evening", 0),
          Map.entry("tomorrow", 1),
          Map.entry("tomorow", 1),
          Map.entry("tmrw", 1),
          Map.entry("tmr", 1),
          Map.entry("tmw", 1),
          Map.entry("tomorrow evening", 1),
          Map.entry("tomorrow night", 1),
          Map.entry("the day after tomorrow", 2),
          Map.entry("day after tomorrow", 2));
  private static final Map<String, Integer> COUNTS =
      Map.of(
          "a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "ten",
          10);
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("1st", 1),
          Map.entry("second", 2),
          Map.entry("2nd", 2),
          Map.entry("third", 3),
          Map.entry("3rd", 3),
          Map.entry("fourth", 4),
          Map.entry("4th", 4),
          Map.entry("fifth", 5),
          Map.entry("5th", 5),
          Map.entry("last", -1));
  private static final Map<String, Month> MONTHS = monthNames();
  private static final String MONTH_NAMES = longestFirst(MONTHS.keySet());
  private static final String COUNT = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|ten)";
  private static final String YEAR = "(?:,? (?<year>\\d{4}))?";

  /** {@code december 7pm} is not the 7th: a number with a time word after it is an hour. */
  private static final String NOT_AN_HOUR = "(?! ?(?:am|pm|a\\.m|p\\.m|o'?clock|시))";

  static final List<DateForm> FORMS =
      List.of(
          DateForm.of(
              "(?<![a-z])(?:in "
                  + COUNT
                  + " (?<unit>days?|weeks?)|"
                  + COUNT.replace("<n>", "<n2>")
                  + " (?<unit2>days?|weeks?) from (?<from>today|now|tomorrow))(?![a-z])",
              EnglishDates::later),
          DateForm.of(
              "(?<![a-z])(?<word>" + longestFirst(DAYS_AHEAD.keySet()) + ")(?![a-z])",
              EnglishDates::daysAhead),
          DateForm.of(
              "(?<![a-z])(?:the )?(?<nth>"
                  + longestFirst(ORDINALS.keySet())
                  + ") "
                  + Weekdays.englishPattern("wd")
                  + "s? (?:of|in) (?:(?<month>"
                  + MONTH_NAMES
                  + ")|(?<ahead>this|next) month)(?![a-z])",
              EnglishDates::nthWeekday),
          DateForm.of(
              "(?<![a-z])(?:(?<w1>next|this) week,? (?:on )?"
                  + Weekdays.englishPattern("wd1")
                  + "|(?:on )?"
                  + Weekdays.englishPattern("wd2")
                  + ",? (?:of )?(?<w2>next|this) week|(?<w3>this|next|coming|this coming) "
                  + Weekdays.englishPattern("wd3")
                  + ")",
              EnglishDates::weekday),
          DateForm.of(
              "(?<![a-z])(?<month>"
                  + MONTH_NAMES
                  + ")\\.? (?<day>\\d{1,2})"
                  + ORDINAL
                  + "(?![\\d:])"
                  + NOT_AN_HOUR
                  + YEAR,
              EnglishDates::monthAndDay),
          DateForm.of(
              "(?<![\\d:])(?<day>\\d{1,2})"
                  + ORDINAL
                  + " (?:of )?(?<month>"
                  + MONTH_NAMES
                  + ")\\.?(?![a-z])"
                  + YEAR,
              EnglishDates::monthAndDay),
          DateForm.of(
              "(?<![a-z\\d:])(?:the )?(?<day>\\d{1,2})(?:st|nd|rd|th)(?![a-z])",
              (m, today) ->
                  DateForm.Day.exact(UpcomingDates.nextDayOfMonth(number(m.group("day")), today))));

  private EnglishDates() {}

  private static Optional<DateForm.Day> daysAhead(Matcher m, LocalDate today) {
    String word = m.group("word");
    boolean evening = word.startsWith("ton") || word.endsWith("evening") || word.endsWith("night");
    return Optional.of(new DateForm.Day(today.plusDays(DAYS_AHEAD.get(word)), false, evening));
  }

  private static Optional<DateForm.Day> later(Matcher m, LocalDate today) {
    boolean in = m.group("n") != null;
    String count = in ? m.group("n") : m.group("n2");
    String unit = in ? m.group("unit") : m.group("unit2");
    int n = count.matches("\\d+") ? number(count) : COUNTS.get(count);
    LocalDate from = !in && m.group("from").equals("tomorrow") ? today.plusDays(1) : today;
    return DateForm.Day.on(unit.startsWith("week") ? from.plusWeeks(n) : from.plusDays(n));
  }

  private static Optional<DateForm.Day> nthWeekday(Matcher m, LocalDate today) {
    YearMonth month =
        m.group("month") != null
            ? UpcomingDates.nextMonth(MONTHS.get(m.group("month")).getValue(), today)
            : YearMonth.from(today).plusMonths(m.group("ahead").equals("next") ? 1 : 0);
    return UpcomingDates.nthWeekday(
            month, ORDINALS.get(m.group("nth")), Weekdays.english(m.group("wd")))
        .map(d -> new DateForm.Day(d, m.group("month") != null, false));
  }

  private static Optional<DateForm.Day> weekday(Matcher m, LocalDate today) {
    if (m.group("w1") != null || m.group("w2") != null) {
      String which = m.group("w1") != null ? m.group("w1") : m.group("w2");
      String day = m.group("w1") != null ? m.group("wd1") : m.group("wd2");
      return DateForm.Day.on(
          UpcomingDates.inWeek(today, which.equals("next") ? 1 : 0, Weekdays.english(day)));
    }
    var day = Weekdays.english(m.group("wd3"));
    return DateForm.Day.on(
        m.group("w3").equals("next")
            ? UpcomingDates.after(today, day)
            : UpcomingDates.fromToday(today, day));
  }

  private static Optional<DateForm.Day> monthAndDay(Matcher m, LocalDate today) {
    int month = MONTHS.get(m.group("month")).getValue();
    int day = number(m.group("day"));
    String year = group(m, "year");
    return year == null
        ? DateForm.Day.guessed(UpcomingDates.next(month, day, today))
        : DateForm.Day.exact(UpcomingDates.of(number(year), month, day));
  }

  private static String longestFirst(java.util.Collection<String> words) {
    return words.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(java.util.regex.Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** Full lower-case names and their first three letters, plus {@code sept}. */
  private static Map<String, Month> monthNames() {
    Map<String, Month> names = new HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      names.put(name, month);
      names.put(name.substring(0, 3), month);
    }
    names.put("sept", Month.SEPTEMBER);
    return Map.copyOf(names);
  }
}
