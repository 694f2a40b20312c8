package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Day offsets keep the wall clock across daylight saving; hour offsets are exact durations. */
class ReminderOffsetTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  @Test
  void dayOffsetsKeepTheLocalTimeAcrossTheSpringForwardSwitch() {
    // DST starts in New York on 2026-03-08 at 02:00; the meetup is the evening after
    Instant start = at("2026-03-09T19:00", NEW_YORK);
    assertThat(ReminderOffset.parse("1d").dueBefore(start, NEW_YORK))
        .isEqualTo(at("2026-03-08T19:00", NEW_YORK));
    assertThat(ReminderOffset.parse("7d").dueBefore(start, NEW_YORK))
        .isEqualTo(at("2026-03-02T19:00", NEW_YORK))
        .isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    // a week of wall-clock days is one hour shorter than 7 × 24 h across the switch
    assertThat(
            java.time.Duration.between(
                ReminderOffset.parse("7d").dueBefore(start, NEW_YORK), start))
        .hasHours(7 * 24 - 1);
  }

  @Test
  void dayOffsetsKeepTheLocalTimeAcrossTheFallBackSwitch() {
    // DST ends in New York on 2026-11-01 at 02:00
    Instant start = at("2026-11-01T10:00", NEW_YORK);
    assertThat(ReminderOffset.parse("1d").dueBefore(start, NEW_YORK))
        .isEqualTo(at("2026-10-31T10:00", NEW_YORK));
    assertThat(
            java.time.Duration.between(
                ReminderOffset.parse("1d").dueBefore(start, NEW_YORK), start))
        .hasHours(25);
  }

  @Test
  void hourOffsetsAreExactEvenWhenTheClockJumps() {
    // 03:30 on the switch day; an hour earlier the wall clock read 01:30 (02:xx does not exist)
    Instant start = at("2026-03-08T03:30", NEW_YORK);
    assertThat(ReminderOffset.parse("1h").dueBefore(start, NEW_YORK))
        .isEqualTo(start.minusSeconds(3600))
        .isEqualTo(at("2026-03-08T01:30", NEW_YORK));
    assertThat(ReminderOffset.parse("30m").dueBefore(start, NEW_YORK))
        .isEqualTo(start.minusSeconds(1800));
  }

  @Test
  void seoulHasNoSwitchSoDaysAreTwentyFourHours() {
    Instant start = at("2026-12-05T19:00", SEOUL);
    assertThat(ReminderOffset.parse("7d").dueBefore(start, SEOUL))
        .isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(ReminderOffset.parse("1d").dueBefore(start, SEOUL))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
  }

  @Test
  void readsTheConfigFormsAndRefusesOthersWithTheAcceptedForms() {
    assertThat(ReminderOffset.parse(" 7D ").label()).isEqualTo("7d");
    assertThat(ReminderOffset.parse("90m").exact()).hasMinutes(90);
    assertThatThrownBy(() -> ReminderOffset.parse("1 week")).hasMessageContaining("7d, 1h, 30m");
    assertThatThrownBy(() -> ReminderOffset.parse("0h"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
