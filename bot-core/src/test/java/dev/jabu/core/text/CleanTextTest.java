package dev.jabu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {
  @Test
  void inputKeepsNewlinesAndTabsAndDropsOtherControls() {
    assertThat(CleanText.input("a\u0000b\u0001c\u001b[31m\u007fd\u0085e\r\nf\tg"))
        .isEqualTo("abc[31mde\nf\tg");
  }

  @Test
  void inputDropsBidiOverridesAndIsolates() {
    assertThat(CleanText.input("abc\u202Egnp.exe\u2066x\u2069")).isEqualTo("abcgnp.exex");
  }

  @Test
  void inputIsNfc() {
    String decomposed = java.text.Normalizer.normalize("잡부 café", java.text.Normalizer.Form.NFD);
    assertThat(CleanText.input(decomposed)).isEqualTo("잡부 café");
  }

  @Test
  void inputKeepsZeroWidthCharactersOutsideNames() {
    assertThat(CleanText.input("a\u200bb")).isEqualTo("a\u200bb");
  }

  @Test
  void aNameLosesInvisibleCharactersAndExtraSpaces() {
    assertThat(CleanText.name("  DevOps\u200b\u00a0\u00a0Korea\ufeff \u3164밋업\n "))
        .isEqualTo("DevOps Korea 밋업");
    assertThat(CleanText.name("\u200b\u200c\ufeff\u3164\u115f\u1160\uffa0\u0085\u007f")).isEmpty();
  }

  @Test
  void aZeroWidthJoinerInsideAnEmojiStays() {
    String technologist = "\uD83D\uDC69\u200D\uD83D\uDCBB";
    assertThat(CleanText.name(technologist + " 밋업")).isEqualTo(technologist + " 밋업");
    assertThat(CleanText.name("a\u200Db")).isEqualTo("ab");
  }
}
