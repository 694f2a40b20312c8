package dev.jabu.core.recap;

import dev.jabu.core.i18n.Messages;
import java.util.Locale;

/**
 * Why a recap cannot be read, parsed or posted, as a message key and its arguments, so the member
 * is told in their own language. Nothing has been posted when one of these is thrown.
 */
public final class RecapProblem extends Exception {
  private final String key;
  private final transient Object[] args;

  RecapProblem(String key, Object... args) {
    super(key, null, false, false);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  /** The explanation in {@code locale}. */
  public String text(Locale locale) {
    return Messages.get(locale, key, args);
  }
}
