package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions typed the way a chat types them, against the shipped glossary (issue 18's probe). */
class ChatQuestionTest {
  private static GlossaryIndex shipped;

  @BeforeAll
  static void load() throws GlossaryException {
    shipped = new GlossaryIndex(GlossaryLoader.load(Path.of("../config/glossary")));
  }

  private static void compared(String query, String first, String second) {
    SearchResult result = shipped.search(query);
    assertThat(result.intent()).as(query).isEqualTo(SearchResult.Intent.COMPARE);
    assertThat(result.matches())
        .as(query)
        .extracting(m -> m.entry().id())
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void issue18_namesComparedWithTheirSharedWordSaidOnce() {
    compared("readiness or liveness probe?", "readiness-probe", "liveness-probe");
    compared("레디니스랑 라이브니스 프로브 차이", "readiness-probe", "liveness-probe");
  }

  @Test
  void issue18_aWordOfTheDefinitionsIsNoTypoOfAName() {
    SearchResult result = shipped.search("any tools for container image builds?");
    assertThat(result.matches()).extracting(m -> m.how()).doesNotContain(GlossaryMatch.How.TYPO);
    assertThat(result.matches())
        .extracting(m -> m.entry().id())
        .containsExactly("container-image-builder");
    // A slip on a name is still read as the name, also when its stem is the name's.
    assertThat(shipped.search("what is kubernets used for").best().get().entry().id())
        .isEqualTo("kubernetes");
  }

  @Test
  void issue18_theWordThatAsksForToolsIsNoEvidenceForARole() {
    // The load testing tool measures error rates, and its alias "부하 테스트 툴" has 툴 in it: two
    // shared words, one of them only the word that asks for tools.
    for (String request : java.util.List.of("에러 번역 툴 추천", "버그 제보 툴 추천", "오류 정리 툴 추천")) {
      assertThat(shipped.search(request).matches())
          .as(request)
          .extracting(m -> m.entry().id())
          .doesNotContain("load-testing-tool");
    }
  }

  @Test
  void issue18_namesSideBySideAreAboutTheLastOnlyWhenTheyEndThePhrase() {
    assertThat(shipped.search("k8s 데몬셋이 뭐야").best().get().entry().id()).isEqualTo("daemonset");
    // The provider belongs to Terraform; AWS only says which one.
    assertThat(shipped.search("terraform aws provider").best().get().entry().id())
        .isEqualTo("terraform");
  }

  @Test
  void issue18_aCompoundTypedWithoutSpacesThatBeginsWithANameIsCutAfterIt() {
    compared("데이터독이랑뉴렐릭차이", "datadog", "new-relic");
    SearchResult kinds = shipped.search("메시지브로커종류");
    assertThat(kinds.intent()).isEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
    assertThat(kinds.best().get().entry().id()).isEqualTo("message-broker");
    // A typo of a long name is still read whole.
    assertThat(shipped.search("프로메테유스가 뭐야").best().get().entry().id()).isEqualTo("prometheus");
  }

  private static String answer(String query) {
    return shipped.search(query).best().map(m -> m.entry().id()).orElse("-");
  }

  @Test
  void issue18_aSlipOnANameIsNotCutIntoOtherNames() {
    // Latin read on the Korean keyboard leaves loose jamo ("Falcox" is ㄹ미챝): no word of its own,
    // and one consonant is no 초성 (ㄹ would be 린, Lean)
    assertThat(answer("Falcox")).isEqualTo("falco");
    assertThat(answer("Fault tolreance")).isEqualTo("fault-tolerance");
    assertThat(answer("ㄹ")).isEqualTo("-");
    // a run of names that starts with a slip may be one longer name typed wrong
    assertThat(answer("Traivs CI")).isEqualTo("travis-ci");
    assertThat(answer("Synthtic monitoring")).isEqualTo("synthetic-monitoring");
    // names Nori does not know, typed with a slip, are not cut into pieces that happen to be
    // other names (클라우드플레어 → Clair, 로커스트 → Host, 코어DNS → DNS): a wrong answer is worse
    for (String slip : java.util.List.of("클라드우플레어", "커로스트", "코DNS")) {
      assertThat(shipped.search(slip).found()).as(slip).isFalse();
    }
    // a name typed on the wrong keyboard without spaces stays one name
    assertThat(answer("znqjspxltmdhvjpdlxjvoxjs")).isEqualTo("kubernetes-operator-pattern");
  }
}
