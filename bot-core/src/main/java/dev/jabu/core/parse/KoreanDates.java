package dev.jabu.core.parse;

import static dev.jabu.core.parse.NumericDates.number;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates in Korean, spaces between the words optional as people often leave them out:
 *
 * <ul>
 *   <li>{@code 2026년 12월 5일}, {@code 12월 5일} (the next such date), {@code 내년 1월 13일}, {@code 올해 12월
 *       20일};
 *   <li>{@code 12월 셋째 주 토요일} (the month's third Saturday), {@code 다음 달 첫째 주 금요일};
 *   <li>{@code 다음 달 9일}, {@code 이번 달 20일};
 *   <li>{@code 3일 후}, {@code 2주 뒤}, {@code 일주일 뒤}, {@code 이틀 후};
 *   <li>{@code 이번 주 금요일} (this Monday-to-Sunday week's, even if it has passed), {@code 다음 주 금요일},
 *       {@code 담주 금욜}, {@code 이번주 금}, {@code 다다음 주 화요일};
 *   <li>{@code 오늘}, {@code 내일}, {@code 모레}, {@code 글피};
 *   <li>{@code 20일} alone (the next such day of a month).
 * </ul>
 *
 * A weekday alone ({@code 금요일}) is read by {@link Weekdays}.
 */
final class KoreanDates {
  private static final Map<String, Integer> DAYS_AHEAD =
      Map.of("그제", -2, "그저께", -2, "어제", -1, "오늘", 0, "내일", 1, "낼", 1, "모레", 2, "글피", 3, "그글피", 4);
  private static final Map<String, Integer> YEARS_AHEAD =
      Map.of("올해", 0, "금년", 0, "내년", 1, "내후년", 2);
  private static final Map<String, Integer> COUNT_WORDS =
      Map.of("이틀", 2, "사흘", 3, "나흘", 4, "닷새", 5, "엿새", 6, "이레", 7, "열흘", 10);
  private static final Map<String, Integer> WEEK_WORDS =
      Map.of("일", 1, "한", 1, "이", 2, "두", 2, "삼", 3, "세", 3);
  private static final Map<String, Integer> ORDINALS =
      Map.of(
          "첫", 1, "첫째", 1, "둘째", 2, "두째", 2, "셋째", 3, "세째", 3, "넷째", 4, "네째", 4, "다섯째", 5, "마지막",
          -1);

  /** {@code 이번 주}, {@code 이번}, {@code 금주} name this week; the others weeks ahead. */
  private static final String WEEK = "(?<week>이번 ?주|요번 ?주|금주|이번|요번|다음 ?주|담주|차주|다다음 ?주|다담주)";

  private static final String MONTH_AHEAD = "(?<monthWord>이번|요번|다음|담|다다음) ?달";

  static final List<DateForm> FORMS =
      List.of(
          DateForm.of(
              "(?:(?<year>\\d{4}) ?년 ?|(?<yearWord>올해|금년|내년|내후년) ?)?(?<month>\\d{1,2}) ?월 ?(?<day>\\d{1,2}) ?일",
              KoreanDates::monthAndDay),
          DateForm.of(
              "(?:(?<month>\\d{1,2}) ?월|"
                  + MONTH_AHEAD
                  + ") ?(?<nth>첫째|첫|둘째|두째|셋째|세째|넷째|네째|다섯째|마지막) ?(?:주 ?|번째 ?)?(?:의 ?)?"
                  + Weekdays.koreanPattern("wd"),
              KoreanDates::nthWeekday),
          DateForm.of(MONTH_AHEAD + " ?(?<day>\\d{1,2}) ?일", KoreanDates::dayOfMonthAhead),
          DateForm.of(
              "(?<![\\d월])(?:(?<n>\\d{1,3}) ?(?<unit>일|주일|주)|(?<word>이틀|사흘|나흘|닷새|엿새|이레|열흘)|(?<weeks>일|한|이|두|삼|세)? ?주일) ?(?:후|뒤|있다가)",
              KoreanDates::later),
          DateForm.of(WEEK + " ?(?:의 ?)?" + Weekdays.koreanPattern("wd"), KoreanDates::weekday),
          DateForm.of(
              "(?<![가-힣])(그글피|그저께|그제|어제|오늘|내일|낼|모레|글피)",
              (m, today) -> DateForm.Day.on(today.plusDays(DAYS_AHEAD.get(m.group(1))))),
          DateForm.of(
              "(?<![\\d월/.-])(?<day>\\d{1,2}) ?일(?![가-힣])",
              (m, today) ->
                  DateForm.Day.exact(UpcomingDates.nextDayOfMonth(number(m.group("day")), today))));

  private KoreanDates() {}

  private static Optional<DateForm.Day> monthAndDay(Matcher m, LocalDate today) {
    int month = number(m.group("month"));
    int day = number(m.group("day"));
    if (m.group("year") != null) {
      return DateForm.Day.exact(UpcomingDates.of(number(m.group("year")), month, day));
    }
    if (m.group("yearWord") != null) {
      return DateForm.Day.exact(
          UpcomingDates.of(today.getYear() + YEARS_AHEAD.get(m.group("yearWord")), month, day));
    }
    return DateForm.Day.guessed(UpcomingDates.next(month, day, today));
  }

  private static Optional<DateForm.Day> nthWeekday(Matcher m, LocalDate today) {
    String monthDigits = group(m, "month");
    YearMonth month;
    boolean guessed = false;
    if (monthDigits != null) {
      int number = number(monthDigits);
      if (number < 1 || number > 12) {
        return Optional.empty();
      }
      month = UpcomingDates.nextMonth(number, today);
      guessed = true;
    } else {
      month = YearMonth.from(today).plusMonths(monthsAhead(group(m, "monthWord")));
    }
    boolean yearGuessed = guessed;
    return UpcomingDates.nthWeekday(
            month, ORDINALS.get(group(m, "nth")), Weekdays.korean(group(m, "wd").charAt(0)))
        .map(d -> new DateForm.Day(d, yearGuessed, false));
  }

  private static Optional<DateForm.Day> dayOfMonthAhead(Matcher m, LocalDate today) {
    return DateForm.Day.exact(
        UpcomingDates.inMonth(today, monthsAhead(group(m, "monthWord")), number(group(m, "day"))));
  }

  private static int monthsAhead(String word) {
    return switch (word) {
      case "이번", "요번" -> 0;
      case "다다음" -> 2;
      default -> 1;
    };
  }

  private static Optional<DateForm.Day> later(Matcher m, LocalDate today) {
    if (group(m, "n") != null) {
      int n = number(group(m, "n"));
      return DateForm.Day.on(group(m, "unit").equals("일") ? today.plusDays(n) : today.plusWeeks(n));
    }
    if (group(m, "word") != null) {
      return DateForm.Day.on(today.plusDays(COUNT_WORDS.get(group(m, "word"))));
    }
    String weeks = group(m, "weeks");
    return DateForm.Day.on(today.plusWeeks(weeks == null ? 1 : WEEK_WORDS.get(weeks)));
  }

  private static Optional<DateForm.Day> weekday(Matcher m, LocalDate today) {
    String week = group(m, "week").replace(" ", "");
    int weeksAhead =
        switch (week) {
          case "이번주", "요번주", "금주", "이번", "요번" -> 0;
          case "다다음주", "다담주" -> 2;
          default -> 1;
        };
    return DateForm.Day.on(
        UpcomingDates.inWeek(today, weeksAhead, Weekdays.korean(group(m, "wd").charAt(0))));
  }

  /** A named group, or null where the pattern has no such group or it did not take part. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
