package dev.jabu.core.parse;

import static dev.jabu.core.parse.NumericDates.number;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Dates in Korean: {@code 2026년 12월 5일}, {@code 12월 5일} (the next such date), {@code 오늘}, {@code
 * 내일}, {@code 모레}, {@code 금요일} (the first Friday after today), {@code 이번 주 금요일} (this
 * Monday-to-Sunday week's, even if it has passed) and {@code 다음 주 금요일} (next week's). Spaces
 * between the words are optional, as people often leave them out.
 */
final class KoreanDates {
  private static final Map<String, Integer> DAYS_AHEAD = Map.of("오늘", 0, "내일", 1, "모레", 2);
  private static final Map<String, Integer> WEEKS_AHEAD = Map.of("이번", 0, "다음", 1);
  private static final String WEEKDAYS = "월화수목금토일";

  static final List<DateForm> FORMS =
      List.of(
          DateForm.of("(?:(\\d{4})년 ?)?(\\d{1,2})월 ?(\\d{1,2})일 ?", KoreanDates::monthAndDay),
          DateForm.of(
              "(오늘|내일|모레) ?",
              (m, today) -> Optional.of(today.plusDays(DAYS_AHEAD.get(m.group(1))))),
          DateForm.of("(?:(이번|다음) ?주 ?)?([" + WEEKDAYS + "])요일 ?", KoreanDates::weekday));

  private KoreanDates() {}

  private static Optional<LocalDate> monthAndDay(MatchResult m, LocalDate today) {
    int month = number(m.group(2));
    int day = number(m.group(3));
    return m.group(1) == null
        ? UpcomingDates.next(month, day, today)
        : UpcomingDates.of(number(m.group(1)), month, day);
  }

  private static Optional<LocalDate> weekday(MatchResult m, LocalDate today) {
    DayOfWeek day = DayOfWeek.of(WEEKDAYS.indexOf(m.group(2)) + 1);
    return Optional.of(
        m.group(1) == null
            ? UpcomingDates.after(today, day)
            : UpcomingDates.inWeek(today, WEEKS_AHEAD.get(m.group(1)), day));
  }
}
