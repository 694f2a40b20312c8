package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The glossary as members and moderators meet it, on the small test glossary. */
class GlossaryCommandsTest {
  private final FakePlatform platform =
      FakePlatform.on(
          TempDatabase.sqlite(), CoreSettings.defaults(), List.of(GlossaryFixture.feature()));

  private final dev.jabu.core.engine.Member alice = platform.member("discord:alice");
  private final dev.jabu.core.engine.Member mod = platform.moderator("slack:UMOD");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String ask(String line) {
    return platform.text(platform.say(alice, line));
  }

  private String ask(String line, Locale locale) {
    return platform.text(platform.say(alice, line, locale));
  }

  @Test
  void anAnswerShowsTheMembersLanguageFirstAndTheOtherBelow() {
    String ko = ask("/term DevSecOps란?");
    assertThat(ko).contains("데브섹옵스 (DevSecOps)");
    assertThat(ko.indexOf("보안을 개발 주기")).isLessThan(ko.indexOf("DevOps in which security"));

    String en = ask("/term what is DevSecOps", Locale.ENGLISH);
    assertThat(en).contains("DevSecOps (데브섹옵스)");
    assertThat(en.indexOf("DevOps in which security")).isLessThan(en.indexOf("보안을 개발 주기"));
  }

  @Test
  void aToolShowsItsRoleAndAlternatives() {
    String text = ask("/term Nomad", Locale.ENGLISH);
    assertThat(text).contains("What it is", "workload orchestrator", "Alternatives", "Kubernetes");
  }

  @Test
  void aRoleListsTheToolsThatPlayIt() {
    String text = ask("/term 오케스트레이터가 뭐야");
    assertThat(text).contains("이 역할의 도구", "Kubernetes", "Nomad");
  }

  @Test
  void relatedTermsAreFollowUpButtons() {
    Reply reply = platform.say(alice, "/term k8s");
    assertThat(reply.message().buttons()).extracting(b -> b.command()).contains("/term GitOps");
  }

  @Test
  void aForgivingMatchSaysHowItWasFound() {
    assertThat(ask("/term kubernets", Locale.ENGLISH))
        .contains("Showing Kubernetes for \"kubernets\"");
    assertThat(ask("/term ㄷㅂㅇㅅ")).contains("초성");
    assertThat(ask("/term epqmdhqtm")).contains("데브옵스 (DevOps)", "영문 자판");
  }

  @Test
  void nothingFoundOffersGuessesAndTheWayToSuggest() {
    String text = ask("/term kubernetes operator pattern", Locale.ENGLISH);
    assertThat(text).contains("could not find", "Did you mean", "Kubernetes", "/glossary suggest");
  }

  @Test
  void badInputGetsAPlainHelpfulAnswerAndNeverAMention() {
    assertThat(platform.text(platform.say(alice, "/term"))).contains("query", "/term <query...>");
    for (String hostile :
        List.of(
            "@everyone",
            "<!channel> hi",
            "<@123> **bold** <script>x</script>",
            "🙂🙂🙂",
            "x".repeat(2000))) {
      Reply reply = platform.say(alice, "/term " + hostile);
      assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
      assertThat(mentions(reply)).isZero();
      assertThat(platform.text(reply).length()).isLessThan(1000);
    }
  }

  private static long mentions(Reply reply) {
    return reply.message().blocks().stream()
        .filter(b -> b instanceof Block.Paragraph)
        .flatMap(b -> ((Block.Paragraph) b).spans().stream())
        .filter(s -> s instanceof Span.UserMention || s instanceof Span.ChannelMention)
        .count();
  }

  @Test
  void listAndRandom() {
    assertThat(ask("/glossary list", Locale.ENGLISH)).contains("10 entries", "tool", "(4)");
    assertThat(ask("/glossary list tool", Locale.ENGLISH))
        .contains("Jenkins", "Kubernetes", "Nomad")
        .doesNotContain("GitOps");
    assertThat(ask("/glossary list gadgets", Locale.ENGLISH)).contains("no such category");
    assertThat(ask("/glossary random")).isNotBlank();
  }

