package dev.jabu.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.jabu.core.engine.Member;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Slack member id into the core's {@link Member}. Slack has no roles; a configured user
 * group stands in for one: its members get the group's id as a role, which the core's moderator
 * list names. The group's members are read with {@code usergroups.users.list} and kept for a few
 * minutes; when Slack cannot be asked, the last list known stays in use.
 */
final class SlackMembers {
  private static final Logger log = LoggerFactory.getLogger(SlackMembers.class);
  static final Duration GROUP_MEMORY = Duration.ofMinutes(5);

  private final Optional<String> group;
  private final MethodsClient client;
  private final Clock clock;
  private volatile Set<String> groupMembers = Set.of();
  private volatile Instant readAt = Instant.MIN;

  SlackMembers(Optional<String> group, MethodsClient client, Clock clock) {
    this.group = group;
    this.client = client;
    this.clock = clock;
  }

  Member member(String userId, String displayName) {
    UserRef user = new UserRef(Platform.SLACK, userId, displayName);
    if (group.isPresent() && groupMembers().contains(userId)) {
      return Member.of(user).withRoles(Set.of(group.get()));
    }
    return Member.of(user);
  }

  private Set<String> groupMembers() {
    Instant now = clock.instant();
    if (readAt.plus(GROUP_MEMORY).isAfter(now)) {
      return groupMembers;
    }
    synchronized (this) {
      if (readAt.plus(GROUP_MEMORY).isAfter(now)) {
        return groupMembers;
      }
      try {
        UsergroupsUsersListResponse answer =
            client.usergroupsUsersList(r -> r.usergroup(group.orElseThrow()));
        if (answer.isOk()) {
          groupMembers = Set.copyOf(answer.getUsers());
        } else {
          log.warn("cannot read the moderators' user group: {}", answer.getError());
        }
      } catch (Exception e) {
        log.warn("cannot read the moderators' user group: {}", e.toString());
      }
      readAt = now;
      return groupMembers;
    }
  }
}
