package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.discord.fake.FakeDiscord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member who closed direct messages (Discord answers 50007) hears of their seat in the meetup's
 * thread, in a note that pings them alone; a direct message with nowhere else to go is a dead
 * letter that says why. Nothing is lost silently.
 */
class DiscordDirectMessageDetourTest {
  private DiscordHarness harness;
  private FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness(true, 1, settings -> settings).start();
    discord = harness.discord;
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  @Test
  void aPromotionForAMemberWithClosedDirectMessagesIsANoteInTheMeetupThread() {
    String moderator = discord.member("mod", true);
    String alice = discord.member("alice", false);
    String bob = discord.member("bob @everyone", false);
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "DevOps Korea 12월 밋업");
    create.put("start", "2026-12-05 19:00");
    create.put("capacity", 1);
    discord.slash(moderator, "ko", "meetup", "create", create).awaitAnswer();
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();
    String announcement = discord.messages(discord.announcements).get(0).path("id").asText();
    discord.slash(alice, "ko", "meetup", "rsvp", Map.of("id", 1)).awaitAnswer();
    discord.slash(bob, "ko", "meetup", "rsvp", Map.of("id", 1)).awaitAnswer();
    discord.closeDirectMessages(bob);

    discord.slash(alice, "ko", "meetup", "leave", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();
    harness.dispatcher().dispatchReady();

    List<ObjectNode> inThread = discord.messages(announcement);
    assertThat(inThread).hasSize(1);
    ObjectNode note = inThread.get(0);
    assertThat(note.path("content").asText()).startsWith("<@" + bob + ">").contains("12월 밋업");
    assertThat(note.path("mentions")).hasSize(1);
    assertThat(note.path("mentions").get(0).path("id").asText()).isEqualTo(bob);
    assertThat(discord.directMessageChannel(bob).map(discord::messages).orElse(List.of()))
        .isEmpty();
    OutboxRow row =
        harness.jabu.outboxStore().all().stream()
            .filter(r -> r.key().contains("promoted") && r.status() == OutboxStatus.SENT)
            .findFirst()
            .orElseThrow();
    assertThat(row.platformMessageId()).contains(note.path("id").asText());
  }

  @Test
  void aDirectMessageWithNoThreadToGoToIsADeadLetterThatSaysWhy() {
    String bob = discord.member("bob", false);
    discord.closeDirectMessages(bob);
    ChannelRef dm = ChannelRef.directMessage(UserRef.of(Platform.DISCORD, bob));
    harness.jabu.outbox().post("hello-bob", dm, RichMessage.text("안녕하세요"));

    harness.dispatcher().dispatchReady();

    OutboxRow row = harness.jabu.outboxStore().find("hello-bob", dm).orElseThrow();
    assertThat(row.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(row.lastError().orElseThrow()).contains("takes no direct messages");
  }
}
