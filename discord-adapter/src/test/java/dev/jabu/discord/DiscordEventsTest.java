package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Interactions and mentions on Discord become invocations and are answered the way Discord wants.
 */
class DiscordEventsTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private DiscordHarness harness;

  /** {@code /slow public|private}: answers only once the test lets it. */
  private final CommandModule slow =
      () ->
          List.of(
              CommandSpec.command("slow")
                  .description("느린 명령", "A slow command")
                  .subcommand(slowly("public", false))
                  .subcommand(slowly("private", true))
                  .build());

  private CommandSpec slowly(String name, boolean privately) {
    return CommandSpec.command(name)
        .description("느린 답", "A slow answer")
        .requiredRole(Role.MEMBER)
        .handler(
            ctx -> {
              release.await(10, TimeUnit.SECONDS);
              RichMessage answer = RichMessage.text("done slowly, " + name);
              return privately ? Reply.privately(answer) : Reply.publicly(answer);
            })
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    if (harness != null) {
      FakeDiscord discord = harness.discord;
      harness.close();
      assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
    }
  }

  private DiscordHarness start() throws Exception {
    harness = new DiscordHarness(slow).start();
    return harness;
  }

  private DiscordHarness start(int workers, int queue) throws Exception {
    harness =
        new DiscordHarness(s -> s.withWorkers(workers, queue, Duration.ofMillis(200)), slow)
            .start();
    return harness;
  }

  @Test
  void aSlowPublicAnswerIsDeferredPrivatelyThenPostedAsAFollowUp() throws Exception {
    FakeDiscord discord = start(2, 10).discord;
    String alice = discord.member("alice", false);

    FakeInteraction slowly = discord.slash(alice, "en-US", "slow", "public", Map.of());

    assertThat(slowly.callbackType()).isEqualTo(FakeInteraction.DEFERRED);
    assertThat(slowly.ephemeral()).isTrue();
    assertThat(slowly.ackDelay()).isLessThan(Duration.ofSeconds(1));
    release.countDown();
    List<ObjectNode> followUps = slowly.awaitFollowUps(1);
    assertThat(followUps.get(0).path("content").asText()).isEqualTo("done slowly, public");
    assertThat(followUps.get(0).path("flags").asInt() & 64).isZero();
    Eventually.await(slowly::originalDeleted, d -> d, "the private deferral removed");
    assertThat(discord.messages(discord.general)).hasSize(1);
  }

  @Test
  void aSlowPrivateAnswerReplacesTheDeferral() throws Exception {
    FakeDiscord discord = start(2, 10).discord;
    String alice = discord.member("alice", false);

    FakeInteraction slowly = discord.slash(alice, "en-US", "slow", "private", Map.of());
    assertThat(slowly.callbackType()).isEqualTo(FakeInteraction.DEFERRED);
    release.countDown();

    ObjectNode answer = slowly.awaitOriginalEdited();
    assertThat(answer.path("content").asText()).isEqualTo("done slowly, private");
    assertThat(discord.messages(discord.general)).isEmpty();
  }

  @Test
  void whenEveryWorkerAndQueueSlotIsTakenTheMemberHearsBusyAtOnce() throws Exception {
    FakeDiscord discord = start(1, 1).discord;
    String alice = discord.member("alice", false);

    FakeInteraction running = discord.slash(alice, "ko", "slow", "public", Map.of());
    assertThat(running.callbackType()).isEqualTo(FakeInteraction.DEFERRED);
    FakeInteraction queued = discord.slash(alice, "ko", "slow", "public", Map.of());
    assertThat(queued.callbackType()).isEqualTo(FakeInteraction.DEFERRED);
    FakeInteraction refused = discord.slash(alice, "ko", "slow", "public", Map.of());

    assertThat(refused.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
    assertThat(refused.ephemeral()).isTrue();
    assertThat(refused.content()).contains("다시");
    release.countDown();
    running.awaitFollowUps(1);
    queued.awaitFollowUps(1);
  }

  @Test
  void aButtonRunsItsCommandAsTheMemberWhoPressedIt() throws Exception {
    FakeDiscord discord = start().discord;
    String moderator = discord.member("mod", true);
    String alice = discord.member("alice", false);
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "DevOps Korea 12월 밋업");
    create.put("start", "2026-12-05 19:00");
    create.put("capacity", 10);
    FakeInteraction created = discord.slash(moderator, "ko", "meetup", "create", create);
    assertThat(created.awaitAnswer().path("content").asText()).contains("#1");
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();

    FakeInteraction info = discord.slash(alice, "ko", "meetup", "info", Map.of("id", 1));
    ObjectNode shown = info.original().orElseThrow();
    JsonNode rsvp = shown.path("components").path(0).path("components").path(0);
    assertThat(rsvp.path("custom_id").asText()).isEqualTo("j1:/meetup rsvp 1");

    FakeInteraction press = discord.press(alice, "ko", shown, rsvp.path("custom_id").asText());

    assertThat(press.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
    assertThat(harness.meetups.get().ledger().holders(1))
        .anySatisfy(h -> assertThat(h.toString()).contains(alice));
    assertThat(harness.meetups.get().ledger().counts(1).seats()).isEqualTo(1);
  }

  @Test
  void aButtonFromAnOlderVersionIsExplainedPrivately() throws Exception {
    FakeDiscord discord = start().discord;
    String alice = discord.member("alice", false);
    FakeInteraction info = discord.slash(alice, "en-US", "about", null, Map.of());
    ObjectNode message = info.original().orElseThrow();

    FakeInteraction press = discord.press(alice, "en-US", message, "v0:rsvp:1");

    assertThat(press.ephemeral()).isTrue();
    assertThat(press.content()).contains("older version");
  }

  @Test
  void autocompleteSuggestsGlossaryTermsWithinDiscordsLimits() throws Exception {
    FakeDiscord discord = start().discord;
    String alice = discord.member("alice", false);

    FakeInteraction typing = discord.autocomplete(alice, "ko", "term", null, Map.of("query", "쿠버"));

    assertThat(typing.callbackType()).isEqualTo(FakeInteraction.CHOICES);
    JsonNode choices = typing.awaitCallback().path("data").path("choices");
    assertThat(choices.size()).isBetween(1, 25);
    assertThat(choices.toString()).contains("Kubernetes");
  }

  @Test
  void autocompleteSuggestsUpcomingMeetupsAsNumbers() throws Exception {
    FakeDiscord discord = start().discord;
    String moderator = discord.member("mod", true);
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "DevOps Korea 12월 밋업");
    create.put("start", "2026-12-05 19:00");
    discord.slash(moderator, "ko", "meetup", "create", create).awaitAnswer();

    FakeInteraction typing =
        discord.autocomplete(moderator, "ko", "meetup", "rsvp", Map.of("id", "12월"));

    JsonNode choices = typing.awaitCallback().path("data").path("choices");
    assertThat(choices).hasSize(1);
    assertThat(choices.get(0).path("name").asText()).isEqualTo("#1 DevOps Korea 12월 밋업");
    assertThat(choices.get(0).path("value").asLong()).isEqualTo(1);
  }

  @Test
  void aMentionIsAnsweredAsAReplyThatPingsNoOne() throws Exception {
    FakeDiscord discord = start().discord;
    String alice = discord.member("alice", false);

    ObjectNode question =
        discord.say(alice, discord.general, "<@" + discord.botId + "> 쿠버네티스가 뭐야?");

    List<ObjectNode> messages =
        Eventually.await(() -> discord.messages(discord.general), m -> m.size() == 2, "a reply");
    ObjectNode reply = messages.get(1);
    assertThat(reply.path("author").path("id").asText()).isEqualTo(discord.botId);
    assertThat(reply.path("message_reference").path("message_id").asText())
        .isEqualTo(question.path("id").asText());
    assertThat(reply.path("content").asText()).contains("Kubernetes");
  }
}
