package dev.jabu.core.parse;

import static dev.jabu.core.parse.DateQualitySetTest.SEOUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader with its clock on the days that break date code: New Year's Eve minutes before the
 * year turns, the end of February in a leap year, a Sunday night (weeks run Monday to Sunday) and a
 * few minutes before midnight. Each row: the clock (Seoul local time), what was typed, what create
 * makes of it.
 */
class AwkwardDaysTest {
  @ParameterizedTest(name = "at {0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-12-31T23:55 | 내일 19시                  | 2027-01-01 19:00
          2026-12-31T23:55 | 1월 1일 19시               | 2027-01-01 19:00
          2026-12-31T23:55 | 12월 31일 23:59            | 2026-12-31 23:59
          2026-12-31T23:55 | 12월 31일 19시             | REFUSE
          2026-12-31T23:55 | 자정                      | 2027-01-01 00:00
          2026-12-31T23:55 | 19:00                    | 2027-01-01 19:00
          2026-12-31T23:55 | 다음 주 금요일 19시         | 2027-01-08 19:00
          2026-12-31T23:55 | 이번 주 토요일 오후 2시      | 2027-01-02 14:00
          2026-12-31T23:55 | 다음 달 9일 19시            | 2027-01-09 19:00
          2026-12-31T23:55 | 내년 1월 13일 19시          | 2027-01-13 19:00
          2026-12-31T23:55 | in 3 days 7pm            | 2027-01-03 19:00
          2026-12-31T23:55 | new year's eve           | REFUSE
          2026-12-31T23:55 | 12월 31일 22:00~01:00     | REFUSE
          2026-12-31T23:55 | 오늘 23:58~01:00          | 2026-12-31 23:58~2027-01-01 01:00
          2028-02-28T22:00 | 내일 19시                  | 2028-02-29 19:00
          2028-02-28T22:00 | 2월 29일 19시              | 2028-02-29 19:00
          2028-02-28T22:00 | 2/29 19:00               | 2028-02-29 19:00
          2028-02-28T22:00 | feb 29 7pm               | 2028-02-29 19:00
          2028-02-28T22:00 | 3월 1일 19시               | 2028-03-01 19:00
          2028-02-28T22:00 | 일주일 뒤 저녁 7시           | 2028-03-06 19:00
          2028-02-28T22:00 | 29일 오후 3시              | 2028-02-29 15:00
          2028-02-28T22:00 | 30일 오후 3시              | 2028-03-30 15:00
          2028-02-28T22:00 | 다음 달 30일 19시           | 2028-03-30 19:00
          2028-02-28T22:00 | 2월 30일 19시              | REFUSE
          2028-02-28T22:00 | 2월 마지막 주 화요일 19시     | 2028-02-29 19:00
          2028-02-29T23:58 | 내일 19시                  | 2028-03-01 19:00
          2028-02-29T23:58 | 자정                      | 2028-03-01 00:00
          2028-02-29T23:58 | 2월 29일 19시              | REFUSE
          2028-02-29T23:58 | 3월 1일 오후 2시            | 2028-03-01 14:00
          2026-12-13T23:50 | 이번 주 금요일 19시         | REFUSE
          2026-12-13T23:50 | 다음 주 금요일 19시         | 2026-12-18 19:00
          2026-12-13T23:50 | 월요일 19시                | 2026-12-14 19:00
          2026-12-13T23:50 | 내일 7시                   | 2026-12-14 19:00
          2026-12-13T23:50 | 오늘 밤 11시                | REFUSE
          2026-12-13T23:50 | 오늘 23:55                | 2026-12-13 23:55
          2026-12-13T23:50 | 자정                      | 2026-12-14 00:00
          2026-12-13T23:50 | 일요일 14시                | 2026-12-20 14:00
          2026-12-13T23:50 | this saturday 2pm        | 2026-12-19 14:00
          2026-12-13T23:50 | next week wednesday 7pm  | 2026-12-16 19:00
          2026-12-13T23:50 | 담주 금욜 7시               | 2026-12-18 19:00
          2026-12-07T23:58 | 23:59                    | 2026-12-07 23:59
          2026-12-07T23:58 | 자정                      | 2026-12-08 00:00
          2026-12-07T23:58 | 19:00                    | 2026-12-08 19:00
          2026-12-07T23:58 | 내일 7시                   | 2026-12-08 19:00
          2026-12-07T23:58 | 오늘 23:59                | 2026-12-07 23:59
          2026-12-07T23:58 | 10시                      | ASK
          2026-12-07T23:58 | 7시                       | 2026-12-08 19:00
          2026-12-07T23:58 | tomorrow noon            | 2026-12-08 12:00
          2026-12-07T23:58 | tonight 11:59pm          | 2026-12-07 23:59
          """)
  void readsOnAwkwardDays(LocalDateTime clock, String typed, String expected) {
    Instant now = ZonedDateTime.of(clock, SEOUL).toInstant();
    DateTimeText reader = new DateTimeText(SEOUL, Clock.fixed(now, SEOUL));
    assertThat(DateQualitySetTest.outcome(reader, typed, now)).as(typed).isEqualTo(expected);
  }
}
