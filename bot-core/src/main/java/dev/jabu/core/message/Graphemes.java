package dev.jabu.core.message;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Where text may be cut without breaking what a reader sees as one character: never inside a
 * surrogate pair, a Hangul syllable written as jamo, a base letter and its combining marks, or an
 * emoji joined by ZWJ, skin-tone modifiers or variation selectors.
 */
final class Graphemes {
  private static final int ZWJ = 0x200D;

  private Graphemes() {}

  /** Every safe cut position strictly between {@code from} and {@code to}, ascending. */
  static List<Integer> boundaries(String text, int from, int to) {
    // BreakIterator keeps pairs, jamo and combining marks together; Java 17's rules predate
    // emoji sequences, so those are held together by hand
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(text.substring(from, to));
    List<Integer> result = new ArrayList<>();
    for (int p = it.next(); p != BreakIterator.DONE && from + p < to; p = it.next()) {
      if (!joinsEmoji(text, from + p)) {
        result.add(from + p);
      }
    }
    return result;
  }

  private static boolean joinsEmoji(String text, int at) {
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    return before == ZWJ
        || after == ZWJ
        || (after >= 0xFE00 && after <= 0xFE0F)
        || (after >= 0x1F3FB && after <= 0x1F3FF)
        || (after >= 0xE0020 && after <= 0xE007F); // tag sequences (subdivision flags)
  }
}
