package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.discord.fake.FakeDiscord;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An announcement a moderator deleted on Discord is posted again when jabu next edits it or replies
 * in its thread, and later rows go to the new one: no error loop, no dead letter.
 */
class DiscordDeletedAnnouncementTest {
  private DiscordHarness harness;
  private FakeDiscord discord;
  private ChannelRef announcements;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness().start();
    discord = harness.discord;
    announcements = ChannelRef.of(Platform.DISCORD, discord.announcements);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private String announce() {
    harness.jabu.outbox().post("m1", announcements, RichMessage.text("# 12월 밋업\n판교, 19시"));
    harness.dispatcher().dispatchReady();
    return discord.messages(discord.announcements).get(0).path("id").asText();
  }

  @Test
  void anEditOfADeletedAnnouncementPostsItAgainAndLaterEditsChangeTheNewOne() {
    String first = announce();
    discord.deleteMessage(discord.announcements, first);

    harness.jabu.outbox().edit("m1-e1", "m1", announcements, RichMessage.text("# 12월 밋업\n강남, 19시"));
    harness.dispatcher().dispatchReady();

    List<ObjectNode> posted = discord.messages(discord.announcements);
    assertThat(posted).hasSize(1);
    String second = posted.get(0).path("id").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(posted.get(0).path("content").asText()).contains("강남");
    assertThat(row("m1").platformMessageId()).contains(second);

    harness.jabu.outbox().edit("m1-e2", "m1", announcements, RichMessage.text("# 12월 밋업\n강남, 20시"));
    harness.dispatcher().dispatchReady();

    posted = discord.messages(discord.announcements);
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).path("content").asText()).contains("20시");
    assertThat(row("m1-e2").status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void aReplyToAnAnnouncementDeletedWithItsThreadPostsBothAgain() {
    String first = announce();
    harness.jabu.outbox().reply("m1-r1", "m1", announcements, RichMessage.text("내일이에요"));
    harness.dispatcher().dispatchReady();
    assertThat(discord.messages(first)).hasSize(1);
    discord.deleteThread(first);
    discord.deleteMessage(discord.announcements, first);
    Eventually.await(
        () -> harness.adapter.jda().getThreadChannelById(first) == null,
        gone -> gone,
        "JDA heard the thread was deleted");

    harness.jabu.outbox().reply("m1-r2", "m1", announcements, RichMessage.text("오늘이에요"));
    harness.dispatcher().dispatchReady();

    List<ObjectNode> posted = discord.messages(discord.announcements);
    assertThat(posted).hasSize(1);
    String second = posted.get(0).path("id").asText();
    assertThat(posted.get(0).path("content").asText()).contains("판교");
    assertThat(discord.messages(second))
        .extracting(m -> m.path("content").asText())
        .containsExactly("오늘이에요");
    assertThat(row("m1-r2").status()).isEqualTo(OutboxStatus.SENT);
    assertThat(row("m1").platformMessageId()).contains(second);
  }

  private OutboxRow row(String key) {
    return harness.jabu.outboxStore().find(key, announcements).orElseThrow();
  }
}
