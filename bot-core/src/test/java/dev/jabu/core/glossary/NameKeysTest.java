package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.text.EditDistance;
import dev.jabu.core.text.Hangul;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  /**
   * The typo search skips a name whose symbol classes differ from the query's by more than the
   * allowed edits; that must never skip a name within reach, or a typo would go uncorrected.
   */
  @Test
  void symbolClassesNeverRuleOutAWordWithinReach() {
    String letters = "abcdeㄱㄴㅏㅓ0@";
    Random random = new Random(3);
    int checked = 0;
    for (int round = 0; round < 50_000; round++) {
      int[] a = word(random, letters, 1 + random.nextInt(9));
      int[] b = word(random, letters, 1 + random.nextInt(9));
      int distance = EditDistance.distance(a, b);
      long sa = NameKeys.symbols(a);
      long sb = NameKeys.symbols(b);
      int bound = Math.max(Long.bitCount(sa & ~sb), Long.bitCount(sb & ~sa));
      assertThat(bound).as("%s vs %s", text(a), text(b)).isLessThanOrEqualTo(distance);
      checked += bound == distance ? 1 : 0;
    }
    assertThat(checked).as("pairs where the bound is tight").isPositive();
  }

  @Test
  void symbolClassesTellLatinLettersAndJamoApart() {
    long latin = NameKeys.symbols(Hangul.keystrokes("abcdefghijklmnopqrstuvwxyz"));
    long jamo = NameKeys.symbols(Hangul.keystrokes("ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㅏㅑㅓㅕㅗㅛㅜㅠㅡㅣ"));
    assertThat(Long.bitCount(latin)).isEqualTo(26);
    assertThat(Long.bitCount(jamo)).isEqualTo(24);
  }

  private static int[] word(Random random, String letters, int length) {
    int[] word = new int[length];
    for (int i = 0; i < length; i++) {
      word[i] = letters.charAt(random.nextInt(letters.length()));
    }
    return word;
  }

  private static String text(int[] codes) {
    return new String(codes, 0, codes.length);
  }
}
