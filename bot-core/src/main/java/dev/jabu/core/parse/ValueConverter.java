package dev.jabu.core.parse;

import dev.jabu.core.command.OptionType;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an option's text into its typed value, the same way for every platform. Mentions arrive in
 * each platform's raw form ({@code <@123>}, {@code <@U123|name>}) or as {@code @alice} and {@code
 * discord:alice}.
 */
final class ValueConverter {
  private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1", "예", "네", "응");
  private static final Set<String> FALSE =
      Set.of("false", "no", "n", "off", "0", "아니오", "아니요", "아니");
  private static final Pattern RAW_USER = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern RAW_CHANNEL = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,80}");

  private final ZoneId zone;

  ValueConverter(ZoneId zone) {
    this.zone = zone;
  }

  Optional<Object> convert(OptionType type, String text, Platform platform) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return switch (type) {
      case STRING -> Optional.of(t);
      case INTEGER -> integer(t);
      case BOOLEAN -> bool(t);
      case USER -> user(t, platform);
      case CHANNEL -> channel(t, platform);
      case DATE_TIME -> DateTimeText.parse(t, zone).map(Object.class::cast);
      case DURATION -> DurationText.parse(t).map(Object.class::cast);
    };
  }

  private static Optional<Object> integer(String t) {
    String digits = t.startsWith("#") ? t.substring(1) : t;
    if (!digits.matches("[+-]?\\d{1,19}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }

  private static Optional<Object> bool(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return Optional.of(Boolean.TRUE);
    }
    return FALSE.contains(lower) ? Optional.of(Boolean.FALSE) : Optional.empty();
  }

  private static Optional<Object> user(String t, Platform platform) {
    Matcher raw = RAW_USER.matcher(t);
    if (raw.matches()) {
      return Optional.of(new UserRef(platform, raw.group(1), raw.group(2)));
    }
    Optional<Object> ref = platformRef(t).map(r -> UserRef.of(r.platform(), r.id()));
    if (ref.isPresent()) {
      return ref;
    }
    String name = t.startsWith("@") ? t.substring(1) : "";
    // @everyone and @here are not people; refusing them keeps them out of every reply.
    if (NAME.matcher(name).matches()
        && !name.equalsIgnoreCase("everyone")
        && !name.equalsIgnoreCase("here")) {
      return Optional.of(UserRef.of(platform, name));
    }
    return Optional.empty();
  }

  private static Optional<Object> channel(String t, Platform platform) {
    Matcher raw = RAW_CHANNEL.matcher(t);
    if (raw.matches()) {
      return Optional.of(new ChannelRef(platform, raw.group(1), raw.group(2)));
    }
    Optional<Object> ref = platformRef(t).map(r -> ChannelRef.of(r.platform(), r.id()));
    if (ref.isPresent()) {
      return ref;
    }
    if (t.startsWith("#") && NAME.matcher(t.substring(1)).matches()) {
      return Optional.of(ChannelRef.of(platform, t.substring(1)));
    }
    return Optional.empty();
  }

  private record PlatformId(Platform platform, String id) {}

  /** {@code discord:alice}: a platform's name, a colon and an id. */
  private static Optional<PlatformId> platformRef(String t) {
    int colon = t.indexOf(':');
    if (colon <= 0 || !NAME.matcher(t.substring(colon + 1)).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PlatformId(Platform.fromId(t.substring(0, colon)), t.substring(colon + 1)));
    } catch (IllegalArgumentException notAPlatform) {
      return Optional.empty();
    }
  }
}
