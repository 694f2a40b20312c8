package dev.jabu.core.parse;

import static dev.jabu.core.parse.TestCommands.CLOCK;
import static dev.jabu.core.parse.TestCommands.SEOUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Natural dates as organizers type them, on Monday 2026-11-23 at 10:00 in Seoul. */
class NaturalDatesTest {
  private final DateTimeText text = new DateTimeText(SEOUL, CLOCK);

  private void assertReads(String typed, LocalDateTime expected) {
    assertThat(text.parse(typed)).as(typed).contains(ZonedDateTime.of(expected, SEOUL));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-12-05 19:00  | 2026-12-05T19:00
          2026-12-05 7pm    | 2026-12-05T19:00
          2026.12.05 19:00  | 2026-12-05T19:00
          2026/12/05 7pm    | 2026-12-05T19:00
          2026/12/5 7:30 pm | 2026-12-05T19:30
          12/5 19:00        | 2026-12-05T19:00
          12/5 7pm          | 2026-12-05T19:00
          12.5 19:00        | 2026-12-05T19:00
          1/10 19:00        | 2027-01-10T19:00
          11/23 09:00       | 2026-11-23T09:00
          11/23 9:00        | 2026-11-23T21:00
          11/22 19:00       | 2027-11-22T19:00
          2/29 19:00        | 2028-02-29T19:00
          2025/12/05 19:00  | 2025-12-05T19:00
          """)
  void numericDates(String typed, LocalDateTime expected) {
    assertReads(typed, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12월 5일 오후 7시          | 2026-12-05T19:00
          12월 5일 19시 30분         | 2026-12-05T19:30
          12월5일 오후7시반           | 2026-12-05T19:30
          12월 5일 오후 7시 반        | 2026-12-05T19:30
          2026년 12월 5일 오후 7시    | 2026-12-05T19:00
          2027년 1월 2일 오전 10시    | 2027-01-02T10:00
          1월 10일 19시              | 2027-01-10T19:00
          12월 5일 7pm               | 2026-12-05T19:00
          내일 19시                  | 2026-11-24T19:00
          내일19시                   | 2026-11-24T19:00
          모레 오후 2시               | 2026-11-25T14:00
          오늘 저녁 8시               | 2026-11-23T20:00
          오늘 밤 11시                | 2026-11-23T23:00
          오늘 저녁 19시              | 2026-11-23T19:00
          내일 아침 9시               | 2026-11-24T09:00
          내일 새벽 5시               | 2026-11-24T05:00
          내일 오전 11시 30분          | 2026-11-24T11:30
          내일 오전 12시              | 2026-11-24T00:00
          내일 낮 12시                | 2026-11-24T12:00
          내일 낮 2시                 | 2026-11-24T14:00
          내일 오후 12시              | 2026-11-24T12:00
          내일 오후 7:30              | 2026-11-24T19:30
          내일 7시                   | 2026-11-24T19:00
          이번 주 금요일 오후 7시      | 2026-11-27T19:00
          이번주 월요일 9시            | 2026-11-23T21:00
          다음 주 금요일 19시          | 2026-12-04T19:00
          다음주 월요일 19시           | 2026-11-30T19:00
          금요일 오후 7시              | 2026-11-27T19:00
          월요일 19시                 | 2026-11-30T19:00
          일요일 14시                 | 2026-11-29T14:00
          """)
  void koreanDates(String typed, LocalDateTime expected) {
    assertReads(typed, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tomorrow 7pm           | 2026-11-24T19:00
          Tomorrow 7PM           | 2026-11-24T19:00
          tomorrow at 7:30 a.m.  | 2026-11-24T07:30
          tomorrow 12am          | 2026-11-24T00:00
          tomorrow 12pm          | 2026-11-24T12:00
          today 19:00            | 2026-11-23T19:00
          next friday 7pm        | 2026-11-27T19:00
          friday 7:30pm          | 2026-11-27T19:30
          Fri 7:30 PM            | 2026-11-27T19:30
          monday 7pm             | 2026-11-30T19:00
          next monday 7pm        | 2026-11-30T19:00
          thurs 19:00            | 2026-11-26T19:00
          dec 5 7pm              | 2026-12-05T19:00
          December 5 19:00       | 2026-12-05T19:00
          Dec. 5th at 7pm        | 2026-12-05T19:00
          dec 5, 7pm             | 2026-12-05T19:00
          Dec 5, 2026 7pm        | 2026-12-05T19:00
          5 Dec 2026 19:00       | 2026-12-05T19:00
          5 december 7pm         | 2026-12-05T19:00
          jan 10 19:00           | 2027-01-10T19:00
          Sept 1 9am             | 2027-09-01T09:00
          tomorrow 오후 7시       | 2026-11-24T19:00
          """)
  void englishDates(String typed, LocalDateTime expected) {
    assertReads(typed, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '  내일   19시  '          | 2026-11-24T19:00
          '12월\u00a05일\u30007pm'   | 2026-12-05T19:00
          """)
  void extraAndUnusualSpacesAreIgnored(String typed, LocalDateTime expected) {
    assertReads(typed, expected);
  }
}
