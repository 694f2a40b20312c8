package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOfDayTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          19:00      | 19:00
          0:05       | 00:05
          23:59      | 23:59
          7pm        | 19:00
          7 pm       | 19:00
          7:30 pm    | 19:30
          7:30p.m.   | 19:30
          12am       | 00:00
          12pm       | 12:00
          19시       | 19:00
          07:30      | 07:30
          10:30      | 10:30
          07시 30분   | 07:30
          12시       | 12:00
          0시        | 00:00
          정오       | 12:00
          noon       | 12:00
          pm 7:00    | 19:00
          오후 2:00   | 14:00
          오후 7시    | 19:00
          오후7시반    | 19:30
          오후 19시   | 19:00
          저녁 8시    | 20:00
          밤 11시     | 23:00
          아침 7시    | 07:00
          새벽 2시    | 02:00
          오전 12시   | 00:00
          낮 12시     | 12:00
          낮 3시      | 15:00
          """)
  void reads(String typed, LocalTime expected) {
    assertThat(TimeOfDay.read(typed)).as(typed).contains(new TimeOfDay.Exact(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}:{2} or twelve hours later")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          7시        | 7  | 0
          7시 30분    | 7  | 30
          7시반       | 7  | 30
          7:30       | 7  | 30
          7          | 7  | 0
          11 o'clock | 11 | 0
          1시        | 1  | 0
          """)
  void anHourWithoutItsHalfOfTheDayIsBare(String typed, int hour, int minute) {
    assertThat(TimeOfDay.read(typed)).as(typed).contains(new TimeOfDay.Bare(hour, minute));
  }

  @Test
  void midnightIsTheEndOfItsDay() {
    assertThat(TimeOfDay.read("자정")).contains(new TimeOfDay.Midnight());
    assertThat(TimeOfDay.read("midnight")).contains(new TimeOfDay.Midnight());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "24:00",
        "25:00",
        "19:60",
        "7:5",
        "24시",
        "7시 60분",
        "13am",
        "0pm",
        "오후 7pm",
        "밤 12시",
        "밤 1시",
        "저녁 3시",
        "낮 8시",
        "오전 13시",
        "7시간",
        "seven pm",
        "19:00:00"
      })
  void refuses(String typed) {
    assertThat(TimeOfDay.read(typed)).as(typed).isEmpty();
  }

  @Test
  void everyPeriodWordIsRead() {
    for (String word : DayPeriod.WORDS.keySet()) {
      boolean before = word.matches("[가-힣]+");
      String typed = before ? word + " 11시" : "11" + word;
      assertThat(TimeOfDay.read(typed)).as(typed).isPresent();
    }
  }
}
