package dev.jabu.core;

import dev.jabu.core.engine.Moderators;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The part of the operator's configuration the core needs, already validated by the launcher.
 *
 * @param rateLimitCount commands one person may run per {@code rateLimitWindow}
 * @param announcementChannels where announcements go, one channel per connected platform
 */
public record CoreSettings(
    String communityName,
    ZoneId zone,
    Locale defaultLocale,
    int rateLimitCount,
    Duration rateLimitWindow,
    Moderators moderators,
    List<ChannelRef> announcementChannels) {

  public CoreSettings {
    Objects.requireNonNull(communityName, "communityName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
    Objects.requireNonNull(moderators, "moderators");
    announcementChannels = List.copyOf(announcementChannels);
  }

  /** The defaults of {@code config/jabu.yaml}: DevOps Korea, Asia/Seoul, Korean first. */
  public static CoreSettings defaults() {
    return new CoreSettings(
        "DevOps Korea",
        ZoneId.of("Asia/Seoul"),
        Locale.KOREAN,
        10,
        Duration.ofSeconds(30),
        Moderators.none(),
        List.of(
            ChannelRef.of(Platform.DISCORD, "announcements"),
            ChannelRef.of(Platform.SLACK, "announcements")));
  }

  public CoreSettings withModerators(Moderators moderators) {
    return new CoreSettings(
        communityName,
        zone,
        defaultLocale,
        rateLimitCount,
        rateLimitWindow,
        moderators,
        announcementChannels);
  }

  public CoreSettings withRateLimit(int count, Duration window) {
    return new CoreSettings(
        communityName, zone, defaultLocale, count, window, moderators, announcementChannels);
  }

  public CoreSettings withZone(java.time.ZoneId zone) {
    return new CoreSettings(
        communityName,
        zone,
        defaultLocale,
        rateLimitCount,
        rateLimitWindow,
        moderators,
        announcementChannels);
  }
}
