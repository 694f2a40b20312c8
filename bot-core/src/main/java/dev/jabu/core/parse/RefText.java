package dev.jabu.core.parse;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people and channels as they arrive in command text: {@code platform:id}, a bare
 * {@code @name} / {@code #name}, and the raw mention syntax Discord ({@code <@123>}, {@code
 * <@!123>}, {@code <#123>}) and Slack ({@code <@U123|name>}, {@code <#C123|name>}) put in text.
 * Forms without a platform belong to the invoker's platform, where they were typed.
 */
final class RefText {
  private static final Pattern USER_MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern CHANNEL_MENTION =
      Pattern.compile("<#([A-Za-z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern PLATFORM_REF = Pattern.compile("([a-z]+):(\\S+)");
  private static final Pattern BARE_NAME = Pattern.compile("[^\\s<>@#:]+");

  private RefText() {}

  static Optional<UserRef> user(String text, Platform invoker) {
    String t = text.strip();
    Matcher mention = USER_MENTION.matcher(t);
    if (mention.matches()) {
      return Optional.of(new UserRef(invoker, mention.group(1), mention.group(2)));
    }
    if (t.startsWith("@") && BARE_NAME.matcher(t.substring(1)).matches()) {
      return Optional.of(UserRef.of(invoker, t.substring(1)));
    }
    return platformRef(t).map(p -> UserRef.of(p.platform, p.id));
  }

  static Optional<ChannelRef> channel(String text, Platform invoker) {
    String t = text.strip();
    Matcher mention = CHANNEL_MENTION.matcher(t);
    if (mention.matches()) {
      return Optional.of(new ChannelRef(invoker, mention.group(1), mention.group(2)));
    }
    if (t.startsWith("#") && BARE_NAME.matcher(t.substring(1)).matches()) {
      return Optional.of(ChannelRef.of(invoker, t.substring(1)));
    }
    return platformRef(t).map(p -> ChannelRef.of(p.platform, p.id));
  }

  private static Optional<PlatformId> platformRef(String t) {
    Matcher m = PLATFORM_REF.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (Platform p : Platform.values()) {
      if (p.id().equals(m.group(1))) {
        return Optional.of(new PlatformId(p, m.group(2)));
      }
    }
    return Optional.empty();
  }

  private record PlatformId(Platform platform, String id) {}
}
