package dev.jabu.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compiled pattern must give exactly what {@link EditDistance#distanceUpTo} gives. */
class EditDistancePatternTest {

  @Test
  void agreesWithTheTableOnEveryPairOfShortWordsOverThreeLetters() {
    // A three-letter alphabet makes repeats and transpositions common: "CA" against "ABC" is the
    // case where optimal string alignment (3) differs from true Damerau-Levenshtein (2).
    List<int[]> words = new ArrayList<>();
    collect(new int[0], 5, new int[] {'a', 'b', 'c'}, words);
    for (int[] a : words) {
      EditDistancePattern pattern = EditDistancePattern.of(a);
      for (int[] b : words) {
        for (int max = 0; max <= 3; max++) {
          assertThat(pattern.distanceUpTo(b, max))
              .as("%s vs %s up to %d", text(a), text(b), max)
              .isEqualTo(EditDistance.distanceUpTo(a, b, max));
        }
      }
    }
  }

  @Test
  void agreesWithTheTableOnRandomJamoLatinAndOtherSymbols() {
    int[] alphabet = {'a', 'b', 'x', 0x3131, 0x314F, 0x3145, 0x1F600, 0xAC00, 'z'};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      int[] a = randomWord(random, alphabet, 1 + random.nextInt(14));
      int[] b = randomWord(random, alphabet, random.nextInt(16));
      int max = random.nextInt(4);
      assertThat(EditDistancePattern.of(a).distanceUpTo(b, max))
          .as("%s vs %s up to %d", text(a), text(b), max)
          .isEqualTo(EditDistance.distanceUpTo(a, b, max));
    }
  }

  @Test
  void measuresAWordOfSixtyFourSymbolsAndFallsBackBeyond() {
    Random random = new Random(9);
    int[] alphabet = {'a', 'b', 'c', 'd'};
    for (int length : new int[] {63, 64, 65, 90}) {
      for (int round = 0; round < 200; round++) {
        int[] a = randomWord(random, alphabet, length);
        int[] b = randomWord(random, alphabet, length - 2 + random.nextInt(5));
        assertThat(EditDistancePattern.of(a).distanceUpTo(b, 70))
            .isEqualTo(EditDistance.distanceUpTo(a, b, 70));
      }
    }
  }

  @Test
  void typicalTypos() {
    EditDistancePattern kubernetes = EditDistancePattern.of(codes("kubernetes"));
    assertThat(kubernetes.distanceUpTo(codes("kubernets"), 2)).isEqualTo(1);
    assertThat(kubernetes.distanceUpTo(codes("kuberentes"), 2)).isEqualTo(1);
    assertThat(kubernetes.distanceUpTo(codes("kubrentes"), 2)).isEqualTo(2);
    assertThat(kubernetes.distanceUpTo(codes("terraform"), 2)).isEqualTo(3);
    assertThat(EditDistancePattern.of(codes("")).distanceUpTo(codes("ab"), 5)).isEqualTo(2);
    assertThatThrownBy(() -> kubernetes.distanceUpTo(codes("k"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void collect(int[] prefix, int longest, int[] alphabet, List<int[]> out) {
    out.add(prefix);
    if (prefix.length == longest) {
      return;
    }
    for (int c : alphabet) {
      int[] longer = java.util.Arrays.copyOf(prefix, prefix.length + 1);
      longer[prefix.length] = c;
      collect(longer, longest, alphabet, out);
    }
  }

  private static int[] randomWord(Random random, int[] alphabet, int length) {
    int[] word = new int[length];
    for (int i = 0; i < length; i++) {
      word[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return word;
  }

  private static int[] codes(String s) {
    return s.codePoints().toArray();
  }

  private static String text(int[] codes) {
    return new String(codes, 0, codes.length);
  }
}
