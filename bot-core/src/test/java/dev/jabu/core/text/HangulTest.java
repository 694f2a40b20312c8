package dev.jabu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulTest {
  @Test
  void choseongTakesTheInitialOfEverySyllable() {
    assertThat(Hangul.choseong("데브옵스")).isEqualTo("ㄷㅂㅇㅅ");
    assertThat(Hangul.choseong("쿠버네티스 k8s")).isEqualTo("ㅋㅂㄴㅌㅅ k8s");
  }

  @Test
  void recognisesAChoseongOnlyQuery() {
    assertThat(Hangul.isChoseongOnly("ㄷㅂㅇㅅ")).isTrue();
    assertThat(Hangul.isChoseongOnly("ㄷㅂ옵스")).isFalse();
    assertThat(Hangul.isChoseongOnly("")).isFalse();
    assertThat(Hangul.isChoseongOnly("ㅏ")).isFalse();
  }

  @Test
  void keystrokesSplitSyllablesAndCompoundLetters() {
    assertThat(new String(Hangul.keystrokes("괜"), 0, 4)).isEqualTo("ㄱㅗㅐㄴ");
    assertThat(new String(Hangul.keystrokes("닭"), 0, 4)).isEqualTo("ㄷㅏㄹㄱ");
    assertThat(Hangul.keystrokes("a데")).containsExactly('a', 'ㄷ', 'ㅔ');
  }

  @ParameterizedTest
  @CsvSource({
    "epqmdhqtm, 데브옵스",
    "znqjspxltm, 쿠버네티스",
    "rltdhqtm, 깃옵스",
    "dkssudgktpdy, 안녕하세요",
    "rhksfl, 관리",
    "dhkswjs, 완전",
    "tkfkdgo, 사랑해",
    "ekfr, 닭",
    "ekfrl, 달기",
    "ekfrdl, 닭이",
    "Tkd, 쌍",
    "rr, ㄱㄱ",
    "k, ㅏ"
  })
  void readsLatinKeysAsDubeolsik(String typed, String meant) {
    assertThat(Dubeolsik.toHangul(typed)).isEqualTo(meant);
  }

  @Test
  void keepsWhatIsNotAKey() {
    assertThat(Dubeolsik.toHangul("epqm 2.0")).isEqualTo("데브 2.0");
  }

  @Test
  void onlyLatinLettersLookMistyped() {
    assertThat(Dubeolsik.looksMistyped("epqmdhqtm")).isTrue();
    assertThat(Dubeolsik.looksMistyped("데브옵스")).isFalse();
    assertThat(Dubeolsik.looksMistyped("123")).isFalse();
  }
}
