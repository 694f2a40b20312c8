package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block.CodeBlock;
import dev.jabu.core.message.Block.ListBlock;
import dev.jabu.core.message.Block.Paragraph;
import dev.jabu.core.message.Block.Quote;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Document;
import org.junit.jupiter.api.Test;

/** VuePress containers, pipe tables and front matter, as recaps use them. */
class MarkdownContainersAndTablesTest {

  private static List<Block> convert(String markdown) {
    return MarkdownConverter.convert(markdown).blocks();
  }

  private static Paragraph paragraph(Span... spans) {
    return new Paragraph(List.of(spans));
  }

  @Test
  void aTipBecomesAQuoteHeadedByItsLabel() {
    assertThat(convert("::: tip\n배포는 **작게** 자주.\n:::\n\n다음 문단"))
        .containsExactly(
            new Quote(
                List.of(
                    paragraph(Span.bold("💡 TIP")),
                    paragraph(Span.text("배포는 "), Span.bold("작게"), Span.text(" 자주.")))),
            paragraph(Span.text("다음 문단")));
  }

  @Test
  void aContainerTitleReplacesTheDefaultLabel() {
    assertThat(convert("::: details 발표 자료 모음\n- 슬라이드\n:::"))
        .first()
        .isEqualTo(
            new Quote(
                List.of(
                    paragraph(Span.bold("▸ 발표 자료 모음")),
                    new ListBlock(false, 1, List.of(List.of(paragraph(Span.text("슬라이드"))))))));
    assertThat(convert(":::warning 주의\n조심\n:::"))
        .first()
        .isEqualTo(new Quote(List.of(paragraph(Span.bold("⚠️ 주의")), paragraph(Span.text("조심")))));
  }

  @Test
  void aFenceInsideAContainerKeepsItsColonLines() {
    String markdown = "::: details 설정\n```yaml\nkey: 1\n:::\nother: 2\n```\n:::\n\n밖";
    assertThat(convert(markdown))
        .containsExactly(
            new Quote(
                List.of(
                    paragraph(Span.bold("▸ 설정")), new CodeBlock("yaml", "key: 1\n:::\nother: 2"))),
            paragraph(Span.text("밖")));
  }

  @Test
  void colonsInAFenceOutsideAnyContainerAreCode() {
    assertThat(convert("```\n::: tip\nx\n:::\n```"))
        .containsExactly(new CodeBlock("", "::: tip\nx\n:::"));
  }

  @Test
  void anOuterContainerWithMoreColonsHoldsAnInnerOne() {
    List<Block> blocks = convert(":::: warning\n::: tip\n안쪽\n:::\n바깥\n::::\n끝");
    assertThat(blocks)
        .containsExactly(
            new Quote(
                List.of(
                    paragraph(Span.bold("⚠️ WARNING")),
                    new Quote(List.of(paragraph(Span.bold("💡 TIP")), paragraph(Span.text("안쪽")))),
                    paragraph(Span.text("바깥")))),
            paragraph(Span.text("끝")));
  }

  @Test
  void aContainerThatOnlyArrangesContentKeepsItsContentUnlabelled() {
    assertThat(convert("::: code-group\n```sh\nls\n```\n:::"))
        .containsExactly(new CodeBlock("sh", "ls"));
  }

  @Test
  void aTitleOnSuchAContainerIsStillShown() {
    assertThat(convert("::: code-group 설치 방법\n```sh\nls\n```\n:::"))
        .containsExactly(
            new Quote(List.of(paragraph(Span.bold("설치 방법")), new CodeBlock("sh", "ls"))));
  }

  @Test
  void anUnclosedContainerEndsWithTheDocument() {
    assertThat(convert("::: tip\n끝나지 않음"))
        .containsExactly(
            new Quote(List.of(paragraph(Span.bold("💡 TIP")), paragraph(Span.text("끝나지 않음")))));
  }

  @Test
  void aTableBecomesOneListItemPerRow() {
    String markdown =
        "| 도구 | 용도 | 라이선스 |\n|---|:---:|---|\n| Argo CD | 배포 | Apache-2.0 |\n"
            + "| [Flux](https://fluxcd.io) | `GitOps` | |\n\n다음";
    assertThat(convert(markdown))
        .containsExactly(
            new ListBlock(
                false,
                1,
                List.of(
                    List.of(
                        paragraph(Span.bold("Argo CD"), Span.text(" — 용도: 배포 · 라이선스: Apache-2.0"))),
                    List.of(
                        paragraph(
                            new Span.Link("Flux", "https://fluxcd.io"),
                            Span.text(" — 용도: "),
                            Span.code("GitOps"))))),
            paragraph(Span.text("다음")));
  }

  @Test
  void escapedPipesStayInTheirCell() {
    assertThat(convert("a | b\n--|--\n`x \\| y` | z"))
        .containsExactly(
            new ListBlock(
                false,
                1,
                List.of(
                    List.of(
                        paragraph(
                            new Span.Text("x | y", Set.of(Span.Style.BOLD, Span.Style.CODE)),
                            Span.text(" — b: z"))))));
  }

  @Test
  void aDashLineWithoutPipesIsStillASetextHeading() {
    assertThat(convert("a | b\n---"))
        .containsExactly(new Block.Heading(2, List.of(Span.text("a | b"))));
  }

  @Test
  void aHeaderOnlyTableIsOneLine() {
    assertThat(convert("| a | b |\n|---|---|")).containsExactly(paragraph(Span.text("a · b")));
  }

  @Test
  void frontMatterIsTakenOutOfTheDocument() {
    Document doc = MarkdownConverter.parseDocument("---\ntitle: 후기\ntags: [a, b]\n---\n\n# 본문");
    assertThat(doc.getFirstChild()).isInstanceOf(YamlFrontMatterBlock.class);
    assertThat(MarkdownConverter.convert(doc.getFirstChild())).isEmpty();
    assertThat(MarkdownConverter.convert(doc.getFirstChild().getNext()))
        .containsExactly(new Block.Heading(1, List.of(Span.text("본문"))));
  }

  @Test
  void plainConversionLeavesALeadingRuleAlone() {
    assertThat(convert("---\n\n본문")).first().isEqualTo(new Block.Divider());
  }

  @Test
  void deepNestingIsCappedInsteadOfOverflowingTheStack() {
    String deep = ">".repeat(5000) + " 깊다";
    List<Block> blocks = convert(deep);
    assertThat(MessageSplitter.plainLength(blocks.get(0))).isPositive();
  }
}
