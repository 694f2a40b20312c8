package dev.jabu.core.meetup;

import dev.jabu.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code organizers} option read by meaning: each entry must be one member, written as a
 * mention ({@code @alice}, Discord's {@code <@123>}, Slack's {@code <@U123|alice>}) or as {@code
 * platform:id}. Whole groups ({@code @everyone}, {@code @here}, {@code @channel}, role and
 * user-group mentions) and free text are refused, since an organizer can change the meetup.
 */
final class Organizers {
  private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern GROUP_MENTION = Pattern.compile("<(?:@&|!|#)[^>]*>");
  private static final Pattern ACCOUNT = Pattern.compile("([a-z]+):([A-Za-z0-9._-]{1,80})");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
  private static final Set<String> GROUPS = Set.of("everyone", "here", "channel", "all");

  private Organizers() {}

  /**
   * The entries as account keys where they are one, on {@code invoker}'s platform when written
   * without one; anything else is kept as typed, so {@link #problem} can name it.
   */
  static List<String> read(String text, Platform invoker) {
    List<String> accounts = new ArrayList<>();
    for (String entry : text.split("[\\s,]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      Matcher mention = MENTION.matcher(entry);
      if (mention.matches()) {
        accounts.add(invoker.id() + ":" + mention.group(1));
      } else if (entry.startsWith("@") && NAME.matcher(entry.substring(1)).matches()) {
        accounts.add(invoker.id() + ":" + entry.substring(1));
      } else {
        accounts.add(entry);
      }
    }
    return accounts;
  }

  /** The message key of what is wrong with one entry; empty when it is one member. */
  static Optional<String> problem(String entry) {
    if (GROUP_MENTION.matcher(entry).matches() || isGroupName(entry)) {
      return Optional.of("meetup.form.organizer-group");
    }
    Matcher account = ACCOUNT.matcher(entry);
    if (!account.matches() || !isPlatform(account.group(1))) {
      return Optional.of("meetup.form.organizer");
    }
    return Optional.empty();
  }

  private static boolean isGroupName(String entry) {
    String name = entry.substring(entry.indexOf(':') + 1);
    name = name.startsWith("@") ? name.substring(1) : name;
    return GROUPS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static boolean isPlatform(String id) {
    for (Platform p : Platform.values()) {
      if (p.id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
