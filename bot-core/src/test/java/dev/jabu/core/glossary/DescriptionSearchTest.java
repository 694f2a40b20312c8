package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The description search's bridge between the languages and its honest refusals (issue 18). */
class DescriptionSearchTest {
  private static GlossaryIndex shipped;

  @BeforeAll
  static void load() throws GlossaryException {
    shipped = new GlossaryIndex(GlossaryLoader.load(Path.of("../config/glossary")));
  }

  @Test
  void issue18_aKoreanWordCarriesItsEnglishTranslationsAndItsKoreanLookAlikes() {
    WordBridge bridge =
        new WordBridge(
            List.of("# a comment", "수집\tcollect, gather", "모으다\tgather", "로그인\tlog in"),
            word -> List.of(word.endsWith("다") ? word.substring(0, word.length() - 1) : word),
            word -> List.of(word.split(" ")));
    assertThat(bridge.english("수집")).containsExactly("collect", "gather");
    assertThat(bridge.koreanAlike("모으")).containsExactly("수집");
    assertThat(bridge.englishAlike("collect")).containsExactly("gather");
    // A phrase would bridge through its words alone ("log" to 로그인): it is left out.
    assertThat(bridge.korean("log")).isEmpty();
  }

  @Test
  void issue18_eachWordOfADescriptionIsSearchedInBothLanguages() {
    List<DefinitionIndex.Concept> concepts = DefinitionIndex.concepts("장애 알림");
    assertThat(concepts).hasSize(2);
    assertThat(concepts.get(0).terms()).contains(new Term("ko", "장애"), new Term("en", "outag"));
  }

  @Test
  void issue18_aBridgeNounNoriWouldSplitIsReadWholeAndTranslated() {
    // Left alone, Nori reads 저장소 as 저 + 장소 ("place") and 재시작 as 시작 ("start").
    List<DefinitionIndex.Concept> concepts = DefinitionIndex.concepts("저장소 재시작");
    assertThat(concepts).hasSize(2);
    assertThat(concepts.get(0).terms())
        .contains(new Term("ko", "저장소"), new Term("en", "repositori"));
    assertThat(concepts.get(1).terms()).contains(new Term("ko", "재시작"), new Term("en", "restart"));
  }

  @Test
  void issue18_aLightVerbIsNoEvidenceLikeEnglishDo() {
    // 하다 and 되다 alone are in nearly every definition, as "do" and "be" are in English ones.
    assertThat(DefinitionIndex.concepts("배포를 몇 번 하는지"))
        .noneMatch(c -> c.terms().contains(new Term("ko", "하")));
    assertThat(DefinitionIndex.concepts("무시하게 되는 현상"))
        .noneMatch(c -> c.terms().contains(new Term("ko", "되")));
  }

  @Test
  void issue18_andOrLikeInsideADescriptionAskForNoComparisonOrAlternatives() {
    // Names in passing in a description, joined by "and": not a comparison of logs and metrics.
    SearchResult listed =
        shipped.search("gathering logs and metrics from every server into one place");
    assertThat(listed.intent()).isNotEqualTo(SearchResult.Intent.COMPARE);
    // Beside names alone they still ask.
    assertThat(shipped.search("Loki or Elasticsearch").intent())
        .isEqualTo(SearchResult.Intent.COMPARE);
    assertThat(shipped.search("tools like Grafana").intent())
        .isEqualTo(SearchResult.Intent.ALTERNATIVES);
  }

  @Test
  void issue18_aRelatedRunnerUpNeedsALongerLeadBeforeTheFirstIsAnsweredAlone() {
    // 1.7x ahead: enough over a stranger, not over an entry linked to the first.
    List<DefinitionIndex.Hit> hits =
        List.of(
            new DefinitionIndex.Hit(0, 10f, 4, 4, 0), new DefinitionIndex.Hit(1, 5.9f, 3, 4, 0));
    DescriptionConfidence confidence = new DescriptionConfidence();
    assertThat(confidence.confident(hits, (a, b) -> false)).isPresent();
    assertThat(confidence.confident(hits, (a, b) -> true)).isEmpty();
  }

  @Test
  void issue18_anEverydayNameInsideADescriptionIsNotItsAnswer() {
    SearchResult result = shipped.search("서비스 하나가 죽으면 다른 서비스까지 연달아 죽는 현상");
    assertThat(result.matches()).noneMatch(m -> m.entry().id().equals("kubernetes-service"));
  }

  @Test
  void issue18_aLineWithAWordNoDefinitionUsesIsNotAnsweredAlone() {
    assertThat(shipped.search("친구랑 약속 시간을 정하는 앱").found()).isFalse();
  }

  @Test
  void issue18_aVerbBetweenTheNounsAndTheRoleWordStillNamesTheRole() {
    SearchResult result = shipped.search("로그 수집하는 도구 추천");
    assertThat(result.intent()).isEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
    assertThat(result.best().get().entry().id()).isEqualTo("log-collector");
  }

  @Test
  void issue18_softwareInADescriptionDoesNotAskForTools() {
    // Read as a request for tools of no known role, it was refused without a guess.
    SearchResult result = shipped.search("software components in a build");
    assertThat(result.intent()).isNotEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
    assertThat(result.found() ? result.matches() : result.didYouMean()).isNotEmpty();
  }

  @Test
  void issue18_aNicknameInADescriptionIsReadAsTheNameTheDefinitionsUse() {
    // 쿠버 is in no definition, 쿠버네티스 is in cert-manager's; the entry matching the whole
    // line comes before the names it merely mentions.
    SearchResult result = shipped.search("쿠버에서 인증서 만료 전에 알아서 갱신해 주는 컨트롤러");
    List<String> offered =
        result.found()
            ? result.matches().stream().map(m -> m.entry().id()).toList()
            : result.didYouMean().stream().limit(2).map(GlossaryEntry::id).toList();
    assertThat(offered).contains("cert-manager");
  }
}
