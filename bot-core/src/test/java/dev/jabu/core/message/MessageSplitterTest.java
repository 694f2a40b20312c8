package dev.jabu.core.message;

import static dev.jabu.core.message.SplitChecks.assertWithinLimits;
import static dev.jabu.core.message.SplitChecks.content;
import static dev.jabu.core.message.SplitChecks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.message.Block.CodeBlock;
import dev.jabu.core.message.Block.ListBlock;
import dev.jabu.core.message.Block.Paragraph;
import dev.jabu.core.message.Block.Quote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
  static final String KOREAN =
      "이번 달 정기 모임은 12월 5일 토요일 저녁 일곱 시에 열립니다. 장소는 강남역 11번 출구 근처의 작은 카페입니다. "
          + "처음 오시는 분도 편하게 오세요! 발표 주제는 자바 17의 새로운 기능과 레코드 패턴입니다. "
          + "발표가 끝나면 자유롭게 이야기를 나눌 시간이 있어요. 간단한 다과가 준비되어 있으니 저녁을 드시고 오셔도 됩니다. "
          + "참석 여부는 금요일까지 알려 주실 수 있을까요? 자리가 한정되어 있어서 미리 확인하려고 합니다. "
          + "“발표 자료는 모임이 끝난 뒤 공유할게요.” 궁금한 점은 언제든 물어보세요.";

  static final String ENGLISH =
      "This month's meetup is on Saturday, December 5th, at seven in the evening. "
          + "We meet in a small cafe near exit 11 of Gangnam station. Newcomers are very welcome! "
          + "The talk covers records and pattern matching in Java 17. Afterwards there is time to "
          + "talk freely. Could you tell us by Friday whether you are coming? Seats are limited.";

  private static LimitProfile profile(int message, int block, int blocks) {
    return new LimitProfile("test", message, block, blocks, MessageSplitter::plainLength);
  }

  private static List<RichMessage> split(RichMessage m, LimitProfile p) {
    List<RichMessage> pieces = MessageSplitter.split(m, p);
    assertWithinLimits(pieces, p);
    assertThat(content(pieces)).isEqualTo(content(m));
    return pieces;
  }

  @Test
  void messageThatFitsComesBackWhole() {
    RichMessage m = RichMessage.builder().heading("제목").paragraph(KOREAN).build();
    assertThat(MessageSplitter.split(m, LimitProfiles.DISCORD_CONTENT)).containsExactly(m);
  }

  @Test
  void koreanTextIsCutAtSentenceEnds() {
    List<RichMessage> pieces = split(RichMessage.text(KOREAN), profile(80, 80, 10));

    assertThat(pieces).hasSizeGreaterThan(2);
    for (RichMessage piece : pieces) {
      assertThat(text(piece)).matches("(?s).*[.!?”]$");
    }
    String rejoined = pieces.stream().map(SplitChecks::text).collect(Collectors.joining(" "));
    assertThat(rejoined).isEqualTo(KOREAN);
  }

  @Test
  void unpunctuatedKoreanIsCutAfterSentenceFinalSyllables() {
    String chat =
        "오늘 모임 장소가 바뀌었어요 새 장소는 역삼역 근처 회의실입니다 시간은 그대로 일곱 시예요 "
            + "늦으시면 단톡방에 연락 주세요 주차는 건물 뒤편에 가능합니다 다들 곧 뵙겠습니다";
    List<RichMessage> pieces = split(RichMessage.text(chat), profile(45, 45, 10));

    assertThat(pieces).hasSizeGreaterThan(2);
    for (RichMessage piece : pieces) {
      assertThat(text(piece)).matches("(?s).*[다요죠까음함]$");
    }
  }

  @Test
  void englishTextIsCutAtSentenceEnds() {
    List<RichMessage> pieces = split(RichMessage.text(ENGLISH), profile(130, 130, 10));

    assertThat(pieces).hasSizeGreaterThan(2);
    for (RichMessage piece : pieces) {
      assertThat(text(piece)).matches("(?s).*[.!?]$");
    }
  }

  @Test
  void lineBreaksAreSentenceBoundariesToo() {
    String lines = "첫째 줄 설명\n둘째 줄 설명\n셋째 줄 설명\n넷째 줄 설명";
    List<RichMessage> pieces = split(RichMessage.text(lines), profile(14, 14, 10));

    assertThat(pieces)
        .extracting(SplitChecks::text)
        .containsExactly("첫째 줄 설명", "둘째 줄 설명", "셋째 줄 설명", "넷째 줄 설명");
  }

  @Test
  void sentenceWithoutPunctuationIsCutBetweenWords() {
    String words =
        "a very long english sentence that goes on and on without any punctuation at all so the"
            + " splitter has to fall back to the spaces between the words to cut it";
    List<String> original = Arrays.asList(words.split(" "));
    List<RichMessage> pieces = split(RichMessage.text(words), profile(40, 40, 10));

    List<String> cut = new ArrayList<>();
    pieces.forEach(p -> cut.addAll(Arrays.asList(text(p).split(" "))));
    assertThat(cut).isEqualTo(original);
  }

  @Test
  void emojiWithoutSpacesIsNeverCutInsideACharacter() {
    String emoji = "😀🎉👍🏽👨‍👩‍👧🇰🇷❤️".repeat(40);
    List<RichMessage> pieces = split(RichMessage.text(emoji), profile(50, 50, 100));

    assertThat(pieces).hasSizeGreaterThan(5);
    for (RichMessage piece : pieces) {
      String t = text(piece);
      assertThat(Character.isLowSurrogate(t.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(t.charAt(t.length() - 1))).isFalse();
      int first = t.codePointAt(0);
      assertThat(first).isNotIn(0x200D, 0xFE0F, 0x1F3FD);
      assertThat(t.codePointBefore(t.length())).isNotEqualTo(0x200D);
    }
    assertThat(pieces.stream().map(SplitChecks::text).collect(Collectors.joining()))
        .isEqualTo(emoji);
  }

  @Test
  void hangulWrittenAsJamoIsNeverCutInsideASyllable() {
    String decomposed = Normalizer.normalize("가나다라마바사아자차카타파하".repeat(10), Normalizer.Form.NFD);
    List<RichMessage> pieces = split(RichMessage.text(decomposed), profile(40, 40, 100));

    assertThat(pieces).hasSizeGreaterThan(3);
    for (RichMessage piece : pieces) {
      String composed = Normalizer.normalize(text(piece), Normalizer.Form.NFC);
      assertThat(composed.chars()).allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }
  }

  @Test
  void stylesAndLinksSurviveTheCut() {
    Span.Link link = new Span.Link("안내 문서", "https://jabu.dev/meetup");
    RichMessage m =
        RichMessage.of(
            new Paragraph(
                List.of(Span.text("공지: "), Span.bold(KOREAN), link, Span.italic(ENGLISH))));
    List<RichMessage> pieces = split(m, profile(150, 150, 10));

    List<Span> spans =
        pieces.stream()
            .flatMap(p -> p.blocks().stream())
            .flatMap(b -> ((Paragraph) b).spans().stream())
            .toList();
    String bold = textWithStyle(spans, Span.Style.BOLD);
    String italic = textWithStyle(spans, Span.Style.ITALIC);
    assertThat(bold.replaceAll("\\s", "")).isEqualTo(KOREAN.replaceAll("\\s", ""));
    assertThat(italic.replaceAll("\\s", "")).isEqualTo(ENGLISH.replaceAll("\\s", ""));
    assertThat(spans).filteredOn(s -> s instanceof Span.Link).containsExactly(link);
  }

  private static String textWithStyle(List<Span> spans, Span.Style style) {
    return spans.stream()
        .filter(s -> s instanceof Span.Text t && t.styles().contains(style))
        .map(Span::plain)
        .collect(Collectors.joining());
  }

  @Test
  void longCodeIsCutAtLineEndsAndKeepsItsLanguage() {
    List<String> lines =
        IntStream.range(0, 60)
            .mapToObj(i -> "    System.out.println(\"line " + i + "\"); // 줄 " + i)
            .toList();
    RichMessage m = RichMessage.of(new CodeBlock("java", String.join("\n", lines)));
    List<RichMessage> pieces = split(m, profile(300, 300, 1));

    assertThat(pieces).hasSizeGreaterThan(5);
    List<String> rejoined = new ArrayList<>();
    for (RichMessage piece : pieces) {
      CodeBlock code = (CodeBlock) piece.blocks().get(0);
      assertThat(code.language()).isEqualTo("java");
      rejoined.addAll(code.code().lines().toList());
    }
    assertThat(rejoined).isEqualTo(lines);
  }

  @Test
  void overLongCodeLineIsHardCutAndKeepsItsLanguage() {
    String line = "SELECT " + "column_name, ".repeat(100) + "1";
    RichMessage m = RichMessage.of(new CodeBlock("sql", "short\n" + line + "\nend"));
    List<RichMessage> pieces = split(m, profile(200, 200, 100));

    List<CodeBlock> blocks =
        pieces.stream().flatMap(p -> p.blocks().stream()).map(b -> (CodeBlock) b).toList();
    assertThat(blocks).allSatisfy(b -> assertThat(b.language()).isEqualTo("sql"));
    assertThat(blocks.get(0).code()).isEqualTo("short");
    assertThat(blocks.get(blocks.size() - 1).code()).isEqualTo("end");
    assertThat(blocks.subList(1, blocks.size() - 1).stream().map(CodeBlock::code))
        .allMatch(code -> !code.contains("\n"));
    assertThat(
            blocks.subList(1, blocks.size() - 1).stream()
                .map(CodeBlock::code)
                .collect(Collectors.joining()))
        .isEqualTo(line);
  }

  @Test
  void orderedListIsCutBetweenItemsAndKeepsNumbering() {
    List<List<Block>> items =
        IntStream.range(5, 45)
            .mapToObj(
                n -> List.<Block>of(new Paragraph(List.of(Span.text("항목" + n + " 설명 문장입니다.")))))
            .toList();
    RichMessage m = RichMessage.of(new ListBlock(true, 5, items));
    List<RichMessage> pieces = split(m, profile(150, 150, 1));

    assertThat(pieces).hasSizeGreaterThan(3);
    int expected = 5;
    for (RichMessage piece : pieces) {
      ListBlock list = (ListBlock) piece.blocks().get(0);
      assertThat(list.ordered()).isTrue();
      assertThat(list.start()).isEqualTo(expected);
      for (List<Block> item : list.items()) {
        assertThat(content(item.get(0))).startsWith("항목" + expected + " ");
        expected++;
      }
    }
    assertThat(expected).isEqualTo(45);
  }

  @Test
  void overLongListItemIsCutLikeItsParagraphs() {
    RichMessage m =
        RichMessage.of(
            new ListBlock(
                false,
                1,
                List.of(
                    List.of(new Paragraph(List.of(Span.text("짧은 항목")))),
                    List.of(
                        new Paragraph(List.of(Span.text(KOREAN))),
                        new ListBlock(
                            false,
                            1,
                            List.of(List.of(new Paragraph(List.of(Span.text("하위 항목"))))))))));
    List<RichMessage> pieces = split(m, profile(100, 100, 100));

    assertThat(pieces.stream().flatMap(p -> p.blocks().stream()))
        .hasSizeGreaterThan(3)
        .allMatch(b -> b instanceof ListBlock);
  }

  @Test
  void quoteOfParagraphsIsCutIntoQuotes() {
    RichMessage m =
        RichMessage.of(
            new Quote(
                List.of(
                    new Paragraph(List.of(Span.text(KOREAN))),
                    new Paragraph(List.of(Span.text(ENGLISH))))));
    List<RichMessage> pieces = split(m, profile(200, 200, 100));

    assertThat(pieces.stream().flatMap(p -> p.blocks().stream()))
        .hasSizeGreaterThan(3)
        .allMatch(b -> b instanceof Quote);
  }

  @Test
  void fieldsAreCutBetweenFields() {
    List<Block.Field> fields =
        IntStream.range(0, 12)
            .mapToObj(i -> new Block.Field("이름" + i, List.of(Span.text("값 " + i)), true))
            .toList();
    List<RichMessage> pieces =
        split(RichMessage.of(new Block.Fields(fields)), profile(40, 40, 100));

    List<Block.Field> rejoined =
        pieces.stream()
            .flatMap(p -> p.blocks().stream())
            .flatMap(b -> ((Block.Fields) b).fields().stream())
            .toList();
    assertThat(pieces).hasSizeGreaterThan(2);
    assertThat(rejoined).isEqualTo(fields);
  }

  @Test
  void buttonsGoOnTheLastPieceOnly() {
    List<Button> buttons =
        List.of(
            new Button("참석", "/meetup rsvp 12", Button.Style.PRIMARY),
            new Button("취소", "/meetup cancel 12", Button.Style.DANGER));
    RichMessage m = RichMessage.text(KOREAN).withButtons(buttons);
    List<RichMessage> pieces = split(m, profile(100, 100, 10));

    assertThat(pieces).hasSizeGreaterThan(2);
    assertThat(pieces.get(pieces.size() - 1).buttons()).isEqualTo(buttons);
    assertThat(pieces.subList(0, pieces.size() - 1)).allMatch(p -> p.buttons().isEmpty());
  }

  @Test
  void wholeBlocksArePackedGreedilyCountingTheBlankLineBetween() {
    Paragraph fifty = new Paragraph(List.of(Span.text("x".repeat(50))));
    RichMessage m = RichMessage.of(fifty, fifty);

    assertThat(MessageSplitter.split(m, profile(101, 100, 10))).hasSize(2);
    assertThat(MessageSplitter.split(m, profile(102, 100, 10))).containsExactly(m);
  }

  @Test
  void blockCountLimitStartsANewPiece() {
    RichMessage.Builder b = RichMessage.builder();
    IntStream.range(0, 10).forEach(i -> b.paragraph("문단 " + i));
    List<RichMessage> pieces = split(b.build(), profile(10_000, 10_000, 3));

    assertThat(pieces).extracting(p -> p.blocks().size()).containsExactly(3, 3, 3, 1);
  }

  @Test
  void emptyBlocksAreDroppedAndAnEmptyMessageGivesNoPieces() {
    assertThat(MessageSplitter.split(RichMessage.of(), LimitProfiles.SLACK)).isEmpty();
    RichMessage blank =
        RichMessage.of(new Paragraph(List.of(Span.text("  "))), new Paragraph(List.of()));
    assertThat(MessageSplitter.split(blank, LimitProfiles.SLACK)).isEmpty();
  }

  @Test
  void buttonsAloneMakeOnePiece() {
    RichMessage m = RichMessage.of().withButtons(List.of(new Button("도움말", "/help", null)));
    assertThat(MessageSplitter.split(m, LimitProfiles.SLACK)).containsExactly(m);
  }

  @Test
  void linkTooLongToFitAloneIsShownAsItsText() {
    String url = "https://jabu.dev/" + "a".repeat(120);
    RichMessage m =
        RichMessage.of(new Paragraph(List.of(Span.text("주소: "), new Span.Link("문서", url))));
    List<RichMessage> pieces = MessageSplitter.split(m, profile(60, 60, 100));

    assertWithinLimits(pieces, profile(60, 60, 100));
    String all = pieces.stream().map(SplitChecks::text).collect(Collectors.joining());
    assertThat(all.replaceAll("\\s", "")).isEqualTo("주소:문서(" + url + ")");
    assertThat(pieces).hasSizeGreaterThan(2);
  }

  @Test
  void measureOfTheProfileIsWhatCounts() {
    // a renderer that escapes '&' as "&amp;" needs room for it; the splitter must ask its measure
    LimitProfile escaping =
        profile(100, 100, 10)
            .withMeasure(
                b -> MessageSplitter.plainLength(b) + 4 * count(SplitChecks.content(b), '&'));
    String text = "R&D & Q&A 모임입니다. ".repeat(20).strip();
    List<RichMessage> pieces = split(RichMessage.text(text), escaping);

    assertThat(pieces).allSatisfy(p -> assertThat(text(p).length()).isLessThan(80));
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  @Test
  void profileTooSmallForADividerIsAnError() {
    assertThatThrownBy(
            () -> MessageSplitter.split(RichMessage.of(new Block.Divider()), profile(5, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainLengthIsTheLengthOfThePlainRendering() {
    assertThat(MessageSplitter.plainLength(new Paragraph(List.of(Span.text("abc"))))).isEqualTo(3);
    assertThat(MessageSplitter.plainLength(new CodeBlock("java", "x")))
        .isEqualTo("```java\nx\n```".length());
  }

  @Test
  void readyProfilesCarryThePlatformLimits() {
    assertThat(LimitProfiles.DISCORD_CONTENT.maxMessageChars()).isEqualTo(2000);
    assertThat(LimitProfiles.DISCORD_EMBED.maxBlockChars()).isEqualTo(4096);
    assertThat(LimitProfiles.DISCORD_EMBED.maxMessageChars()).isEqualTo(6000);
    assertThat(LimitProfiles.SLACK.maxBlockChars()).isEqualTo(3000);
    assertThat(LimitProfiles.SLACK.maxBlocks()).isEqualTo(50);
  }
}
