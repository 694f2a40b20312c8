package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.recap.RecapMessages;
import dev.jabu.core.recap.RecapParser;
import dev.jabu.core.recap.RecapRenderer;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.Golden;
import dev.jabu.core.testkit.RecapPreviewSample;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Each kind of message jabu sends, as the JSON Discord receives (golden files under {@code
 * golden/DiscordRendererTest/}): run once with {@code -Djabu.golden.update=true} to rewrite them on
 * purpose, and review the diff as what members will see change.
 */
class DiscordRendererTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private FakePlatform platform;
  private Member alice;
  private Member moderator;

  @BeforeEach
  void start() {
    platform =
        FakePlatform.on(
            TempDatabase.sqlite(),
            CoreSettings.defaults(),
            DiscordHarness.features(new AtomicReference<>()));
    alice = platform.member("discord:alice");
    moderator = platform.moderator("discord:mod");
  }

  @AfterEach
  void stop() throws Exception {
    platform.close();
  }

  @Test
  void glossaryAnswer(TestInfo test) {
    assertGolden(test, platform.say(alice, "/term 쿠버네티스", Locale.KOREAN).message());
  }

  @Test
  void help(TestInfo test) {
    assertGolden(test, platform.say(alice, "/help meetup", Locale.ENGLISH).message());
  }

  @Test
  void error(TestInfo test) {
    assertGolden(test, platform.say(alice, "/meetup rsvp twelve", Locale.KOREAN).message());
  }

  @Test
  void meetupAnnouncement(TestInfo test) {
    createMeetup(1);
    platform.say(moderator, "/meetup announce 1", Locale.KOREAN);
    List<OutboundMessage> posts = platform.awaitPosts(p -> !p.isEmpty());
    assertGolden(test, posts.get(0).message());
  }

  @Test
  void waitlistNotice(TestInfo test) {
    createMeetup(1);
    platform.say(moderator, "/meetup announce 1", Locale.KOREAN);
    platform.say(platform.member("discord:bob"), "/meetup rsvp 1", Locale.KOREAN);
    assertGolden(test, platform.say(alice, "/meetup rsvp 1", Locale.KOREAN).message());
  }

  @Test
  void recapParent(TestInfo test) throws Exception {
    assertGolden(test, recapThread().get(0));
  }

  @Test
  void recapSection(TestInfo test) throws Exception {
    assertGolden(test, recapThread().get(1));
  }

  @Test
  void userTextIsEscapedAndTimesAreDiscordTokens(TestInfo test) {
    RichMessage message =
        RichMessage.builder()
            .paragraph(
                Span.text("@everyone <@123> **not bold** # not a heading "),
                Span.bold("bold"),
                Span.text(" "),
                new Span.Timestamp(
                    Instant.parse("2026-12-05T10:00:00Z"), Span.TimestampStyle.DATE_TIME),
                Span.text(" "),
                new Span.Timestamp(
                    Instant.parse("2026-12-05T10:00:00Z"), Span.TimestampStyle.RELATIVE))
            .build();
    String content = DiscordRenderer.render(message).get(0).getContent();
    assertThat(content).doesNotContain(" @everyone").doesNotContain("<@123>");
    assertThat(content).contains("\\@everyone", "\\<\\@123>", "**bold**");
    assertThat(content).contains("<t:1796464800:F>", "<t:1796464800:R>");
    assertGolden(test, message);
  }

  @Test
  void aLongMessageIsCutToDiscordsLimitWithButtonsOnTheLastPiece() {
    RichMessage.Builder builder = RichMessage.builder();
    for (int i = 0; i < 80; i++) {
      builder.paragraph("문장 " + i + "번: 데브옵스는 잡부라는 농담은 꽤 오래되었습니다. *별표*와 _밑줄_도 있어요.");
    }
    builder.button(new dev.jabu.core.message.Button("참가", "/meetup rsvp 1", null));
    List<MessageCreateData> pieces = DiscordRenderer.render(builder.build());
    assertThat(pieces).hasSizeGreaterThan(1);
    for (MessageCreateData piece : pieces) {
      assertThat(piece.getContent().length()).isLessThanOrEqualTo(2000);
      assertThat(piece.getAllowedMentions()).isEmpty();
    }
    assertThat(pieces.get(pieces.size() - 1).getComponents()).hasSize(1);
    assertThat(pieces.get(0).getComponents()).isEmpty();
  }

  private void createMeetup(int capacity) {
    platform.say(
        moderator,
        "/meetup create title:\"DevOps Korea 12월 밋업\" start:\"2026-12-05 19:00\" capacity:"
            + capacity
            + " venue:판교",
        Locale.KOREAN);
  }

  private static List<RichMessage> recapThread() throws Exception {
    String markdown = Files.readString(Path.of("..", "docs", "recaps", "2026-11-devops-korea.md"));
    RecapMessages messages =
        new RecapRenderer(Locale.KOREAN)
            .render(
                RecapParser.parse(markdown),
                Optional.of(new RecapRenderer.MeetupLabel(1, "DevOps Korea 11월 밋업")));
    return messages.thread(DiscordRenderer.LIMITS);
  }

  private static void assertGolden(TestInfo test, RichMessage message) {
    List<MessageCreateData> pieces = DiscordRenderer.render(message);
    StringBuilder out = new StringBuilder();
    for (MessageCreateData piece : pieces) {
      assertThat(piece.getContent().length()).isLessThanOrEqualTo(2000);
      out.append(canonical(piece)).append('\n');
    }
    Golden.assertMatches(test, "json", out.toString());
  }

  static String canonical(MessageCreateData data) {
    try {
      JsonNode node = JSON.readTree(data.toData().toString());
      return JSON.writeValueAsString(JSON.treeToValue(node, Object.class));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void recapPreviewWithItsButtons(TestInfo test) throws Exception {
    try (FakePlatform recaps = RecapPreviewSample.platform()) {
      assertGolden(test, RecapPreviewSample.preview(recaps, "discord:mod"));
    }
  }
}
