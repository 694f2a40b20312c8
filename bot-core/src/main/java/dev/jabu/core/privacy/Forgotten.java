package dev.jabu.core.privacy;

import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;

/**
 * What stands in for a forgotten member where a row must keep an author (an audit row, an approved
 * entry, a recap): an account on the console that no one can type as, so it still reads as {@code
 * platform:user} everywhere keys are parsed, and code that would write to the author can tell.
 */
public final class Forgotten {
  /** The key written in place of the member's, e.g. in {@code audit_log.actor}. */
  public static final String KEY = "console:forgotten-member";

  private Forgotten() {}

  public static boolean is(String userKey) {
    return KEY.equals(userKey);
  }

  public static boolean is(UserRef user) {
    return user.platform() == Platform.CONSOLE && is(user.key());
  }
}
