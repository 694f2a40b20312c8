package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateTimeTextTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private final DateTimeText text = new DateTimeText(SEOUL);

  @Test
  void localFormsAreReadInTheCommunityZone() {
    ZonedDateTime expected = ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL);
    assertThat(text.parse("2026-12-05T19:00")).contains(expected);
    assertThat(text.parse("2026-12-05 19:00")).contains(expected);
    assertThat(text.parse(" 2026-12-05t19:00 ")).contains(expected);
    assertThat(text.parse("2026-12-05T19:00:15")).contains(expected.withSecond(15));
    assertThat(new DateTimeText(ZoneId.of("Europe/Berlin")).parse("2026-12-05T19:00"))
        .map(ZonedDateTime::toInstant)
        .contains(expected.plusHours(8).toInstant());
  }

  @Test
  void anOffsetOrZIsKept() {
    assertThat(text.parse("2026-12-05T19:00+09:00"))
        .contains(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, ZoneOffset.ofHours(9)));
    assertThat(text.parse("2026-12-05T10:00:00Z"))
        .contains(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(text.parse("2026-12-05 10:00Z")).isPresent();
  }

  @Test
  void rejectsOtherText() {
    for (String bad :
        new String[] {
          "", "tomorrow", "2026-12-05", "19:00", "2026-12-32T10:00", "05.12.2026 19:00"
        }) {
      assertThat(text.parse(bad)).as(bad).isEmpty();
    }
  }
}
