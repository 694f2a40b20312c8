package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapParserTest {

  private static String problem(String markdown) {
    try {
      RecapParser.parse(markdown);
    } catch (RecapProblem p) {
      return p.key();
    }
    throw new AssertionError("expected a problem");
  }

  /** A recap read from a file or a page skips the engine: it is cleaned as it is parsed. */
  @Test
  void controlCharactersInAFetchedRecapAreDropped() throws RecapProblem {
    RecapDocument recap = RecapParser.parse("# 제목\u0000\u001b[31m\n\n본문\u0007.\u202e");
    assertThat(recap.title()).isEqualTo("제목[31m");
    assertThat(recap.sections().get(0).blocks())
        .containsExactly(new Block.Paragraph(List.of(Span.text("본문."))));
  }

  @Test
  void theTitleComesFromTheFrontMatterOrTheOpeningHeading() throws RecapProblem {
    assertThat(RecapParser.parse("---\ntitle: 앞머리 제목\n---\n\n본문.").title()).isEqualTo("앞머리 제목");
    RecapDocument fromHeading = RecapParser.parse("# 첫 줄 **제목**\n\n본문.");
    assertThat(fromHeading.title()).isEqualTo("첫 줄 제목");
    assertThat(fromHeading.sections()).hasSize(1);
    assertThat(fromHeading.sections().get(0).blocks())
        .containsExactly(new Block.Paragraph(List.of(Span.text("본문."))));
  }

  @Test
  void anOpeningHeadingThatRepeatsTheTitleIsNotRepeatedInTheBody() throws RecapProblem {
    RecapDocument doc = RecapParser.parse("---\ntitle: 후기\n---\n# 후기\n\n## 하나\n\n글.");
    assertThat(doc.sections()).extracting(RecapSection::title).containsExactly("하나");

    // the document's only first-level heading is its title heading, even in other words: they are
    // kept in the parent post, and the body is the part
    RecapDocument other = RecapParser.parse("---\ntitle: 후기\n---\n# 다른 제목\n\n글.");
    assertThat(other.title()).isEqualTo("후기");
    assertThat(other.preamble()).containsExactly(new Block.Heading(1, List.of(Span.text("다른 제목"))));
    assertThat(other.sections()).extracting(RecapSection::title).containsExactly("");
  }

  @Test
  void sectionsStartAtTheTopMostHeadingLevelAndKeepDeeperOnes() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "# 제목\n\n들어가는 말. 둘째 문장.\n\n## 하나\n\n### 안쪽\n\n첫 문장이다. 둘째 문장.\n\n## 둘\n\n- 목록으로 시작\n");

    assertThat(doc.preamble())
        .containsExactly(new Block.Paragraph(List.of(Span.text("들어가는 말. 둘째 문장."))));
    assertThat(doc.sections())
        .extracting(RecapSection::title, RecapSection::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("하나", Optional.of("첫 문장이다.")),
            org.assertj.core.groups.Tuple.tuple("둘", Optional.empty()));
    assertThat(doc.sections().get(0).blocks().get(0))
        .isEqualTo(new Block.Heading(3, List.of(Span.text("안쪽"))));
  }

  @Test
  void koreanSentencesWithoutPunctuationStillGiveALead() throws RecapProblem {
    RecapDocument doc = RecapParser.parse("# 제목\n\n## 하나\n\n오늘은 배포 이야기를 했다 다음엔 관측 이야기");
    assertThat(doc.sections().get(0).lead()).contains("오늘은 배포 이야기를 했다");
  }

  @Test
  void longLeadsAreShortenedAtAWordGap() throws RecapProblem {
    String sentence = "아주 ".repeat(100) + "긴 문장.";
    RecapDocument doc = RecapParser.parse("# 제목\n\n## 하나\n\n" + sentence);
    String lead = doc.sections().get(0).lead().orElseThrow();
    assertThat(lead).hasSizeLessThanOrEqualTo(RecapParser.LEAD_MAX_CHARS).endsWith("아주…");
  }

  @Test
  void quotesAreTheBlockQuotesNotTheCallouts() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "# 제목\n\n> 첫 인용\n> 둘째 줄\n\n::: tip\n팁은 인용이 아니다\n:::\n\n## 하나\n\n> 하나의 인용\n\n- > 목록 속 인용은 빼요\n");
    assertThat(doc.quotes()).containsExactly("첫 인용 둘째 줄", "하나의 인용");
  }

  @Test
  void aFencedBlockWithColonsIsLeftAsCode() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "# 제목\n\n## 설정\n\n```md\n::: tip\n안쪽\n:::\n```\n\n::: details 열기\n내용\n:::");
    assertThat(doc.sections().get(0).blocks().get(0))
        .isEqualTo(new Block.CodeBlock("md", "::: tip\n안쪽\n:::"));
    assertThat(doc.sections().get(0).blocks().get(1)).isInstanceOf(Block.Quote.class);
  }

  @Test
  void rawHtmlIsReducedToItsWordsAndScriptsDropped() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "# 제목\n\n<div class=\"note\">\n<b>굵게</b> 글\n</div>\n\n<script>alert(1)</script>\n\n끝.");
    assertThat(doc.sections().get(0).blocks())
        .containsExactly(
            new Block.Paragraph(List.of(Span.text("굵게 글"))),
            new Block.Paragraph(List.of(Span.text("끝."))));
  }

  @Test
  void mentionsInTheTextStayText() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "---\ntitle: \"@everyone 후기\"\n---\n\n## <@123> 님 발표\n\n@here <!channel> <@&77> 모두 읽어 주세요.");
    assertThat(doc.title()).isEqualTo("@everyone 후기");
    assertThat(doc.sections().get(0).title()).isEqualTo("<@123> 님 발표");
    assertThat(doc.sections().get(0).blocks())
        .containsExactly(
            new Block.Paragraph(List.of(Span.text("@here <!channel> <@&77> 모두 읽어 주세요."))));
  }

  @Test
  void badDocumentsAreExplained() {
    assertThat(problem("그냥 글만 있어요.")).isEqualTo("recap.no-title");
    assertThat(problem("# 제목만\n")).isEqualTo("recap.empty");
    assertThat(problem("---\ntitle: 앞머리만\n---\n")).isEqualTo("recap.empty");
    assertThat(problem("---\ntitle: 안 닫힘\n\n본문")).isEqualTo("recap.front-matter.unclosed");
  }

  /** The shape of the recap this community published: no title key, an image before the H1. */
  private static final String COMMUNITY_POST =
      "---\ndescription: 11월 밋업 정리\ntag: [devops]\nauthor: 운영진\n---\n\n"
          + "![단체 사진](https://img.example/group.jpg)\n\n"
          + "# DevOps Korea 11월 밋업 후기\n\n"
          + "- 일시: 11월 28일\n- 장소: 판교\n- 아젠다: 발표 둘\n\n"
          + "## 발표 1\n\n첫 발표 이야기.\n\n::: tip\n팁.\n:::\n\n"
          + "## 발표 2\n\n둘째 발표 이야기.\n\n::: details 자료\n링크.\n:::\n";

  @Test
  void issue12_theCommunitysPostIsNotRefusedAndFollowsItsShape() throws RecapProblem {
    for (String markdown :
        List.of(
            COMMUNITY_POST,
            // with its title added, the same or in other words
            COMMUNITY_POST.replace(
                "---\ndescription", "---\ntitle: DevOps Korea 11월 밋업 후기\ndescription"),
            COMMUNITY_POST.replace("---\ndescription", "---\ntitle: 11월 후기\ndescription"))) {
      RecapDocument doc = RecapParser.parse(markdown);
      assertThat(doc.cover())
          .containsExactly(new Block.Image("https://img.example/group.jpg", "단체 사진"));
      assertThat(doc.preamble()).last().isInstanceOf(Block.ListBlock.class); // the facts
      assertThat(doc.sections()).extracting(RecapSection::title).containsExactly("발표 1", "발표 2");

      RecapMessages messages =
          new RecapRenderer(java.util.Locale.KOREAN).render(doc, Optional.empty());
      assertThat(messages.sections()).hasSize(2);
      assertThat(messages.parent().blocks())
          .contains(new Block.Image("https://img.example/group.jpg", "단체 사진"));
      assertThat(
              messages.parent().blocks().stream()
                  .filter(b -> b instanceof Block.ListBlock l && l.ordered())
                  .map(b -> ((Block.ListBlock) b).items().size()))
          .containsExactly(2); // the outline lists the two parts
    }
    assertThat(RecapParser.parse(COMMUNITY_POST).title()).isEqualTo("DevOps Korea 11월 밋업 후기");
  }

  @Test
  void issue12_theTitleFallsBackToTheDescriptionTheFileNameOrAnyHeading() throws RecapProblem {
    assertThat(
            RecapParser.parse(
                    "<!-- 주석 -->\n\n[![b](https://x.example/b.svg)](https://x.example)\n\n# 늦은 제목\n\n글.")
                .title())
        .isEqualTo("늦은 제목");
    assertThat(RecapParser.parse("---\ndescription: 설명이 제목\n---\n\n글.").title())
        .isEqualTo("설명이 제목");
    assertThat(RecapParser.parse("글만.", Optional.of("2026-11-recap")).title())
        .isEqualTo("2026-11-recap");
    // never refused when it has a heading
    RecapDocument h2 = RecapParser.parse("## 하나\n\n글.\n\n## 둘\n\n글.");
    assertThat(h2.title()).isEqualTo("하나");
    assertThat(h2.sections()).extracting(RecapSection::title).containsExactly("하나", "둘");
  }

  @Test
  void issue12_withSeveralFirstLevelHeadingsTheFirstIsTheTitleAndTheRestAreParts()
      throws RecapProblem {
    RecapDocument doc = RecapParser.parse("# 제목\n\n소개.\n\n# 하나\n\n글.\n\n## 안쪽\n\n# 둘\n\n글.");
    assertThat(doc.title()).isEqualTo("제목");
    assertThat(doc.sections()).extracting(RecapSection::title).containsExactly("하나", "둘");
  }

  @Test
  void issue12_noColonFenceAndNoMoreMarkerReachesAPlatform() throws RecapProblem {
    RecapDocument doc =
        RecapParser.parse(
            "# 제목\n\n요약입니다.<!-- more -->\n\n<!-- more -->\n\n## 하나\n\n"
                + "문단 바로 뒤\n::: warning 조심\n내용\n:::\n\n"
                + "::: 팁\n한글 종류\n:::\n\n"
                + "남은 닫힘\n\n:::\n\n::::: \n끝.");
    String text =
        new dev.jabu.core.message.PlainTextRenderer(
                java.time.ZoneOffset.UTC, java.util.Locale.KOREAN)
            .render(
                new dev.jabu.core.message.RichMessage(doc.sections().get(0).blocks(), List.of()));
    assertThat(text).doesNotContain(":::", "<!--", "more -->").contains("⚠️ 조심", "한글 종류", "끝.");
    assertThat(doc.preamble()).containsExactly(new Block.Paragraph(List.of(Span.text("요약입니다."))));
  }
}
