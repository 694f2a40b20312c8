package dev.jabu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> COMMANDS =
      List.of("meetup", "term", "help", "recap", "remind", "link", "모임", "용어");

  @Test
  void findsTheClosestName() {
    assertThat(Suggestions.closest("meetp", COMMANDS, 2)).containsExactly("meetup");
    assertThat(Suggestions.closest("mteeup", COMMANDS, 2)).containsExactly("meetup");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggestions.closest("MEETUP", COMMANDS, 2)).containsExactly("meetup");
  }

  @Test
  void shortWordsMayBeOnlyOneEditOff() {
    assertThat(Suggestions.closest("trem", COMMANDS, 2)).containsExactly("term");
    assertThat(Suggestions.allowedDistance(4)).isEqualTo(1);
    // "tx" is more than one edit from every name.
    assertThat(Suggestions.closest("tx", COMMANDS, 2)).isEmpty();
    assertThat(Suggestions.closest("hxlx", COMMANDS, 2)).as("two edits from help").isEmpty();
  }

  @Test
  void longerWordsMayBeTwoEditsOff() {
    assertThat(Suggestions.allowedDistance(5)).isEqualTo(2);
    assertThat(Suggestions.closest("meeeetup", COMMANDS, 2)).containsExactly("meetup");
    assertThat(Suggestions.closest("meeeeetup", COMMANDS, 2)).isEmpty();
  }

  @Test
  void ranksByDistanceThenLengthThenAlphabet() {
    List<String> candidates = List.of("abcde", "abcdx", "abcd", "abxde", "zzzzz");
    // "abcdz": abcde, abcdx, abcd are 1 away (abcd shorter first), abxde 2 away.
    assertThat(Suggestions.closest("abcdz", candidates, 5))
        .containsExactly("abcd", "abcde", "abcdx", "abxde");
    assertThat(Suggestions.closest("abcdz", candidates, 2)).containsExactly("abcd", "abcde");
  }

  @Test
  void koreanNames() {
    assertThat(Suggestions.closest("모엄", COMMANDS, 2)).containsExactly("모임");
  }

  @Test
  void limitAndDuplicates() {
    assertThat(Suggestions.closest("term", List.of("term", "term", "terms"), 5))
        .containsExactly("term", "terms");
    assertThat(Suggestions.closest("term", COMMANDS, 0)).isEmpty();
  }
}
