package dev.jabu.core.privacy;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The member a data request is about: every account linked to the one that asked ({@code
 * platform:userId} keys) and every person id those accounts go by (a linked person carries one id;
 * an unlinked account is its own person).
 */
public record DataSubject(List<String> accounts, Set<String> persons) {
  public DataSubject {
    accounts = List.copyOf(accounts);
    persons = Set.copyOf(persons);
  }

  /** An account linked to no other: it is its own person. */
  public static DataSubject alone(String userKey) {
    return new DataSubject(List.of(userKey), Set.of(userKey));
  }

  /** The accounts and the person ids together: every value that names this member in a column. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>(accounts);
    keys.addAll(persons);
    return keys;
  }

  /** The outbox destinations of direct messages to any of the accounts. */
  public List<String> directMessageDestinations() {
    return accounts.stream()
        .map(key -> ChannelRef.directMessage(UserRef.parse(key)).key())
        .toList();
  }
}
