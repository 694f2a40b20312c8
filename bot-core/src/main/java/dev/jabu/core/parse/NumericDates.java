package dev.jabu.core.parse;

import java.util.List;

/**
 * Dates in digits: {@code 2026-12-05}, {@code 2026.12.05}, {@code 2026/12/05} (one separator
 * throughout), and without a year {@code 12/5} or {@code 12.5}, month first as in Korea, meaning
 * the next such date. A space must follow, then the time.
 */
final class NumericDates {
  static final List<DateForm> FORMS =
      List.of(
          DateForm.of(
              "(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2}) ",
              (m, today) ->
                  UpcomingDates.of(number(m.group(1)), number(m.group(3)), number(m.group(4)))),
          DateForm.of(
              "(\\d{1,2})[./](\\d{1,2}) ",
              (m, today) -> UpcomingDates.next(number(m.group(1)), number(m.group(2)), today)));

  private NumericDates() {}

  /** Groups hold at most four digits, so this cannot overflow. */
  static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
