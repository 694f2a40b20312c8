package dev.jabu.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

  @Test
  void moves_only_when_told() {
    MutableClock clock = MutableClock.at(START);

    clock.advance(Duration.ofMinutes(90));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(5400));

    clock.set(START);
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void a_zoned_view_shares_the_time() {
    MutableClock clock = MutableClock.at(START);
    Clock seoul = clock.withZone(ZoneId.of("Asia/Seoul"));

    clock.advance(Duration.ofHours(1));

    assertThat(seoul.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
  }
}
