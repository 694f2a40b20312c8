package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's own dispatcher sending through the Slack sender to the fake Slack. */
class SlackSenderTest {
  private static final ChannelRef GENERAL = ChannelRef.of(Platform.SLACK, "CGENERAL");

  private SlackFixture fixture;
  private Outbox outbox;
  private OutboxDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    fixture = SlackFixture.http();
    outbox = fixture.platform.jabu().outbox();
    dispatcher = fixture.platform.jabu().dispatcher(List.of(fixture.adapter.sender()));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private OutboxRow row(String key, ChannelRef destination) {
    return fixture.platform.jabu().outboxStore().find(key, destination).orElseThrow();
  }

  private List<FakeSlack.Posted> general() {
    return fixture.slack.messages("CGENERAL");
  }

  @Test
  void aPostCarriesItsNonceInMetadataAndItsTsBecomesThePlatformId() {
    outbox.post("meetup:1:announce", GENERAL, RichMessage.text("12월 밋업 & 네트워킹 <!channel>"));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    FakeSlack.Posted posted = general().get(0);
    OutboxRow row = row("meetup:1:announce", GENERAL);
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row.platformMessageId()).contains(posted.ts());
    assertThat(posted.metadata().get("event_type").getAsString()).isEqualTo("jabu_outbox");
    assertThat(posted.metadata().getAsJsonObject("event_payload").get("nonce").getAsString())
        .startsWith("jabu");
    assertThat(posted.text()).contains("&amp;", "&lt;!channel&gt;").doesNotContain("<!channel>");
  }

  @Test
  void aReplyGoesIntoItsParentsThreadAndEditsAndDeletesActOnTheSameMessage() {
    outbox.post("recap:1:parent", GENERAL, RichMessage.text("후기"));
    outbox.reply("recap:1:s1", "recap:1:parent", GENERAL, RichMessage.text("1부"));
    dispatcher.dispatchReady();
    String parentTs = row("recap:1:parent", GENERAL).platformMessageId().orElseThrow();
    assertThat(general()).extracting(FakeSlack.Posted::threadTs).containsExactly(null, parentTs);

    outbox.edit("recap:1:parent:edit", "recap:1:parent", GENERAL, RichMessage.text("후기 (고침)"));
    dispatcher.dispatchReady();
    assertThat(general().get(0).text()).isEqualTo("후기 (고침)");
    assertThat(general().get(0).ts()).isEqualTo(parentTs);

    outbox.delete("recap:1:s1:delete", "recap:1:s1", GENERAL);
    dispatcher.dispatchReady();
    assertThat(general()).hasSize(1);
    assertThat(row("recap:1:s1:delete", GENERAL).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void aDirectMessageOpensTheConversationFirst() {
    ChannelRef alice = ChannelRef.directMessage(UserRef.of(Platform.SLACK, "UALICE"));
    outbox.post("reminder:1:1d:UALICE", alice, RichMessage.text("내일 밋업이에요"));
    outbox.post("reminder:1:1h:UALICE", alice, RichMessage.text("한 시간 남았어요"));
    dispatcher.dispatchReady();
    assertThat(fixture.slack.messages("DUALICE"))
        .extracting(FakeSlack.Posted::text)
        .containsExactly("내일 밋업이에요", "한 시간 남았어요");
    assertThat(fixture.slack.count("conversations.open"))
        .as("opened once, then known")
        .isEqualTo(1);
  }

  @Test
  void aRateLimitWaitsExactlyItsRetryAfterWithoutCountingAsAnAttempt() {
    fixture.slack.rateLimitNext("chat.postMessage", 7);
    outbox.post("digest:1", GENERAL, RichMessage.text("이번 주 소식"));
    assertThat(dispatcher.dispatchReady()).isZero();
    OutboxRow waiting = row("digest:1", GENERAL);
    assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(waiting.attempts()).isZero();
    assertThat(general()).isEmpty();

    fixture.platform.clock().advance(Duration.ofSeconds(6));
    assertThat(dispatcher.dispatchReady()).as("not before Retry-After").isZero();
    fixture.platform.clock().advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(general()).hasSize(1);
  }

  @Test
  void aPostWhoseAnswerWasLostIsFoundByItsMetadataAndNotPostedTwice() {
    fixture.slack.failAfterActingNext("chat.postMessage");
    outbox.post("meetup:2:announce", GENERAL, RichMessage.text("공지"));
    assertThat(dispatcher.dispatchReady()).isZero();
    assertThat(general()).hasSize(1);
    OutboxRow unknown = row("meetup:2:announce", GENERAL);
    assertThat(unknown.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(unknown.outcomeUnknown()).isTrue();

    fixture.platform.clock().advance(Duration.ofMinutes(1));
    assertThat(dispatcher.dispatchReady()).isEqualTo(1);
    assertThat(general()).as("no second post").hasSize(1);
    assertThat(row("meetup:2:announce", GENERAL).platformMessageId())
        .contains(general().get(0).ts());
    assertThat(fixture.slack.count("conversations.history")).isEqualTo(1);
    assertThat(fixture.slack.count("chat.postMessage")).isEqualTo(1);
  }

  @Test
  void aThreadReplyWhoseAnswerWasLostIsFoundInTheThread() {
    outbox.post("recap:2:parent", GENERAL, RichMessage.text("후기"));
    dispatcher.dispatchReady();
    fixture.slack.failAfterActingNext("chat.postMessage");
    outbox.reply("recap:2:s1", "recap:2:parent", GENERAL, RichMessage.text("1부"));
    dispatcher.dispatchReady();
    fixture.platform.clock().advance(Duration.ofMinutes(1));
    dispatcher.dispatchReady();
    assertThat(general()).hasSize(2);
    assertThat(row("recap:2:s1", GENERAL).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(fixture.slack.count("conversations.replies")).isEqualTo(1);
  }

  @Test
  void aLostAnswerForAPostThatNeverArrivedIsSentAfterTheCheck() {
    // opening the conversation lost its answer, so the post's outcome is unknown; the check
    // finds nothing in the conversation, so the post is sent, once
    fixture.slack.failAfterActingNext("conversations.open");
    ChannelRef bob = ChannelRef.directMessage(UserRef.of(Platform.SLACK, "UBOB"));
    outbox.post("reminder:2:UBOB", bob, RichMessage.text("곧 시작해요"));
    dispatcher.dispatchReady();
    assertThat(row("reminder:2:UBOB", bob).outcomeUnknown()).isTrue();
    fixture.platform.clock().advance(Duration.ofMinutes(1));
    dispatcher.dispatchReady();
    assertThat(fixture.slack.count("conversations.history")).isEqualTo(1);
    assertThat(fixture.slack.messages("DUBOB")).hasSize(1);
    assertThat(row("reminder:2:UBOB", bob).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void channelsSlackRefusesForGoodAreDeadLettersThatSayWhatToDo() {
    fixture.slack.channelWithoutBot("CPRIVATE").archivedChannel("COLD");
    ChannelRef missing = ChannelRef.of(Platform.SLACK, "CMISSING");
    ChannelRef withoutBot = ChannelRef.of(Platform.SLACK, "CPRIVATE");
    ChannelRef archived = ChannelRef.of(Platform.SLACK, "COLD");
    outbox.post("a", missing, RichMessage.text("x"));
    outbox.post("b", withoutBot, RichMessage.text("x"));
    outbox.post("c", archived, RichMessage.text("x"));
    dispatcher.dispatchReady();
    assertThat(row("a", missing).status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row("a", missing).lastError().orElseThrow())
        .contains("channel_not_found", "slack.channels");
    assertThat(row("b", withoutBot).status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row("b", withoutBot).lastError().orElseThrow())
        .contains("not_in_channel", "/invite @jabu");
    assertThat(row("c", archived).status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row("c", archived).lastError().orElseThrow()).contains("is_archived", "archived");
  }
}
