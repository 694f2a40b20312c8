package dev.jabu.core.engine;

import dev.jabu.core.platform.Platform;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Who counts as a moderator, per platform: listed user ids, or holders of listed role ids. The
 * console's {@code /as … moderator} grants it too, since the terminal operator is trusted, and so
 * does the platform's own grant (Discord's Manage Events), which the adapter reads from the event.
 */
public record Moderators(Map<Platform, Set<String>> userIds, Map<Platform, Set<String>> roleIds) {
  public Moderators {
    userIds = Map.copyOf(userIds);
    roleIds = Map.copyOf(roleIds);
  }

  public static Moderators none() {
    return new Moderators(Map.of(), Map.of());
  }

  public boolean isModerator(Member member) {
    if (member.consoleModerator() || member.platformModerator()) {
      return true;
    }
    Platform platform = member.user().platform();
    if (userIds.getOrDefault(platform, Set.of()).contains(member.user().id())) {
      return true;
    }
    return !Collections.disjoint(roleIds.getOrDefault(platform, Set.of()), member.roles());
  }
}
