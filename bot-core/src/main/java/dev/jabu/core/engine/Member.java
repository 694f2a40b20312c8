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
 */
public record Member(UserRef user, Set<String> roles, boolean operator, boolean consoleModerator) {
  public Member {
    Objects.requireNonNull(user, "user");
    roles = Set.copyOf(roles);
  }

  public static Member of(UserRef user) {
    return new Member(user, Set.of(), false, false);
  }

  public Member withRoles(Set<String> roles) {
    return new Member(user, roles, operator, consoleModerator);
  }
}
