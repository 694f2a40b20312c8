package dev.jabu.bench;

import java.util.Random;

/**
 * Query makers for the benchmarks: a one-letter typo, and Korean as typed on an English keyboard.
 */
final class Typos {
  private static final String JAMO = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ";
  private static final String KEYS = "qwertyuiopasdfghjklzxcvbnm";
  private static final String SHIFTED_JAMO = "ㅃㅉㄸㄲㅆㅒㅖ";
  private static final String SHIFTED_KEYS = "QWERTOP";

  private Typos() {}

  static String oneEdit(String word, Random random) {
    int at = 1 + random.nextInt(Math.max(1, word.length() - 2));
    StringBuilder typo = new StringBuilder(word);
    switch (random.nextInt(3)) {
      case 0 -> typo.deleteCharAt(at);
      case 1 -> typo.insert(at, 'x');
      default -> {
        char c = typo.charAt(at);
        typo.setCharAt(at, typo.charAt(at - 1));
        typo.setCharAt(at - 1, c);
      }
    }
    return typo.toString();
  }

  /** The keys a 두벌식 typist presses for a Korean word, with the keyboard left in English. */
  static String onEnglishKeyboard(String korean) {
    StringBuilder keys = new StringBuilder();
    for (int stroke : dev.jabu.core.text.Hangul.keystrokes(korean.replace(" ", ""))) {
      int plain = JAMO.indexOf(stroke);
      int shifted = SHIFTED_JAMO.indexOf(stroke);
      if (plain >= 0) {
        keys.append(KEYS.charAt(plain));
      } else if (shifted >= 0) {
        keys.append(SHIFTED_KEYS.charAt(shifted));
      } else {
        keys.appendCodePoint(stroke);
      }
    }
    return keys.toString();
  }
}
