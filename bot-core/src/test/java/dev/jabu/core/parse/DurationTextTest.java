package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void singleUnits() {
    assertThat(DurationText.parse("90m")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("2h")).contains(Duration.ofHours(2));
    assertThat(DurationText.parse("7d")).contains(Duration.ofDays(7));
    assertThat(DurationText.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(DurationText.parse("1s250ms")).contains(Duration.ofMillis(1250));
    assertThat(DurationText.parse("45s")).contains(Duration.ofSeconds(45));
  }

  @Test
  void combinationsInOrder() {
    assertThat(DurationText.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("1d2h3m4s"))
        .contains(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4));
    assertThat(DurationText.parse("1H30M")).contains(Duration.ofMinutes(90));
  }

  @Test
  void koreanUnits() {
    assertThat(DurationText.parse("1시간30분")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("3일")).contains(Duration.ofDays(3));
    assertThat(DurationText.parse("30초")).contains(Duration.ofSeconds(30));
  }

  @Test
  void iso8601() {
    assertThat(DurationText.parse("PT1H30M")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("pt45s")).contains(Duration.ofSeconds(45));
    assertThat(DurationText.parse("P1DT2H")).contains(Duration.ofHours(26));
  }

  @Test
  void readsZeroAndLeavesJudgingItToTheCaller() {
    assertThat(DurationText.parse("0m")).contains(Duration.ZERO);
  }

  @Test
  void rejectsOtherText() {
    for (String bad :
        new String[] {"", "m", "30", "30m1h", "1h 30m", "1.5h", "1w", "soon", "h1", "P", "PT"}) {
      assertThat(DurationText.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void rejectsOverflowInsteadOfWrapping() {
    assertThat(DurationText.parse("9223372036854775807d")).isEmpty();
    assertThat(DurationText.parse("99999999999999999999s")).isEmpty();
  }
}