  @Test
  void aSuggestionIsQueuedApprovedSearchableAndTheProposerIsTold() {
    String thanks =
        ask(
            "/glossary suggest Backstage \"오픈소스 개발자 포털을 만드는 프레임워크입니다.\" category:tool aliases:백스테이지");
    assertThat(thanks).contains("#1");
    assertThat(ask("/term Backstage")).contains("찾지 못했어요");

    assertThat(platform.text(platform.say(alice, "/glossary queue"))).contains("운영진만");
    assertThat(platform.text(platform.say(mod, "/glossary queue")))
        .contains("#1 Backstage", "discord:alice");

    assertThat(platform.text(platform.say(mod, "/glossary approve 1")))
        .contains("/glossary approve 1");
    assertThat(
            platform.text(
                platform.say(
                    mod, "/glossary approve 1 A framework for building developer portals.")))
        .contains("승인");
    assertThat(ask("/term 백스테이지"))
        .contains("Backstage", "A framework for building developer portals.");

    List<OutboundMessage> posts = platform.posts();
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).destination().key()).isEqualTo("discord:@alice");
    assertThat(platform.text(posts.get(0).message())).contains("Backstage", "승인");

    assertThat(platform.text(platform.say(mod, "/glossary approve 1"))).contains("이미 처리");
  }

  /** Issue 12: the outcome is written in the language the proposer chose since. */
  @Test
  void theProposerIsToldInTheLanguageTheyChoseAfterSuggesting() {
    ask("/glossary suggest Backstage \"오픈소스 개발자 포털을 만드는 프레임워크입니다.\" category:tool");
    ask("/jabu language en");
    platform.say(mod, "/glossary approve 1 A framework for developer portals.");
    List<OutboundMessage> posts = platform.posts();
    assertThat(posts).singleElement();
    assertThat(posts.get(0).destination().key()).isEqualTo("discord:@alice");
    assertThat(platform.text(posts.get(0).message())).contains("Backstage", "was approved");
  }

  @Test
  void anEditOfAnExistingEntryKeepsItsIdAndOtherLanguage() {
    ask("/glossary suggest Nomad \"컨테이너와 실행 파일을 함께 배치하는 HashiCorp의 오케스트레이터입니다.\"");
    platform.say(mod, "/glossary approve 1");
    String text = ask("/term 노마드");
    assertThat(text).contains("HashiCorp의 오케스트레이터", "A lightweight orchestrator");
  }

  @Test
  void aRejectionTellsTheProposerWhy() {
    ask("/glossary suggest Blorp \"아무도 쓰지 않는 가상의 도구입니다.\"");
    assertThat(platform.text(platform.say(mod, "/glossary reject 1 not a real tool")))
        .contains("거절");
    List<OutboundMessage> posts = platform.posts();
    assertThat(platform.text(posts.get(0).message())).contains("Blorp", "not a real tool");
    assertThat(platform.text(platform.say(mod, "/glossary reject 9"))).contains("#9");
  }

  @Test
  void invalidSuggestionsAreExplainedAndNothingIsStored() {
    String text =
        ask("/glossary suggest X short category:gadget link:javascript:alert(1)", Locale.ENGLISH);
    assertThat(text).contains("definition must be", "category must be", "link must be");
    assertThat(platform.text(platform.say(mod, "/glossary queue", Locale.ENGLISH)))
        .contains("No suggestions");
  }

  @Test
  void exportWritesApprovedEntriesInTheFileFormat() throws Exception {
    ask("/glossary suggest Backstage \"오픈소스 개발자 포털을 만드는 프레임워크입니다.\" category:tool");
    platform.say(mod, "/glossary approve 1 A framework for developer portals.");
    Reply reply = platform.say(mod, "/glossary export");
    assertThat(reply.attachments()).hasSize(1);
    String yaml = new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
    assertThat(yaml)
        .startsWith("entries:")
        .contains("id: backstage", "A framework for developer portals.");
  }

  @Test
  void statsShowMostAskedAndWhatFoundNothing() {
    ask("/term k8s");
    ask("/term kubernetes");
    ask("/term GitOps");
    ask("/term flibbertigibbet");
    String text = platform.text(platform.say(mod, "/glossary stats", Locale.ENGLISH));
    assertThat(text).contains("Kubernetes", "2 times", "flibbertigibbet", "1 times");
    assertThat(text.indexOf("Kubernetes")).isLessThan(text.indexOf("GitOps"));
  }

  @Test
  void autocompleteIsRankedAndCapped() {
    var spec = platform.jabu().registry().find("term").orElseThrow();
    var source = spec.options().get(0).autocomplete().orElseThrow();
    assertThat(source.suggest("ku", Locale.ENGLISH, 25))
        .extracting(c -> c.value())
        .containsExactly("Kubernetes");
    assertThat(source.suggest("d", Locale.ENGLISH, 100)).hasSizeLessThanOrEqualTo(25);
  }
}
