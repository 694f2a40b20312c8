package dev.jabu.core.parse;

import static dev.jabu.core.parse.TestCommands.CLOCK;
import static dev.jabu.core.parse.TestCommands.SEOUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO forms and the rules every form shares; the natural forms are in {@link NaturalDatesTest}. */
class DateTimeTextTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final DateTimeText text = new DateTimeText(SEOUL, CLOCK);

  @Test
  void localFormsAreReadInTheCommunityZone() {
    ZonedDateTime expected = ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL);
    assertThat(text.parse("2026-12-05T19:00")).contains(expected);
    assertThat(text.parse("2026-12-05 19:00")).contains(expected);
    assertThat(text.parse(" 2026-12-05t19:00 ")).contains(expected);
    assertThat(text.parse("2026-12-05T19:00:15")).contains(expected.withSecond(15));
    assertThat(new DateTimeText(ZoneId.of("Europe/Berlin"), CLOCK).parse("2026-12-05T19:00"))
        .map(ZonedDateTime::toInstant)
        .contains(expected.plusHours(8).toInstant());
  }

  @Test
  void anOffsetOrZIsConvertedToTheCommunityZone() {
    assertThat(text.parse("2026-12-05T19:00+09:00"))
        .contains(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL));
    assertThat(text.parse("2026-12-05T10:00:00Z"))
        .contains(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL));
    assertThat(text.parse("2026-12-05 10:00Z")).isPresent();
  }

  @Test
  void todayIsTheDateInTheCommunityZoneNotTheClocks() {
    // Sunday 20:00 UTC is already Monday 05:00 in Seoul, still Sunday 15:00 in New York.
    Clock sundayUtc = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    assertThat(new DateTimeText(SEOUL, sundayUtc).parse("내일 19시"))
        .contains(ZonedDateTime.of(2026, 11, 24, 19, 0, 0, 0, SEOUL));
    assertThat(new DateTimeText(NEW_YORK, sundayUtc).parse("tomorrow 7pm"))
        .contains(ZonedDateTime.of(2026, 11, 23, 19, 0, 0, 0, NEW_YORK));
  }

  @Test
  void aTimeSkippedBySpringForwardMovesForwardByTheGap() {
    DateTimeText newYork = new DateTimeText(NEW_YORK, CLOCK);
    // 2027-03-14: New York clocks jump from 02:00 EST to 03:00 EDT.
    ZonedDateTime shifted =
        ZonedDateTime.ofLocal(LocalDateTime.of(2027, 3, 14, 3, 30), NEW_YORK, null);
    assertThat(shifted.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(newYork.parse("3/14 2:30am")).contains(shifted);
    assertThat(newYork.parse("2027-03-14T02:30")).contains(shifted);
    assertThat(newYork.parse("2027년 3월 14일 새벽 2시 30분")).contains(shifted);
    assertThat(newYork.parse("3/14 1:59am"))
        .map(ZonedDateTime::getOffset)
        .contains(ZoneOffset.ofHours(-5));
  }

  @Test
  void aTimeThatHappensTwiceOnFallBackTakesTheEarlierOffset() {
    DateTimeText newYork = new DateTimeText(NEW_YORK, CLOCK);
    // 2026-11-01: 01:00 to 02:00 happens first in EDT (-4), then again in EST (-5).
    assertThat(newYork.parse("2026-11-01 1:30am"))
        .map(ZonedDateTime::getOffset)
        .contains(ZoneOffset.ofHours(-4));
    assertThat(newYork.parse("2026-11-01 1:30am"))
        .map(ZonedDateTime::toInstant)
        .contains(Instant.parse("2026-11-01T05:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "tomorrow",
        "내일",
        "12월 5일",
        "dec 5",
        "2026-12-05",
        "25:00",
        "2026-12-32T10:00",
        "05.12.2026 19:00",
        "2월 30일 오후 7시",
        "2/30 19:00",
        "2026-02-29 19:00",
        "2029년 2월 29일 19시",
        "13/1 19:00",
        "0/5 19:00",
        "dec 32 7pm",
        "5 smarch 7pm",
        "next funday 7pm",
        "funday 7pm",
        "tomorrow 25:00",
        "내일 24:00",
        "내일 24시",
        "내일 7시 60분",
        "tomorrow 13am",
        "tomorrow 0pm",
        "내일 오후 7pm",
        "내일 밤 12시",
        "내일 밤 1시",
        "금요일",
        "이번 주 19시",
        "지난 주 금요일 19시",
        "tomorrow 7pm and then some",
        "12/5/2026"
      })
  void rejectsOtherText(String bad) {
    assertThat(text.parse(bad)).as(bad).isEmpty();
  }

  @Test
  void longJunkIsRejectedWithoutBeingRead() {
    assertThat(text.parse("1/1 ".repeat(500))).isEmpty();
    assertThat(text.parse("내일 ".repeat(400) + "19시")).isEmpty();
    assertThat(text.parse("x".repeat(DateTimeText.MAX_LENGTH + 1))).isEmpty();
  }
}
