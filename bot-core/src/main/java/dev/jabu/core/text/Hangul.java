package dev.jabu.core.text;

/**
 * Hangul syllables taken apart and put together. Syllables (U+AC00–U+D7A3) are arithmetic over 19
 * initials, 21 medials and 28 finals; jamo here are the compatibility letters (U+3131–U+318E)
 * people type and see, e.g. ㄷ, ㅔ, ㅘ.
 */
public final class Hangul {
  private static final int SYLLABLE_BASE = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;

  static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

  /** Index 0 is "no final"; the rest are the 27 finals in Unicode order. */
  static final String FINALS = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

  /** Compound letters and the keystrokes that make them on a 두벌식 keyboard. */
  private static final String[][] COMPOUNDS = {
    {"ㅘ", "ㅗㅏ"}, {"ㅙ", "ㅗㅐ"}, {"ㅚ", "ㅗㅣ"}, {"ㅝ", "ㅜㅓ"}, {"ㅞ", "ㅜㅔ"}, {"ㅟ", "ㅜㅣ"},
    {"ㅢ", "ㅡㅣ"}, {"ㄳ", "ㄱㅅ"}, {"ㄵ", "ㄴㅈ"}, {"ㄶ", "ㄴㅎ"}, {"ㄺ", "ㄹㄱ"}, {"ㄻ", "ㄹㅁ"},
    {"ㄼ", "ㄹㅂ"}, {"ㄽ", "ㄹㅅ"}, {"ㄾ", "ㄹㅌ"}, {"ㄿ", "ㄹㅍ"}, {"ㅀ", "ㄹㅎ"}, {"ㅄ", "ㅂㅅ"}
  };

  private Hangul() {}

  public static boolean isSyllable(int c) {
    return c >= SYLLABLE_BASE && c <= SYLLABLE_LAST;
  }

  /** A compatibility consonant such as ㄱ or ㅄ. */
  public static boolean isConsonant(int c) {
    return c >= 0x3131 && c <= 0x314E;
  }

  public static boolean isVowel(int c) {
    return c >= 0x314F && c <= 0x3163;
  }

  public static boolean containsHangul(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSyllable(c) || isConsonant(c) || isVowel(c)) {
        return true;
      }
    }
    return false;
  }

  /** True when the text is nothing but consonants, like ㄷㅂㅇㅅ: a 초성 query. */
  public static boolean isChoseongOnly(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isConsonant(text.charAt(i))) {
        return false;
      }
    }
    return text.length() > 0;
  }

  /** The initial consonant of every syllable; other characters are kept (데브옵스 → ㄷㅂㅇㅅ). */
  public static String choseong(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (isSyllable(c)) {
                out.append(INITIALS.charAt((c - SYLLABLE_BASE) / (21 * 28)));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * The text as keystroke jamo: each syllable becomes its letters, compound letters their parts (괜
   * → ㄱㅗㅐㄴ). Other code points pass through. Edit distance over this sequence counts a mistyped
   * letter as one edit, not a whole wrong syllable.
   */
  public static int[] keystrokes(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    text.codePoints()
        .forEach(
            c -> {
              if (isSyllable(c)) {
                int index = c - SYLLABLE_BASE;
                appendLetter(out, INITIALS.charAt(index / (21 * 28)));
                appendLetter(out, MEDIALS.charAt((index / 28) % 21));
                int fin = index % 28;
                if (fin != 0) {
                  appendLetter(out, FINALS.charAt(fin));
                }
              } else if (isConsonant(c) || isVowel(c)) {
                appendLetter(out, (char) c);
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.codePoints().toArray();
  }

  private static void appendLetter(StringBuilder out, char letter) {
    for (String[] compound : COMPOUNDS) {
      if (compound[0].charAt(0) == letter) {
        out.append(compound[1]);
        return;
      }
    }
    out.append(letter);
  }

  /** The compound of two letters typed in a row (ㅗ+ㅏ → ㅘ, ㄹ+ㄱ → ㄺ), or 0. */
  static char combine(char first, char second) {
    String pair = "" + first + second;
    for (String[] compound : COMPOUNDS) {
      if (compound[1].equals(pair)) {
        return compound[0].charAt(0);
      }
    }
    return 0;
  }

  /** The two letters of a compound, or null for a simple letter. */
  static String split(char letter) {
    for (String[] compound : COMPOUNDS) {
      if (compound[0].charAt(0) == letter) {
        return compound[1];
      }
    }
    return null;
  }

  static char syllable(char initial, char medial, char fin) {
    int i = INITIALS.indexOf(initial);
    int m = MEDIALS.indexOf(medial);
    int f = fin == 0 ? 0 : FINALS.indexOf(fin);
    return (char) (SYLLABLE_BASE + (i * 21 + m) * 28 + f);
  }

  static boolean canBeFinal(char consonant) {
    return FINALS.indexOf(consonant) > 0;
  }
}
