package dev.jabu.core.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are compared in: Unicode compatibility-normalized (full-width ＤｅｖＯｐｓ reads as
 * DevOps), lower case, without spaces, hyphens, underscores, dots, slashes or middle dots. So "Dev
 * Sec Ops", "dev-sec-ops" and "DEVSECOPS" are one key.
 */
public final class TermKey {
  private TermKey() {}

  public static String of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && "-_./·・".indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
