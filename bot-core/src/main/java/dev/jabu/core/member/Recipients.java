package dev.jabu.core.member;

import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a message for one person goes and in which language: every direct message and personal
 * notice the core writes is addressed through here.
 */
public final class Recipients {
  private final MemberProfiles profiles;
  private final Locale community;

  public Recipients(MemberProfiles profiles, Locale community) {
    this.profiles = profiles;
    this.community = community;
  }

  /** The person that {@code userKey} belongs to, on the account they prefer. */
  public Recipient person(String userKey) {
    return recipient(userKey, profiles.profile(userKey));
  }

  /** {@link #person} for everyone a fan-out tells, read together: by account key. */
  public Map<String, Recipient> people(Collection<String> userKeys) {
    Map<String, Recipient> found = new LinkedHashMap<>();
    profiles.profiles(userKeys).forEach((key, profile) -> found.put(key, recipient(key, profile)));
    return found;
  }

  private Recipient recipient(String userKey, MemberProfile profile) {
    return new Recipient(
        UserRef.parse(profile.preferredAccount(userKey)), profile.language(community).locale());
  }

  /**
   * This very account, in its person's language: for notices about the account itself (it was
   * linked or unlinked), which must reach it whichever account the person prefers.
   */
  public Recipient account(String userKey) {
    return new Recipient(
        UserRef.parse(userKey), profiles.profile(userKey).language(community).locale());
  }

  /** Makes {@code userKey} the account its person's messages go to ({@code /link primary}). */
  public void choosePrimary(String userKey, Instant at) {
    profiles.choosePrimary(userKey, at);
  }
}
