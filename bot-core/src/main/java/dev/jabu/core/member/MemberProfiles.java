package dev.jabu.core.member;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where member profiles are kept. Every method takes an account key, {@code platform:userId}. */
public interface MemberProfiles {
  /**
   * Notes that the account was just used in {@code locale}. Called for every command, so it writes
   * only when something changed: a new locale, or another of the person's accounts used since.
   */
  void seen(String userKey, Locale locale, Instant at);

  /** Sets the person's language from this account; empty goes back to following the last used. */
  void chooseLanguage(String userKey, Optional<Locale> language, Instant at);

  /** Makes this account the one its person's direct messages go to. */
  void choosePrimary(String userKey, Instant at);

  /** What is known of the person this account belongs to, over all their linked accounts. */
  MemberProfile profile(String userKey);

  /** {@link #profile} for many accounts at once, for a fan-out: by account, in the given order. */
  default Map<String, MemberProfile> profiles(Collection<String> userKeys) {
    Map<String, MemberProfile> found = new LinkedHashMap<>();
    userKeys.forEach(key -> found.put(key, profile(key)));
    return found;
  }
}
