package dev.jabu.core.parse;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The community's sense of when meetups happen, which the reader of moments leans on.
 *
 * @param earliest with {@code latest}, the plausible meetup hours: a bare {@code 7시} or {@code 7}
 *     is read as whichever of 07:00 and 19:00 falls inside them, and both inside means asking
 * @param horizon how far from now a typed moment may lie, either way; anything further is a typo
 *     ({@code 20266-12-05}) or a date no calendar can carry
 */
public record MomentRules(LocalTime earliest, LocalTime latest, Duration horizon) {
  public MomentRules {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(horizon, "horizon");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("plausible hours end before they start");
    }
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("the horizon must be longer than zero");
    }
  }

  /** 09:00 to 22:59, and two years either way. */
  public static MomentRules defaults() {
    return new MomentRules(LocalTime.of(9, 0), LocalTime.of(22, 59), Duration.ofDays(730));
  }

  boolean plausible(LocalTime time) {
    return !time.isBefore(earliest) && !time.isAfter(latest);
  }
}
