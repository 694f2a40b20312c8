package dev.jabu.core.parse;

import java.util.List;

/**
 * Dates in digits: {@code 2026-12-05}, {@code 2026.12.05}, {@code 2026/12/05}, {@code 2026. 12. 5.}
 * (the form Korean systems print), {@code 12/5/2026} (month first, as in the US), and without a
 * year {@code 12/5}, {@code 12.5}, {@code 12. 5.} or {@code 12-5}, month first as in Korea and the
 * US, meaning the next such date.
 */
final class NumericDates {
  static final List<DateForm> FORMS =
      List.of(
          DateForm.of(
              "(?<![\\d.:/-])(\\d{4})[-./] ?(\\d{1,2})[-./] ?(\\d{1,2})\\.?(?![\\d:])",
              (m, today) ->
                  DateForm.Day.exact(
                      UpcomingDates.of(
                          number(m.group(1)), number(m.group(2)), number(m.group(3))))),
          DateForm.of(
              "(?<![\\d.:/-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d:])",
              (m, today) ->
                  DateForm.Day.exact(
                      UpcomingDates.of(
                          number(m.group(3)), number(m.group(1)), number(m.group(2))))),
          DateForm.of(
              "(?<![\\d.:/-])(\\d{1,2})(?:[./-]|\\. )(\\d{1,2})\\.?(?![\\d:./-])",
              (m, today) ->
                  DateForm.Day.guessed(
                      UpcomingDates.next(number(m.group(1)), number(m.group(2)), today))));

  private NumericDates() {}

  /** Groups hold at most four digits, so this cannot overflow. */
  static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
