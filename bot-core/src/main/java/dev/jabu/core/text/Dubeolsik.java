package dev.jabu.core.text;

/**
 * Reads Latin letters as if typed on the standard Korean 두벌식 keyboard, for members who typed Korean
 * with the keyboard still in English: {@code epqmdhqtm} → 데브옵스.
 */
public final class Dubeolsik {
  private static final String LOWER = "qwertyuiopasdfghjklzxcvbnm";
  private static final String JAMO = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ";
  private static final String SHIFTED_KEYS = "QWERTOP";
  private static final String SHIFTED_JAMO = "ㅃㅉㄸㄲㅆㅒㅖ";

  private Dubeolsik() {}

  /** True when the text has letters and every letter is Latin, so reading it as 두벌식 may help. */
  public static boolean looksMistyped(CharSequence text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (c > 'z') {
          return false;
        }
        letters = true;
      }
    }
    return letters;
  }

  /**
   * True when every key typed lands in a whole syllable (no stray ㅏ or ㄱ left over): the mark of
   * Korean typed with the keyboard in English rather than an English word.
   */
  public static boolean composesWhole(CharSequence latin) {
    String hangul = toHangul(latin);
    return Hangul.containsHangul(hangul)
        && hangul.codePoints().noneMatch(c -> Hangul.isConsonant(c) || Hangul.isVowel(c));
  }

  /** The Hangul the keystrokes would have made; characters that are not keys pass through. */
  public static String toHangul(CharSequence latin) {
    Composer composer = new Composer();
    for (int i = 0; i < latin.length(); i++) {
      char jamo = jamoFor(latin.charAt(i));
      if (jamo == 0) {
        composer.other(latin.charAt(i));
      } else {
        composer.letter(jamo);
      }
    }
    return composer.finish();
  }

  private static char jamoFor(char key) {
    int shifted = SHIFTED_KEYS.indexOf(key);
    if (shifted >= 0) {
      return SHIFTED_JAMO.charAt(shifted);
    }
    int plain = LOWER.indexOf(Character.toLowerCase(key));
    return plain >= 0 ? JAMO.charAt(plain) : 0;
  }

  /** The input method's automaton: builds syllables from letters as they are typed. */
  private static final class Composer {
    private final StringBuilder out = new StringBuilder();
    private char initial;
    private char medial;
    private char fin;

    void letter(char jamo) {
      if (Hangul.isConsonant(jamo)) {
        consonant(jamo);
      } else {
        vowel(jamo);
      }
    }

    private void consonant(char c) {
      if (initial != 0 && medial != 0) {
        if (fin == 0 && Hangul.canBeFinal(c)) {
          fin = c;
          return;
        }
        char compound = fin == 0 ? 0 : Hangul.combine(fin, c);
        if (compound != 0) {
          fin = compound;
          return;
        }
      }
      flush();
      initial = c;
    }

    private void vowel(char v) {
      if (fin != 0) {
        // The last consonant belongs to the new syllable: 옵+ㅅ+ㅡ is 옵스, not 옶ㅡ.
        String parts = Hangul.split(fin);
        char moved;
        if (parts != null) {
          fin = parts.charAt(0);
          moved = parts.charAt(1);
        } else {
          moved = fin;
          fin = 0;
        }
        flush();
        initial = moved;
        medial = v;
        return;
      }
      if (medial != 0) {
        char compound = Hangul.combine(medial, v);
        if (compound != 0) {
          medial = compound;
          return;
        }
        flush();
        medial = v;
        return;
      }
      medial = v;
    }

    void other(char c) {
      flush();
      out.append(c);
    }

    private void flush() {
      if (initial != 0 && medial != 0) {
        out.append(Hangul.syllable(initial, medial, fin));
      } else {
        if (initial != 0) {
          out.append(initial);
        }
        if (medial != 0) {
          out.append(medial);
        }
      }
      initial = 0;
      medial = 0;
      fin = 0;
    }

    String finish() {
      flush();
      return out.toString();
    }
  }
}
