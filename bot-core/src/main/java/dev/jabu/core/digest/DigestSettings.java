package dev.jabu.core.digest;

import dev.jabu.core.platform.ChannelRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When and where the weekly digest goes.
 *
 * @param time local time in the community's zone
 * @param channels where it is posted, one per platform
 * @param horizon how far ahead it lists meetups
 */
public record DigestSettings(
    DayOfWeek day, LocalTime time, List<ChannelRef> channels, Duration horizon) {
  public DigestSettings {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(horizon, "horizon");
    channels = List.copyOf(channels);
  }

  /** The schedule in db-scheduler's cron form: second, minute, hour, any date, that weekday. */
  String cron() {
    return "0 "
        + time.getMinute()
        + " "
        + time.getHour()
        + " * * "
        + day.name().substring(0, 3).toUpperCase(Locale.ROOT);
  }
}
