package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jabu.core.platform.PlatformStartException;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** jabu connects to a (fake) Discord through the real JDA, registers its commands and answers. */
class DiscordAdapterTest {
  private DiscordHarness harness;

  @AfterEach
  void stop() throws Exception {
    if (harness != null) {
      FakeDiscord discord = harness.discord;
      harness.close();
      assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
    }
  }

  @Test
  void connectsWithoutPrivilegedIntentsAndRegistersEveryCommandOnce() throws Exception {
    harness = new DiscordHarness().start();
    FakeDiscord discord = harness.discord;

    assertThat(harness.adapter.connected()).isTrue();
    assertThat(discord.identifies()).isEqualTo(1);
    assertThat(discord.intents() & ((1 << 1) | (1 << 8) | (1 << 15))).isZero();
    assertThat(discord.commandWrites()).isEqualTo(1);
    JsonNode commands = discord.commands(discord.guildId);
    assertThat(commands).hasSize(harness.jabu.registry().commands().size());
    assertThat(discord.commands(null)).isEmpty();
  }

  @Test
  void registrationCarriesKoreanDescriptionsAndHidesModeratorCommands() throws Exception {
    harness = new DiscordHarness().start();
    JsonNode commands = harness.discord.commands(harness.discord.guildId);

    JsonNode term = command(commands, "term");
    assertThat(term.path("description_localizations").path("ko").asText()).isNotBlank();
    assertThat(term.path("description").asText())
        .isNotEqualTo(term.path("description_localizations").path("ko").asText());
    JsonNode question = term.path("options").get(0);
    assertThat(question.path("type").asInt()).isEqualTo(3);
    assertThat(question.path("required").asBoolean()).isTrue();
    assertThat(question.path("autocomplete").asBoolean()).isTrue();

    JsonNode outbox = command(commands, "outbox");
    assertThat(outbox.path("default_member_permissions").asText())
        .isEqualTo(String.valueOf(1L << 33)); // Manage Events
    assertThat(term.path("default_member_permissions").isNull()).isTrue();

    JsonNode meetup = command(commands, "meetup");
    assertThat(meetup.path("options").get(0).path("type").asInt()).isEqualTo(1); // subcommands
  }

  @Test
  void aSecondStartWithUnchangedSpecsWritesNoCommands() throws Exception {
    harness = new DiscordHarness().start();
    harness.adapter.close();
    DiscordAdapter again =
        new DiscordAdapter(
            DiscordSettings.of(FakeDiscord.TOKEN)
                .withGuild(harness.discord.guildId)
                .withEndpoints(harness.discord.apiUrl(), Optional.of(harness.discord.gatewayUrl())),
            harness.jabu);
    try {
      again.start();
      assertThat(harness.discord.commandWrites()).isEqualTo(1);
      assertThat(harness.discord.identifies()).isEqualTo(2);
    } finally {
      again.close();
    }
  }

  @Test
  void aRejectedTokenIsAClearStartFailure() throws Exception {
    harness =
        new DiscordHarness(
            s ->
                new DiscordSettings(
                    "wrong-token",
                    s.guildId(),
                    s.apiUrl(),
                    s.gatewayUrl(),
                    s.workers(),
                    s.queue(),
                    s.ackWithin(),
                    s.threadArchive(),
                    s.startTimeout()));
    assertThatThrownBy(harness.adapter::start)
        .isInstanceOf(PlatformStartException.class)
        .hasMessageContaining("DISCORD_TOKEN");
  }

  @Test
  void aPublicAnswerIsAMessageInTheChannelThatPingsNoOne() throws Exception {
    harness = new DiscordHarness().start();
    FakeDiscord discord = harness.discord;
    String alice = discord.member("alice", false);

    FakeInteraction term =
        discord.slash(alice, "en-US", "term", null, Map.of("query", "kubernets @everyone"));

    assertThat(term.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
    assertThat(term.ephemeral()).isFalse();
    assertThat(term.content()).contains("Kubernetes");
    assertThat(term.awaitCallback().path("data").path("allowed_mentions").path("parse")).isEmpty();
    assertThat(term.ackDelay()).isLessThan(FakeDiscord.ACK_WINDOW);
    assertThat(discord.messages(discord.general)).hasSize(1);
  }

  @Test
  void aPrivateAnswerIsEphemeral() throws Exception {
    harness = new DiscordHarness().start();
    FakeDiscord discord = harness.discord;
    String alice = discord.member("alice", false);

    FakeInteraction denied = discord.slash(alice, "ko", "outbox", "failed", Map.of());

    assertThat(denied.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
    assertThat(denied.ephemeral()).isTrue();
    assertThat(denied.content()).contains("/outbox");
    assertThat(discord.messages(discord.general)).isEmpty();
  }

  @Test
  void aDroppedGatewayIsResumedAndEventsKeepComing() throws Exception {
    harness = new DiscordHarness().start();
    FakeDiscord discord = harness.discord;
    String alice = discord.member("alice", false);

    discord.dropGateway();
    FakeInteraction about = discord.slash(alice, "en-US", "about", null, Map.of());

    assertThat(about.content()).contains("jabu");
    assertThat(discord.resumes()).isEqualTo(1);
    assertThat(discord.identifies()).isEqualTo(1);
  }

  private static JsonNode command(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no command " + name + " in " + commands);
  }
}
