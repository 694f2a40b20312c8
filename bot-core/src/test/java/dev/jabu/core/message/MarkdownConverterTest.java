package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block.CodeBlock;
import dev.jabu.core.message.Block.Divider;
import dev.jabu.core.message.Block.Heading;
import dev.jabu.core.message.Block.Image;
import dev.jabu.core.message.Block.ListBlock;
import dev.jabu.core.message.Block.Paragraph;
import dev.jabu.core.message.Block.Quote;
import dev.jabu.core.message.Span.Style;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownConverterTest {

  private static List<Block> convert(String markdown) {
    return MarkdownConverter.convert(markdown).blocks();
  }

  private static Paragraph paragraph(Span... spans) {
    return new Paragraph(List.of(spans));
  }

  @Test
  void headingsKeepTheirLevel() {
    assertThat(convert("# 모임 안내\n\n### Details"))
        .containsExactly(
            new Heading(1, List.of(Span.text("모임 안내"))),
            new Heading(3, List.of(Span.text("Details"))));
  }

  @Test
  void setextHeadingIsAHeadingToo() {
    assertThat(convert("Title\n-----"))
        .containsExactly(new Heading(2, List.of(Span.text("Title"))));
  }

  @Test
  void paragraphsAreSeparateBlocks() {
    assertThat(convert("첫 문단입니다.\n\n둘째 문단입니다."))
        .containsExactly(paragraph(Span.text("첫 문단입니다.")), paragraph(Span.text("둘째 문단입니다.")));
  }

  @Test
  void emphasisStrongAndCodeBecomeStyles() {
    assertThat(convert("a *i* **b** `c`"))
        .containsExactly(
            paragraph(
                Span.text("a "),
                Span.italic("i"),
                Span.text(" "),
                Span.bold("b"),
                Span.text(" "),
                Span.code("c")));
  }

  @Test
  void nestedEmphasisCombinesStyles() {
    assertThat(convert("**bold *both* `code`**"))
        .containsExactly(
            paragraph(
                Span.bold("bold "),
                new Span.Text("both", Set.of(Style.BOLD, Style.ITALIC)),
                Span.bold(" "),
                new Span.Text("code", Set.of(Style.BOLD, Style.CODE))));
  }

  @Test
  void adjacentTextOfEqualStyleIsMerged() {
    // commonmark delivers "a", "_" and "b" as separate text nodes here
    assertThat(convert("a_b &amp; c")).containsExactly(paragraph(Span.text("a_b & c")));
  }

  @Test
  void linksAndAutolinksBecomeLinkSpans() {
    assertThat(convert("see [the *docs*](https://jabu.dev/docs) or <https://jabu.dev>"))
        .containsExactly(
            paragraph(
                Span.text("see "),
                new Span.Link("the docs", "https://jabu.dev/docs"),
                Span.text(" or "),
                new Span.Link("https://jabu.dev", "https://jabu.dev")));
  }

  @Test
  void linkToAnUnsafeSchemeKeepsOnlyItsWords() {
    assertThat(convert("[click](javascript:alert(1)) [x](data:text/html,hi)"))
        .containsExactly(paragraph(Span.text("click x")));
  }

  @Test
  void imageAloneBecomesAnImageBlock() {
    assertThat(convert("![지도](https://img.example/map.png)"))
        .containsExactly(new Image("https://img.example/map.png", "지도"));
  }

  @Test
  void inlineImageFollowsItsParagraph() {
    assertThat(convert("장소는 ![지도](https://img.example/map.png) 여기입니다."))
        .containsExactly(
            paragraph(Span.text("장소는  여기입니다.")), new Image("https://img.example/map.png", "지도"));
  }

  @Test
  void imageWithUnsafeAddressIsDropped() {
    assertThat(convert("![x](javascript:alert(1))")).isEmpty();
  }

  @Test
  void bulletListWithNestedOrderedList() {
    List<Block> blocks = convert("- one\n- two\n  1. a\n  2. b\n");
    assertThat(blocks)
        .containsExactly(
            new ListBlock(
                false,
                1,
                List.of(
                    List.of(paragraph(Span.text("one"))),
                    List.of(
                        paragraph(Span.text("two")),
                        new ListBlock(
                            true,
                            1,
                            List.of(
                                List.of(paragraph(Span.text("a"))),
                                List.of(paragraph(Span.text("b")))))))));
  }

  @Test
  void orderedListKeepsItsStartNumber() {
    assertThat(convert("7. seven\n8. eight"))
        .containsExactly(
            new ListBlock(
                true,
                7,
                List.of(
                    List.of(paragraph(Span.text("seven"))),
                    List.of(paragraph(Span.text("eight"))))));
  }

  @Test
  void nestedBlockQuotes() {
    assertThat(convert("> outer\n>\n> > inner"))
        .containsExactly(
            new Quote(
                List.of(
                    paragraph(Span.text("outer")),
                    new Quote(List.of(paragraph(Span.text("inner")))))));
  }

  @Test
  void fencedCodeTakesItsLanguageFromTheInfoString() {
    assertThat(convert("```java title=\"Main.java\"\nint x = 1;\n\nreturn x;\n```"))
        .containsExactly(new CodeBlock("java", "int x = 1;\n\nreturn x;"));
  }

  @Test
  void indentedCodeHasNoLanguage() {
    assertThat(convert("text\n\n    a <b> c\n    d\n"))
        .containsExactly(paragraph(Span.text("text")), new CodeBlock("", "a <b> c\nd"));
  }

  @Test
  void thematicBreakBecomesADivider() {
    assertThat(convert("a\n\n---\n\nb"))
        .containsExactly(paragraph(Span.text("a")), new Divider(), paragraph(Span.text("b")));
  }

  @Test
  void softBreakIsASpaceAndHardBreakANewline() {
    assertThat(convert("one\ntwo  \nthree\\\nfour"))
        .containsExactly(paragraph(Span.text("one two\nthree\nfour")));
  }

  @Test
  void hardBreakInsideBoldStaysBold() {
    assertThat(convert("**a  \nb**")).containsExactly(paragraph(Span.bold("a\nb")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"@everyone", "@here", "<@123>", "<@&456>", "<#C1>", "<!channel>"})
  void mentionLookalikesStayLiteralText(String hostile) {
    List<Block> blocks = convert("hey " + hostile + " look");
    assertThat(blocks).containsExactly(paragraph(Span.text("hey " + hostile + " look")));
  }

  @Test
  void mentionLookalikeStartingABlockStaysText() {
    // "<!channel>" at a line start is an HTML block to CommonMark; it is still only words
    assertThat(convert("<!channel> meetup tonight"))
        .containsExactly(paragraph(Span.text("<!channel> meetup tonight")));
  }

  @Test
  void mentionLookalikesInLinksAndCodeNeverBecomeMentions() {
    RichMessage m = MarkdownConverter.convert("[@everyone](https://x.dev) `<@123>` **<#C1>**");
    assertThat(allSpans(m.blocks()))
        .noneMatch(s -> s instanceof Span.UserMention || s instanceof Span.ChannelMention);
  }

  @Test
  void rawHtmlBlockIsReducedToItsText() {
    assertThat(convert("<div class=\"x\">\n<b>hello</b> world\n</div>\n\nafter"))
        .containsExactly(paragraph(Span.text("hello world")), paragraph(Span.text("after")));
  }

  @Test
  void scriptBlockIsDroppedWithItsContent() {
    assertThat(convert("<script>alert('hi')</script>\n\nsafe"))
        .containsExactly(paragraph(Span.text("safe")));
  }

  @Test
  void inlineHtmlTagsAreDroppedAndScriptContentWithThem() {
    assertThat(convert("a <b>bold</b> <script>steal()</script>c<br>d <!-- note -->e"))
        .containsExactly(paragraph(Span.text("a bold c\nd e")));
  }

  @Test
  void noTextEverCarriesAHtmlTag() {
    RichMessage m =
        MarkdownConverter.convert(
            "<img src=x onerror=alert(1)>\n\ntext <iframe src=\"https://evil\"></iframe>");
    assertThat(allSpans(m.blocks())).allSatisfy(s -> assertThat(s.plain()).doesNotContain("<"));
  }

  private static List<Span> allSpans(List<Block> blocks) {
    return blocks.stream()
        .flatMap(
            b -> {
              if (b instanceof Paragraph p) {
                return p.spans().stream();
              } else if (b instanceof Heading h) {
                return h.spans().stream();
              } else if (b instanceof Quote q) {
                return allSpans(q.blocks()).stream();
              }
              return java.util.stream.Stream.<Span>empty();
            })
        .toList();
  }
}
