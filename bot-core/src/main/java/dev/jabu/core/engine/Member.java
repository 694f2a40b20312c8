package dev.jabu.core.engine;

import dev.jabu.core.platform.UserRef;
import java.util.Objects;
import java.util.Set;

/**
 * Who is invoking: the person, their platform role ids, and whether they are the local console
 * operator (trusted, and exempt from rate limits).
 *
 * @param consoleModerator set only by the console's {@code /as ... moderator}: the operator at the
 *     terminal may act as a moderator without a platform role
 * @param platformModerator the platform itself grants moderation: on Discord, the member holds
 *     Manage Events where they acted (issue 13 item 10)
 */
public record Member(
    UserRef user,
    Set<String> roles,
    boolean operator,
    boolean consoleModerator,
    boolean platformModerator) {
  public Member {
    Objects.requireNonNull(user, "user");
    roles = Set.copyOf(roles);
  }

  public Member(UserRef user, Set<String> roles, boolean operator, boolean consoleModerator) {
    this(user, roles, operator, consoleModerator, false);
  }

  public static Member of(UserRef user) {
    return new Member(user, Set.of(), false, false);
  }

  public Member withRoles(Set<String> roles) {
    return new Member(user, roles, operator, consoleModerator, platformModerator);
  }

  /** This member, moderating by the platform's own grant or not. */
  public Member withPlatformModerator(boolean granted) {
    return new Member(user, roles, operator, consoleModerator, granted);
  }
}
