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
          7시 30분    | 07:30
          7시반       | 07:30
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
    assertThat(TimeOfDay.parse(typed)).as(typed).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "7",
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
    assertThat(TimeOfDay.parse(typed)).as(typed).isEmpty();
  }

  @Test
  void everyPeriodWordIsRead() {
    for (String word : DayPeriod.WORDS.keySet()) {
      boolean before = word.matches("[가-힣]+");
      String typed = before ? word + " 11시" : "11" + word;
      assertThat(TimeOfDay.parse(typed)).as(typed).isPresent();
    }
  }
}
