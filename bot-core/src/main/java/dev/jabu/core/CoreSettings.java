package dev.jabu.core;

import dev.jabu.core.engine.Moderators;
import dev.jabu.core.parse.MomentRules;
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
 * @param moments how typed dates and times are read: plausible meetup hours, how far ahead
 */
public record CoreSettings(
    String communityName,
    ZoneId zone,
    Locale defaultLocale,
    int rateLimitCount,
    Duration rateLimitWindow,
    Moderators moderators,
    List<ChannelRef> announcementChannels,
    MomentRules moments) {

  public CoreSettings {
    Objects.requireNonNull(communityName, "communityName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
    Objects.requireNonNull(moderators, "moderators");
    announcementChannels = List.copyOf(announcementChannels);
    Objects.requireNonNull(moments, "moments");
  }

  /** Settings that read dates by {@link MomentRules#defaults()}. */
  public CoreSettings(
      String communityName,
      ZoneId zone,
      Locale defaultLocale,
      int rateLimitCount,
      Duration rateLimitWindow,
      Moderators moderators,
      List<ChannelRef> announcementChannels) {
    this(
        communityName,
        zone,
        defaultLocale,
        rateLimitCount,
        rateLimitWindow,
        moderators,
        announcementChannels,
        MomentRules.defaults());
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
        announcementChannels,
        moments);
  }

  public CoreSettings withRateLimit(int count, Duration window) {
    return new CoreSettings(
        communityName,
        zone,
        defaultLocale,
        count,
        window,
        moderators,
        announcementChannels,
        moments);
  }

  public CoreSettings withZone(java.time.ZoneId zone) {
    return new CoreSettings(
        communityName,
        zone,
        defaultLocale,
        rateLimitCount,
        rateLimitWindow,
        moderators,
        announcementChannels,
        moments);
  }

  public CoreSettings withMoments(MomentRules moments) {
    return new CoreSettings(
        communityName,
        zone,
        defaultLocale,
        rateLimitCount,
        rateLimitWindow,
        moderators,
        announcementChannels,
        moments);
  }
}
