package dev.jabu.core.glossary;

import dev.jabu.core.text.Hangul;
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
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        append(key, Character.toLowerCase((char) c));
      } else if (Hangul.isConsonant(c) || Hangul.isVowel(c) || Hangul.isSyllable(c)) {
        // NFKC would turn ㄷ into a conjoining jamo; 초성 search needs the letter as typed.
        key.appendCodePoint(c);
      } else {
        String folded =
            Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        for (int j = 0; j < folded.length(); j++) {
          append(key, folded.charAt(j));
        }
      }
    }
    return key.toString();
  }

  private static void append(StringBuilder key, char c) {
    if (!Character.isWhitespace(c) && "-_./·・".indexOf(c) < 0) {
      key.append(c);
    }
  }
}
