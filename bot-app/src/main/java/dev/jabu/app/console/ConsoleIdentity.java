package dev.jabu.app.console;

import dev.jabu.core.engine.Member;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is speaking at the console. The operator is the default; {@code /as discord:alice [moderator]
 * [ko|en]} plays another member, so one script can act out multi-member scenarios.
 */
final class ConsoleIdentity {
  private final Member operator;
  private final Locale defaultLocale;
  private Member current;
  private Locale locale;

  ConsoleIdentity(String operatorName, boolean operatorIsModerator, Locale defaultLocale) {
    this.operator =
        new Member(UserRef.of(Platform.CONSOLE, operatorName), Set.of(), true, operatorIsModerator);
    this.defaultLocale = defaultLocale;
    this.current = operator;
    this.locale = defaultLocale;
  }

  Member member() {
    return current;
  }

  Locale locale() {
    return locale;
  }

  /** Each platform's console stand-in channel, e.g. {@code discord:console}. */
  ChannelRef channel() {
    return ChannelRef.of(current.user().platform(), "console");
  }

  /**
   * Applies {@code /as …} and returns the answer to show, or empty when the line is not an {@code
   * /as} line.
   */
  Optional<String> apply(String line) {
    List<String> words = List.of(line.strip().split("\\s+"));
    if (!words.get(0).equalsIgnoreCase("/as")) {
      return Optional.empty();
    }
    if (words.size() < 2) {
      return Optional.of(Messages.get(locale, "console.as.usage", current.user().key()));
    }
    String who = words.get(1);
    boolean moderator = false;
    Locale chosen = defaultLocale;
    for (String word : words.subList(2, words.size())) {
      switch (word.toLowerCase(Locale.ROOT)) {
        case "moderator", "mod", "운영진" -> moderator = true;
        case "ko" -> chosen = Locale.KOREAN;
        case "en" -> chosen = Locale.ENGLISH;
        default -> {
          return Optional.of(Messages.get(locale, "console.as.usage", current.user().key()));
        }
      }
    }
    if (who.equalsIgnoreCase("operator") || who.equalsIgnoreCase(operator.user().key())) {
      current = operator;
      locale = chosen;
      return Optional.of(Messages.get(locale, "console.as.operator", operator.user().key()));
    }
    UserRef user;
    try {
      user = UserRef.parse(who);
    } catch (IllegalArgumentException e) {
      return Optional.of(Messages.get(locale, "console.as.usage", current.user().key()));
    }
    current = new Member(user, Set.of(), false, moderator);
    locale = chosen;
    return Optional.of(
        Messages.get(locale, moderator ? "console.as.moderator" : "console.as.member", user.key()));
  }
}
