package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block.Paragraph;
import dev.jabu.core.message.Span.TimestampStyle;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.testkit.Golden;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class PlainTextRendererTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
  private static final Instant MEETUP = Instant.parse("2026-12-05T10:00:00Z"); // 19:00 KST
  private static final Clock CLOCK = Clock.fixed(NOW, SEOUL);

  private static final PlainTextRenderer KO = new PlainTextRenderer(SEOUL, Locale.KOREAN, CLOCK);
  private static final PlainTextRenderer EN = new PlainTextRenderer(SEOUL, Locale.ENGLISH, CLOCK);

  private static final UserRef MINJI = new UserRef(Platform.DISCORD, "42", "민지");
  private static final ChannelRef NOTICE = new ChannelRef(Platform.SLACK, "C1", "공지");

  private static Block paragraph(Span... spans) {
    return new Paragraph(List.of(spans));
  }

  private static String ts(PlainTextRenderer r, TimestampStyle style) {
    return r.render(paragraph(new Span.Timestamp(MEETUP, style)));
  }

  @Test
  void koreanMessageWithEveryBlockAndSpan(TestInfo test) {
    Golden.assertMatches(test, KO.render(everything()));
  }

  @Test
  void englishMessageWithEveryBlockAndSpan(TestInfo test) {
    Golden.assertMatches(test, EN.render(everything()));
  }

  @Test
  void markdownRecapRendersReadably(TestInfo test) {
    String markdown =
        "# 12월 모임 후기\n\n"
            + "**열두 분**이 오셨어요. 발표 자료는 [여기](https://jabu.dev/slides)에 있습니다.\n\n"
            + "1. 레코드 패턴\n2. 가상 스레드\n   - 구조적 동시성\n   - 스코프 값\n\n"
            + "> 다음에는 *더 큰* 장소가 필요해요!\n\n"
            + "```sql\nSELECT count(*) FROM rsvp;\n```\n\n---\n\n@everyone <@123> 는 글자 그대로 보입니다.";
    Golden.assertMatches(test, KO.render(MarkdownConverter.convert(markdown)));
  }

  private static RichMessage everything() {
    return RichMessage.builder()
        .block(new Block.Heading(1, List.of(Span.text("12월 정기 모임 안내"))))
        .block(
            paragraph(
                Span.text("안녕하세요, "),
                new Span.UserMention(MINJI),
                Span.text("님! 이번 모임은 "),
                new Span.Timestamp(MEETUP, TimestampStyle.DATE_TIME),
                Span.text("에 열립니다. "),
                Span.bold("꼭"),
                Span.text(" "),
                Span.italic("미리"),
                Span.text(" 알려 주세요. 코드는 "),
                Span.code("/meetup rsvp 12"),
                Span.text(", 지난 글은 "),
                new Span.Text("삭제됨", Set.of(Span.Style.STRIKE)),
                Span.text(". 자세한 내용은 "),
                new Span.Link("안내 문서", "https://jabu.dev/meetup/12"),
                Span.text(" 또는 "),
                new Span.Link("https://jabu.dev", "https://jabu.dev"),
                Span.text(", 질문은 "),
                new Span.ChannelMention(NOTICE),
                Span.text("에 남겨 주세요.\n줄바꿈 뒤의 둘째 줄입니다.")))
        .block(new Block.Heading(2, List.of(Span.text("일정"))))
        .block(schedule())
        .block(new Block.Heading(3, List.of(Span.text("참고"))))
        .block(
            new Block.Quote(
                List.of(
                    paragraph(Span.text("지난 모임은 정말 즐거웠어요.")),
                    new Block.Quote(List.of(paragraph(Span.text("인용 속의 인용입니다.")))))))
        .block(
            new Block.CodeBlock(
                "java",
                "record Meetup(int id, String title) {}\n\nvar m = new Meetup(12, \"모임\");"))
        .block(
            new Block.Fields(
                List.of(
                    new Block.Field("장소", List.of(Span.text("강남역 11번 출구 카페")), true),
                    new Block.Field(
                        "날짜", List.of(new Span.Timestamp(MEETUP, TimestampStyle.DATE)), true),
                    new Block.Field(
                        "시작", List.of(new Span.Timestamp(MEETUP, TimestampStyle.TIME)), true),
                    new Block.Field(
                        "남은 시간",
                        List.of(new Span.Timestamp(MEETUP, TimestampStyle.RELATIVE)),
                        false))))
        .block(new Block.Image("https://img.jabu.dev/map.png", "모임 장소 지도"))
        .block(new Block.Image("https://img.jabu.dev/logo.png", ""))
        .block(new Block.Divider())
        .block(new Block.Context(List.of(Span.text("요청 번호 c0ffee · @everyone 은 글자일 뿐입니다"))))
        .button(new Button("참석", "/meetup rsvp 12", Button.Style.PRIMARY))
        .button(new Button("취소", "/meetup cancel 12", Button.Style.DANGER))
        .build();
  }

  private static Block item(String text) {
    return paragraph(Span.text(text));
  }

  /** An ordered list with bullets nested two levels deep and a two-line item. */
  private static Block schedule() {
    Block third = new Block.ListBlock(false, 1, List.of(List.of(item("세 번째 단계"))));
    Block second =
        new Block.ListBlock(
            false, 1, List.of(List.of(item("한 사람당 질문 하나")), List.of(item("시간이 남으면 더"), third)));
    return new Block.ListBlock(
        true,
        1,
        List.of(
            List.of(item("발표: 자바 17 레코드")),
            List.of(item("질의응답"), second),
            List.of(item("뒤풀이\n근처 식당"))));
  }

  @Test
  void timestampsInKorean() {
    assertThat(ts(KO, TimestampStyle.DATE_TIME)).isEqualTo("2026-12-05 (토) 19:00 KST");
    assertThat(ts(KO, TimestampStyle.DATE)).isEqualTo("2026-12-05 (토)");
    assertThat(ts(KO, TimestampStyle.TIME)).isEqualTo("19:00 KST");
    assertThat(ts(KO, TimestampStyle.RELATIVE)).isEqualTo("3일 후 (2026-12-05 (토) 19:00 KST)");
  }

  @Test
  void timestampsInEnglish() {
    assertThat(ts(EN, TimestampStyle.DATE_TIME)).isEqualTo("Sat 2026-12-05 19:00 KST");
    assertThat(ts(EN, TimestampStyle.DATE)).isEqualTo("Sat 2026-12-05");
    assertThat(ts(EN, TimestampStyle.TIME)).isEqualTo("19:00 KST");
    assertThat(ts(EN, TimestampStyle.RELATIVE)).isEqualTo("in 3 days (Sat 2026-12-05 19:00 KST)");
  }

  @Test
  void relativeTimesPickAReadableUnit() {
    PlainTextRenderer en = new PlainTextRenderer(SEOUL, Locale.ENGLISH, Clock.fixed(MEETUP, SEOUL));
    PlainTextRenderer ko = new PlainTextRenderer(SEOUL, Locale.KOREAN, Clock.fixed(MEETUP, SEOUL));
    Span.Timestamp soon = new Span.Timestamp(MEETUP.plusSeconds(45 * 60), TimestampStyle.RELATIVE);
    Span.Timestamp past =
        new Span.Timestamp(MEETUP.minusSeconds(3 * 3600), TimestampStyle.RELATIVE);
    Span.Timestamp now = new Span.Timestamp(MEETUP, TimestampStyle.RELATIVE);

    assertThat(en.render(paragraph(soon))).startsWith("in 45 minutes (");
    assertThat(en.render(paragraph(past))).startsWith("3 hours ago (");
    assertThat(en.render(paragraph(now))).startsWith("now (");
    assertThat(ko.render(paragraph(past))).startsWith("3시간 전 (");
  }

  @Test
  void linkShowsItsAddressOnceWhenTextIsTheAddress() {
    assertThat(EN.render(paragraph(new Span.Link("docs", "https://x.dev"))))
        .isEqualTo("docs (https://x.dev)");
    assertThat(EN.render(paragraph(new Span.Link("https://x.dev", "https://x.dev"))))
        .isEqualTo("https://x.dev");
  }

  @Test
  void mentionsShowNamesNotIds() {
    assertThat(
            EN.render(
                paragraph(
                    new Span.UserMention(MINJI), Span.text(" "), new Span.ChannelMention(NOTICE))))
        .isEqualTo("@민지 #공지");
  }

  @Test
  void blocksAreSeparatedByOneBlankLineAndButtonsComeLast() {
    RichMessage m =
        RichMessage.builder()
            .paragraph("one")
            .paragraph("two")
            .button(new Button("Yes", "/rsvp yes", null))
            .button(new Button("No", "/rsvp no", null))
            .build();
    assertThat(EN.render(m)).isEqualTo("one\n\ntwo\n\n[Yes: /rsvp yes] [No: /rsvp no]");
  }

  @Test
  void headingIsUnderlinedAsWideAsItsText() {
    assertThat(EN.render(new Block.Heading(1, List.of(Span.text("Meetup")))))
        .isEqualTo("Meetup\n══════");
    // Hangul takes two columns in a terminal
    assertThat(EN.render(new Block.Heading(2, List.of(Span.text("모임"))))).isEqualTo("모임\n────");
    assertThat(EN.render(new Block.Heading(3, List.of(Span.text("small"))))).isEqualTo("small");
  }

  @Test
  void nestedListsAreIndentedUnderTheirItem() {
    Block list =
        new Block.ListBlock(
            true,
            9,
            List.of(
                List.of(paragraph(Span.text("nine"))),
                List.of(
                    paragraph(Span.text("ten")),
                    new Block.ListBlock(
                        false, 1, List.of(List.of(paragraph(Span.text("inner"))))))));
    assertThat(EN.render(list)).isEqualTo("9. nine\n10. ten\n    ◦ inner");
  }

  @Test
  void quoteLinesArePrefixedIncludingBlankOnes() {
    Block quote = new Block.Quote(List.of(paragraph(Span.text("a\nb")), paragraph(Span.text("c"))));
    assertThat(EN.render(quote)).isEqualTo("│ a\n│ b\n│\n│ c");
  }

  @Test
  void codeBlockIsFencedWithItsLanguage() {
    assertThat(EN.render(new Block.CodeBlock("sql", "SELECT 1;")))
        .isEqualTo("```sql\nSELECT 1;\n```");
  }
}
