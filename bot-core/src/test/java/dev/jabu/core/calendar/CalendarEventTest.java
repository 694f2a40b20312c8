package dev.jabu.core.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarEventTest {
  private static final ZonedDateTime START =
      ZonedDateTime.of(2025, 12, 18, 19, 30, 0, 0, ZoneId.of("Asia/Seoul"));

  private static CalendarEvent event(String uid, int sequence, ZonedDateTime end) {
    return new CalendarEvent(
        uid,
        sequence,
        "t",
        "d",
        START,
        end,
        Optional.empty(),
        Optional.empty(),
        false,
        Instant.EPOCH);
  }

  @Test
  void refuses_an_end_before_the_start() {
    assertThatThrownBy(() -> event("a@jabu", 0, START.minusMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before start");
  }

  @Test
  void refuses_a_blank_uid_and_a_negative_sequence() {
    assertThatThrownBy(() -> event(" ", 0, START)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> event("a@jabu", -1, START))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
