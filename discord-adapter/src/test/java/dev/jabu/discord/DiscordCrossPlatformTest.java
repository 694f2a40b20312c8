package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.discord.fake.FakeDiscord;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's cross-platform scenarios with Discord members through the real JDA: one seat per
 * linked person across Slack and Discord, the waitlist in order, and a promotion told by a Discord
 * direct message.
 */
class DiscordCrossPlatformTest {
  private DiscordHarness harness;
  private FakeDiscord discord;
  private String moderator;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness(true, 1, settings -> settings).start();
    discord = harness.discord;
    moderator = discord.member("mod", true);
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "DevOps Korea 12월 밋업");
    create.put("start", "2026-12-05 19:00");
    create.put("capacity", 2);
    discord.slash(moderator, "ko", "meetup", "create", create).awaitAnswer();
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  /** A Slack member types a command, as the Slack adapter would hand it to the engine. */
  private String onSlack(String user, String line) {
    Member member = Member.of(UserRef.of(Platform.SLACK, user));
    Reply reply =
        harness
            .jabu
            .engine()
            .handle(
                Invocation.text(
                    member, ChannelRef.of(Platform.SLACK, "C0GENERAL"), Locale.ENGLISH, line));
    return new PlainTextRenderer(ZoneId.of("Asia/Seoul"), Locale.ENGLISH).render(reply.message());
  }

  private String onDiscord(String user, String sub, Map<String, Object> options) {
    return discord
        .slash(user, "en-US", "meetup", sub, options)
        .awaitAnswer()
        .path("content")
        .asText();
  }

  @Test
  void aPersonLinkedAcrossSlackAndDiscordHoldsOneSeat() {
    String alice = discord.member("alice", false);
    Matcher code = Pattern.compile("code is (\\S+)\\.").matcher(onSlack("U0ALICE", "/link"));
    assertThat(code.find()).isTrue();
    discord.slash(alice, "en-US", "link", null, Map.of("code", code.group(1))).awaitAnswer();

    assertThat(onDiscord(alice, "rsvp", Map.of("id", 1))).contains("You have a seat");
    assertThat(onSlack("U0ALICE", "/meetup rsvp 1")).contains("already have a seat");

    assertThat(harness.meetups.get().ledger().counts(1).seats()).isEqualTo(1);
  }

  @Test
  void theWaitlistKeepsItsOrderAndThePromotedMemberGetsADiscordDirectMessage() {
    String bob = discord.member("bob", false);
    String carol = discord.member("carol", false);
    String dave = discord.member("dave", false);
    assertThat(onSlack("U0ERIN", "/meetup rsvp 1")).contains("You have a seat");
    assertThat(onDiscord(bob, "rsvp", Map.of("id", 1))).contains("You have a seat");
    assertThat(onDiscord(carol, "rsvp", Map.of("id", 1))).contains("number 1 on the waitlist");
    assertThat(onDiscord(dave, "rsvp", Map.of("id", 1))).contains("number 2 on the waitlist");

    onDiscord(bob, "leave", Map.of("id", 1));
    harness.dispatcher().dispatchReady();

    String dm = discord.directMessageChannel(carol).orElseThrow();
    assertThat(discord.messages(dm))
        .singleElement()
        .satisfies(m -> assertThat(m.path("content").asText()).contains("12월 밋업"));
    assertThat(onDiscord(dave, "rsvp", Map.of("id", 1))).contains("number 1 on the waitlist");
    assertThat(onDiscord(carol, "rsvp", Map.of("id", 1))).contains("already have a seat");
  }
}
