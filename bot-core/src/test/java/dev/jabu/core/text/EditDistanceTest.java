package dev.jabu.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void identicalAndEmpty() {
    assertThat(EditDistance.distance("meetup", "meetup")).isZero();
    assertThat(EditDistance.distance("", "")).isZero();
    assertThat(EditDistance.distance("", "abc")).isEqualTo(3);
    assertThat(EditDistance.distance("abc", "")).isEqualTo(3);
  }

  @Test
  void singleEdits() {
    assertThat(EditDistance.distance("meetup", "meetp")).as("deletion").isEqualTo(1);
    assertThat(EditDistance.distance("meetp", "meetup")).as("insertion").isEqualTo(1);
    assertThat(EditDistance.distance("meetup", "meetap")).as("substitution").isEqualTo(1);
    assertThat(EditDistance.distance("meetup", "meteup")).as("transposition").isEqualTo(1);
  }

  @Test
  void classicLevenshteinCase() {
    assertThat(EditDistance.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void optimalStringAlignmentDoesNotEditASubstringTwice() {
    // True Damerau-Levenshtein gives 2 (CA -> AC -> ABC); OSA may not touch the swapped pair again.
    assertThat(EditDistance.distance("CA", "ABC")).isEqualTo(3);
  }

  @Test
  void comparesCodePointsNotUtf16Units() {
    assertThat(EditDistance.distance("모임", "모엄")).isEqualTo(1);
    assertThat(EditDistance.distance("a😀b", "ab")).as("an emoji is one symbol").isEqualTo(1);
  }

  @Test
  void worksOnAnyIntSequenceSuchAsJamo() {
    // 가 = ㄱ ㅏ, 강 = ㄱ ㅏ ㅇ: one jamo apart though different syllables.
    int[] ga = {0x1100, 0x1161};
    int[] gang = {0x1100, 0x1161, 0x11BC};
    assertThat(EditDistance.distance(ga, gang)).isEqualTo(1);
    assertThat(EditDistance.withinDistance(ga, gang, 1)).isTrue();
    assertThat(EditDistance.withinDistance(ga, gang, 0)).isFalse();
  }

  @Test
  void withinDistanceAgreesWithDistance() {
    String[] words = {
      "", "a", "ab", "ba", "abc", "acb", "meetup", "meetp", "metup", "term", "tems"
    };
    for (String a : words) {
      for (String b : words) {
        int d = EditDistance.distance(a, b);
        for (int max = 0; max <= 4; max++) {
          assertThat(EditDistance.withinDistance(a, b, max))
              .as("%s vs %s within %d (distance %d)", a, b, max, d)
              .isEqualTo(d <= max);
        }
      }
    }
  }

  @Test
  void distanceUpToCapsAtMaxPlusOne() {
    int[] a = "abcdefgh".codePoints().toArray();
    int[] b = "zyxwvuts".codePoints().toArray();
    assertThat(EditDistance.distanceUpTo(a, b, 2)).isEqualTo(3);
    assertThat(EditDistance.distanceUpTo(a, b, 20)).isEqualTo(8);
    assertThat(EditDistance.withinDistance("a", "b", -1)).isFalse();
    assertThatThrownBy(() -> EditDistance.distanceUpTo(a, b, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
