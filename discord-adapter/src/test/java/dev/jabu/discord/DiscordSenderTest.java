package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbox rows reach Discord once, in threads and DMs, through rate limits, crashes and refusals.
 */
class DiscordSenderTest {
  private DiscordHarness harness;
  private FakeDiscord discord;
  private ChannelRef general;
  private ChannelRef announcements;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness().start();
    discord = harness.discord;
    general = ChannelRef.of(Platform.DISCORD, discord.general);
    announcements = ChannelRef.of(Platform.DISCORD, discord.announcements);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  @Test
  void aPostCarriesTheRowsNonceAndPingsNoOne() {
    harness.jabu.outbox().post("hello", general, RichMessage.text("@everyone 안녕하세요"));

    harness.dispatcher().dispatchReady();

    List<ObjectNode> messages = discord.messages(discord.general);
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("nonce").asText()).startsWith("jabu");
    assertThat(messages.get(0).path("content").asText()).isEqualTo("\\@everyone 안녕하세요");
    assertThat(row("hello", general).platformMessageId())
        .contains(messages.get(0).path("id").asText());
  }

  @Test
  void aReplyGoesIntoAThreadStartedOnTheAnnouncement() {
    harness
        .jabu
        .outbox()
        .post("meetup:1:announce", announcements, RichMessage.text("# 12월 밋업\n본문"));
    harness
        .jabu
        .outbox()
        .reply("meetup:1:reminder", "meetup:1:announce", announcements, RichMessage.text("내일이에요"));

    harness.dispatcher().dispatchReady();
    harness.dispatcher().dispatchReady();

    String parentId = discord.messages(discord.announcements).get(0).path("id").asText();
    List<ObjectNode> threads = discord.threads(discord.announcements);
    assertThat(threads).hasSize(1);
    assertThat(threads.get(0).path("id").asText()).isEqualTo(parentId);
    assertThat(threads.get(0).path("name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(100);
    assertThat(discord.messages(parentId))
        .extracting(m -> m.path("content").asText())
        .containsExactly("내일이에요");
  }

  @Test
  void anArchivedThreadIsReopenedBeforeTheNextReply() {
    harness.jabu.outbox().post("recap:1", general, RichMessage.text("11월 밋업 후기"));
    harness.jabu.outbox().reply("recap:1:s1", "recap:1", general, RichMessage.text("첫 절"));
    harness.dispatcher().dispatchReady();
    harness.dispatcher().dispatchReady();
    String thread = discord.threads(discord.general).get(0).path("id").asText();
    discord.archiveThread(thread);

    harness.jabu.outbox().reply("recap:1:s2", "recap:1", general, RichMessage.text("둘째 절"));
    dev.jabu.core.testkit.Eventually.await(
        () -> {
          harness.dispatcher().dispatchReady();
          return discord.messages(thread).size();
        },
        n -> n == 2,
        "the second section in the reopened thread");

    assertThat(
            discord
                .threads(discord.general)
                .get(0)
                .path("thread_metadata")
                .path("archived")
                .asBoolean())
        .isFalse();
    assertThat(discord.messages(thread))
        .extracting(m -> m.path("content").asText())
        .containsExactly("첫 절", "둘째 절");
  }

  @Test
  void aDirectMessageOpensTheConversationFirst() {
    String alice = discord.member("alice", false);
    ChannelRef dm = ChannelRef.directMessage(UserRef.of(Platform.DISCORD, alice));
    harness.jabu.outbox().post("promotion:1:alice", dm, RichMessage.text("자리가 났어요"));

    harness.dispatcher().dispatchReady();

    String channel = discord.directMessageChannel(alice).orElseThrow();
    assertThat(discord.messages(channel))
        .extracting(m -> m.path("content").asText())
        .containsExactly("자리가 났어요");
    assertThat(row("promotion:1:alice", dm).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void a429IsWaitedOutByJdaAndThePostGoesOutOnce() {
    discord.rateLimitNext("POST", "channels/" + discord.general + "/messages", 1);
    harness.jabu.outbox().post("busy", general, RichMessage.text("잠시만요"));

    long started = System.nanoTime();
    harness.dispatcher().dispatchReady();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(discord.messages(discord.general)).hasSize(1);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(discord.requests())
        .filteredOn(r -> r.equals("POST channels/" + discord.general + "/messages"))
        .hasSize(2);
    assertThat(row("busy", general).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void aPostLostInACrashIsFoundByTheCheckAndNotSentTwice() throws Exception {
    harness.jabu.outbox().post("meetup:2:announce", general, RichMessage.text("2월 밋업 공지"));
    // a process claims the row, posts it, and dies before it can record the message id
    List<OutboundMessage> claimed =
        harness
            .jabu
            .outboxStore()
            .claimReady(
                "dead-process",
                Set.of(Platform.DISCORD),
                List.of(),
                10,
                harness.clock.instant(),
                Duration.ofMinutes(2));
    Sender sender = harness.adapter.sender();
    String posted = sender.send(claimed.get(0)).platformMessageId();
    // long enough for the lease to lapse and for Discord's nonce window to close
    harness.clock.advance(FakeDiscord.NONCE_WINDOW.plusMinutes(1));

    harness.dispatcher().dispatchReady();

    assertThat(discord.messages(discord.general)).hasSize(1);
    assertThat(discord.requests())
        .filteredOn(r -> r.equals("POST channels/" + discord.general + "/messages"))
        .hasSize(1);
    OutboxRow row = row("meetup:2:announce", general);
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row.platformMessageId()).contains(posted);
  }

  @Test
  void aChannelJabuLostAccessToIsADeadLetterWithTheReason() {
    discord.refuse(discord.general, 403, 50001, "Missing Access");
    harness.jabu.outbox().post("lost", general, RichMessage.text("아무도 못 봐요"));

    harness.dispatcher().dispatchReady();

    OutboxRow row = row("lost", general);
    assertThat(row.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row.lastError().orElseThrow()).contains("Missing Access");
  }

  @Test
  void anEditAndADeleteReachTheMessage() {
    harness.jabu.outbox().post("m", general, RichMessage.text("처음"));
    harness.dispatcher().dispatchReady();
    harness.jabu.outbox().edit("m:edit", "m", general, RichMessage.text("고침"));
    harness.dispatcher().dispatchReady();
    assertThat(discord.messages(discord.general).get(0).path("content").asText()).isEqualTo("고침");

    harness.jabu.outbox().delete("m:delete", "m", general);
    harness.dispatcher().dispatchReady();
    assertThat(discord.messages(discord.general)).isEmpty();
  }

  private OutboxRow row(String key, ChannelRef destination) {
    return harness.jabu.outboxStore().find(key, destination).orElseThrow();
  }
}
