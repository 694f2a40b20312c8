package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.MarkdownConverter;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.Golden;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecapPreviewSample;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Block Kit for every kind of block, locked with golden JSON files. */
class SlackRendererTest {
  private static final Gson SNAKE = GsonFactory.createSnakeCase();
  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Instant MEETUP = Instant.parse("2026-12-05T10:00:00Z");

  private final SlackRenderer renderer =
      new SlackRenderer(
          new PlainTextRenderer(
              ZoneId.of("Asia/Seoul"),
              Locale.KOREAN,
              MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"))));

  private static String json(List<SlackMessage> messages) {
    JsonArray array = new JsonArray();
    for (SlackMessage m : messages) {
      JsonObject o = new JsonObject();
      o.addProperty("text", m.text());
      o.add("blocks", SNAKE.toJsonTree(m.blocks()));
      array.add(o);
    }
    return PRETTY.toJson(array) + "\n";
  }

  private void golden(TestInfo test, RichMessage message) {
    List<SlackMessage> rendered = renderer.render(message);
    for (SlackMessage m : rendered) {
      assertThat(FakeSlack.Blocks.problem(SNAKE.toJsonTree(m.blocks()).getAsJsonArray()))
          .as("Slack would accept the blocks")
          .isNull();
      assertThat(JsonParser.parseString(BlockKitJson.blocks(m.blocks())))
          .as("jabu's own JSON of the blocks is the SDK's")
          .isEqualTo(SNAKE.toJsonTree(m.blocks()));
    }
    Golden.assertMatches(test, "json", json(rendered));
  }

  @Test
  void userTextIsEscapedSoNoMentionOrLinkCanBeTyped(TestInfo test) {
    golden(
        test,
        RichMessage.of(
            new Block.Paragraph(
                List.of(
                    Span.text(
                        "<!channel> <!here> <!everyone> <@U0BOSS> <!subteam^S123|@mods>"
                            + " <https://evil.example|click> a & b > c")))));
  }

  @Test
  void stylesLinksMentionsAndTimes(TestInfo test) {
    golden(
        test,
        RichMessage.of(
            new Block.Paragraph(
                List.of(
                    Span.bold("굵게"),
                    Span.text(" "),
                    Span.italic(" 기울임 "),
                    Span.text(" "),
                    new Span.Text("both", Set.of(Span.Style.BOLD, Span.Style.ITALIC)),
                    Span.text(" "),
                    Span.code("kubectl get pods | grep `x` <y>"),
                    Span.text(" "),
                    new Span.Link("문서", "https://kubernetes.io/docs/?a=1&b=2"),
                    Span.text(" "),
                    new Span.Link(null, "https://devops.kr"),
                    Span.text(" "),
                    new Span.UserMention(UserRef.of(Platform.SLACK, "U0ALICE")),
                    Span.text(" "),
                    new Span.ChannelMention(ChannelRef.of(Platform.SLACK, "C0GENERAL")))),
            new Block.Paragraph(
                List.of(
                    new Span.Timestamp(MEETUP, Span.TimestampStyle.DATE_TIME),
                    Span.text(" / "),
                    new Span.Timestamp(MEETUP, Span.TimestampStyle.DATE),
                    Span.text(" / "),
                    new Span.Timestamp(MEETUP, Span.TimestampStyle.TIME),
                    Span.text(" / "),
                    new Span.Timestamp(MEETUP, Span.TimestampStyle.RELATIVE)))));
  }

  @Test
  void everyKindOfBlock(TestInfo test) {
    golden(
        test,
        RichMessage.builder()
            .heading("DevOps Korea 12월 밋업")
            .block(new Block.Heading(3, List.of(Span.text("작은 제목"))))
            .paragraph("본문 문단")
            .block(
                new Block.ListBlock(
                    false,
                    1,
                    List.of(
                        List.of(new Block.Paragraph(List.of(Span.text("하나")))),
                        List.of(
                            new Block.Paragraph(List.of(Span.text("둘"))),
                            new Block.ListBlock(
                                true,
                                3,
                                List.of(List.of(new Block.Paragraph(List.of(Span.text("셋"))))))))))
            .block(
                new Block.Quote(List.of(new Block.Paragraph(List.of(Span.text("인용 > 한 줄\n두 줄"))))))
            .block(new Block.CodeBlock("yaml", "kind: Pod\nmetadata:\n  name: <app>"))
            .block(
                new Block.Fields(
                    List.of(
                        new Block.Field("장소", List.of(Span.text("강남")), true),
                        new Block.Field(
                            "시간",
                            List.of(new Span.Timestamp(MEETUP, Span.TimestampStyle.DATE_TIME)),
                            true))))
            .block(new Block.Image("https://devops.kr/logo.png", "로고"))
            .block(new Block.Divider())
            .context("jabu · 잡부")
            .button(new Button("참가", "/meetup rsvp 12", Button.Style.PRIMARY))
            .button(new Button("취소", "/meetup leave 12", Button.Style.DANGER))
            .button(new Button("캘린더", "/meetup ics 12", Button.Style.SECONDARY))
            .button(new Button("참가 (again)", "/meetup rsvp 12", Button.Style.PRIMARY))
            .build());
  }

  @Test
  void aRecapFromMarkdown(TestInfo test) {
    golden(
        test,
        MarkdownConverter.convert(
            "# 12월 밋업 후기\n\n"
                + "쿠버네티스 **운영** 이야기와 _GitOps_ 실습이 있었습니다.\n\n"
                + "## 발표\n\n"
                + "1. ArgoCD로 배포하기 — [슬라이드](https://example.org/s?x=1&y=2)\n"
                + "2. 관측 가능성\n\n"
                + "> 다음 밋업에서 만나요!\n\n"
                + "```bash\nkubectl apply -f app.yaml\n```\n"));
  }

  @Test
  void aLongMessageIsCutWithinSlacksLimits() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      text.append("쿠버네티스는 컨테이너를 & 오케스트레이션 합니다. ");
    }
    RichMessage message =
        RichMessage.builder()
            .paragraph(text.toString())
            .block(new Block.Divider())
            .button(new Button("더 보기", "/term k8s", null))
            .build();
    List<SlackMessage> pieces = renderer.render(message);
    assertThat(pieces.size()).as("pieces of ~60,000 characters").isGreaterThan(1);
    for (SlackMessage piece : pieces) {
      assertThat(FakeSlack.Blocks.problem(SNAKE.toJsonTree(piece.blocks()).getAsJsonArray()))
          .isNull();
    }
    // every sentence once in the blocks (the fallback text repeats some, so count the blocks)
    String blocks = SNAKE.toJson(pieces.stream().map(SlackMessage::blocks).toList());
    assertThat(blocks.split("오케스트레이션", -1).length - 1).isEqualTo(1500);
    assertThat(blocks.indexOf("j1:/term k8s")).isEqualTo(blocks.lastIndexOf("j1:/term k8s"));
    assertThat(SNAKE.toJson(pieces.get(pieces.size() - 1).blocks())).contains("j1:/term k8s");
  }

  @Test
  void manyBlocksBecomeSeveralMessagesOfAtMostFifty() {
    RichMessage.Builder builder = RichMessage.builder();
    for (int i = 0; i < 120; i++) {
      builder.paragraph("문단 " + i);
    }
    builder.button(new Button("ok", "/help", null));
    List<SlackMessage> pieces = renderer.render(builder.build());
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(3);
    pieces.forEach(p -> assertThat(p.blocks()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS));
    assertThat(pieces.stream().mapToInt(p -> p.blocks().size()).sum()).isEqualTo(121);
  }

  @Test
  void aRecapPreviewWithItsButtons(TestInfo test) throws Exception {
    try (FakePlatform recaps = RecapPreviewSample.platform()) {
      golden(test, RecapPreviewSample.preview(recaps, "slack:mod"));
    }
  }
}
