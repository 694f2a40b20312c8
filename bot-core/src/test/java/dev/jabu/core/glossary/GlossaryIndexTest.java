package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryIndexTest {
  private final GlossaryIndex index = new GlossaryIndex(GlossaryFixture.glossary());

  private GlossaryMatch best(String query) {
    SearchResult result = index.search(query);
    assertThat(result.best()).as("a match for '%s'", query).isPresent();
    return result.best().get();
  }

  @ParameterizedTest
  @CsvSource({
    "DevSecOps, devsecops, NAME",
    "devsecops, devsecops, NAME",
    "Dev-Sec-Ops, devsecops, NAME",
    "ＤｅｖＯｐｓ, devops, NAME",
    "데브옵스, devops, NAME",
    "데브 옵스, devops, NAME",
    "k8s, kubernetes, ALIAS",
    "K8S, kubernetes, ALIAS",
    "CI tool, ci-server, ALIAS",
    "ci, continuous-integration, ALIAS"
  })
  void exactNamesAndAliasesIgnoreCaseSpacesHyphensAndWidth(
      String query, String id, GlossaryMatch.How how) {
    GlossaryMatch match = best(query);
    assertThat(match.entry().id()).isEqualTo(id);
    assertThat(match.how()).isEqualTo(how);
  }

  @ParameterizedTest
  @CsvSource({
    "DevSecOps란?, devsecops",
    "데브옵스가 뭐야, devops",
    "깃옵스가 뭐예요?, gitops",
    "쿠버네티스란 무엇인가요?, kubernetes",
    "what is GitOps?, gitops",
    "What's k8s, kubernetes",
    "explain Nomad, nomad",
    "젠킨스 설명해줘, jenkins",
    "CI 서버가 뭐야, ci-server"
  })
  void questionFormsInBothLanguages(String query, String id) {
    assertThat(best(query).entry().id()).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource({
    "젠킨스가뭐야, jenkins",
    "nomad가뭐임, nomad",
    "깃옵스란게 뭐야, gitops",
    "깃옵스 뭐야 ㅋㅋ, gitops",
    "엔보이가 뭔지 모르겠어요 ㅠㅠ, envoy",
    "데브옵스가 뭐야 🤔, devops",
    "노마드가 뭐임, nomad",
    "CI가 뭐의 약자예요?, continuous-integration",
    "eli5 gitops pls, gitops"
  })
  void issue18_wordsTypedWithoutASpaceAndChatNoiseAreReadLikeAnyQuestion(String query, String id) {
    assertThat(best(query).entry().id()).isEqualTo(id);
  }

  @Test
  void issue18_yourSoftwareDescribesRatherThanAsksForTools() {
    assertThat(index.search("automatically builds and tests your software").intent())
        .isNotEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
    assertThat(index.search("build server software").intent())
        .isEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
  }

  @ParameterizedTest
  @CsvSource({
    "k8s 오케스트레이터가 뭐야, workload-orchestrator",
    "쿠버네티스에서 오케스트레이터는 뭐야, workload-orchestrator",
    "what is the kubernetes orchestrator, workload-orchestrator"
  })
  void issue18_namesTypedSideBySideAreAboutTheLast(String query, String id) {
    assertThat(best(query).entry().id()).isEqualTo(id);
  }

  @Test
  void issue18_aSecondSentenceAboutTheMemberDoesNotHideTheQuestion() {
    assertThat(best("젠킨스가 뭐예요? 신입이라 회사 서버 구조를 잘 몰라서요").entry().id()).isEqualTo("jenkins");
    assertThat(best("what is nomad? our team lead keeps mentioning it in standups").entry().id())
        .isEqualTo("nomad");
    // A sentence read only as a typo of a name answers nothing: "jenkinz" alone is Jenkins.
    assertThat(index.search("jenkinz! that helped a lot, see you at the meetup").found()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"오케스트레이터 종류 좀 알려줘, workload-orchestrator", "any good CI servers?, ci-server"})
  void issue18_aRoleAskedForByItsKindsOrInThePluralGetsItsTools(String query, String id) {
    SearchResult result = index.search(query);
    assertThat(result.intent()).isEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
    assertThat(result.best().get().entry().id()).isEqualTo(id);
  }

  @Test
  void issue18_aRoleInThePluralInsideADescriptionAsksForNoTools() {
    assertThat(
            index
                .search("keeping apps on containers and orchestrators safe from code to cloud")
                .intent())
        .isNotEqualTo(SearchResult.Intent.TOOLS_FOR_ROLE);
  }

  @Test
  void issue18_comparedToAsksForAComparison() {
    SearchResult result = index.search("Jenkins compared to Nomad");
    assertThat(result.intent()).isEqualTo(SearchResult.Intent.COMPARE);
  }

  @Test
  void issue18_twoNamesTypedWithoutSpacesAroundVsAreCompared() {
    SearchResult result = index.search("젠킨스vs노마드");
    assertThat(result.intent()).isEqualTo(SearchResult.Intent.COMPARE);
    assertThat(result.matches())
        .extracting(m -> m.entry().id())
        .containsExactly("jenkins", "nomad");
  }

  @Test
  void issue3_aNameEndingIn이KeepsItBeforeTheEnding란() {
    assertThat(best("엔보이란?").entry().id()).isEqualTo("envoy");
    assertThat(best("엔보이란 무엇인가요").entry().id()).isEqualTo("envoy");
  }

  @Test
  void issue3_뜻이뭐야AndEnglishStandFor() {
    assertThat(best("데브옵스 뜻이 뭐야").entry().id()).isEqualTo("devops");
    assertThat(best("k8s 뜻이 뭐예요?").entry().id()).isEqualTo("kubernetes");
    assertThat(best("what does k8s stand for?").entry().id()).isEqualTo("kubernetes");
    assertThat(best("what does DevOps mean").entry().id()).isEqualTo("devops");
  }

  @Test
  void issue3_aWholeQuestionTypedWithTheKeyboardInEnglish() {
    GlossaryMatch match = best("epqmdhqtmrk anjdi");
    assertThat(match.entry().id()).isEqualTo("devops");
    assertThat(match.how()).isEqualTo(GlossaryMatch.How.KEYBOARD);
  }

  @Test
  void choseongOnly() {
    GlossaryMatch match = best("ㄷㅂㅇㅅ");
    assertThat(match.entry().id()).isEqualTo("devops");
    assertThat(match.how()).isEqualTo(GlossaryMatch.How.CHOSEONG);
    assertThat(best("ㅋㅂㄴㅌㅅ").entry().id()).isEqualTo("kubernetes");
  }

  @Test
  void koreanTypedOnAnEnglishKeyboard() {
    GlossaryMatch match = best("epqmdhqtm");
    assertThat(match.entry().id()).isEqualTo("devops");
    assertThat(match.how()).isEqualTo(GlossaryMatch.How.KEYBOARD);
    assertThat(best("znqjspxltm").entry().id()).isEqualTo("kubernetes");
  }

  @ParameterizedTest
  @CsvSource({
    "kubernets, kubernetes",
    "kuberentes, kubernetes",
    "jenkis, jenkins",
    "devsecosp, devsecops",
    "쿠버네티즈, kubernetes",
    "데브섹옵즈, devsecops",
    "노마도, nomad"
  })
  void typosWithinTheAllowedEditsCountedOverJamo(String query, String id) {
    GlossaryMatch match = best(query);
    assertThat(match.entry().id()).isEqualTo(id);
    assertThat(match.how()).isEqualTo(GlossaryMatch.How.TYPO);
    assertThat(match.distance()).isBetween(1, 2);
  }

  @Test
  void shortNamesAllowOnlyOneEdit() {
    // "nmad" is one edit from "nomad" (5 letters): found; "nmd" is two edits: not.
    assertThat(index.search("nmad").best()).isPresent();
    assertThat(index.search("nmd").best()).isEmpty();
  }

  @Test
  void aJamoTypoIsOneEditNotAWholeSyllable() {
    // 젠킨스 → 잰킨스 changes one vowel (ㅔ→ㅐ): one edit over jamo.
    GlossaryMatch match = best("잰킨스");
    assertThat(match.entry().id()).isEqualTo("jenkins");
    assertThat(match.distance()).isEqualTo(1);
  }

  @Test
  void nothingCloseGivesRankedGuesses() {
    SearchResult result = index.search("kubernetes operator pattern");
    assertThat(result.best()).isEmpty();
    assertThat(result.didYouMean()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(result.didYouMean().get(0).id()).isEqualTo("kubernetes");
  }

  @Test
  void garbageFindsNothingAndGuessesNothing() {
    SearchResult result = index.search("🙂🙂🙂");
    assertThat(result.best()).isEmpty();
    assertThat(result.didYouMean()).isEmpty();
  }

  @Test
  void autocompleteByPrefixNamesFirst() {
    assertThat(index.autocomplete("ku", 25))
        .extracting(GlossaryEntry::id)
        .containsExactly("kubernetes");
    assertThat(index.autocomplete("dev", 25))
        .extracting(GlossaryEntry::id)
        .containsExactly("devops", "devsecops");
    assertThat(index.autocomplete("데브", 25))
        .extracting(GlossaryEntry::id)
        .contains("devops", "devsecops");
    assertThat(index.autocomplete("ㄷㅂ", 25))
        .extracting(GlossaryEntry::id)
        .contains("devops", "devsecops");
    assertThat(index.autocomplete("d", 1)).hasSize(1);
    assertThat(index.autocomplete("", 25)).isEmpty();
  }

  @Test
  void rolesAndToolsBothWays() {
    Glossary glossary = index.glossary();
    assertThat(glossary.toolsPlaying("workload-orchestrator"))
        .extracting(GlossaryEntry::id)
        .containsExactly("kubernetes", "nomad");
    GlossaryEntry nomad = glossary.get("nomad").orElseThrow();
    assertThat(glossary.alternativesOf(nomad))
        .extracting(GlossaryEntry::id)
        .containsExactly("kubernetes");
  }
}
