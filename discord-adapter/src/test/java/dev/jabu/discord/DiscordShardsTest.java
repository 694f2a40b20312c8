package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code discord.shards}: JDA's shard manager identifies each shard as Discord asks ({@code shard:
 * [id, total]}); two instances that split the shards between them answer each interaction once, on
 * the shard that holds the guild.
 */
class DiscordShardsTest {
  private DiscordHarness harness;
  private DiscordAdapter other;

  @AfterEach
  void stop() throws Exception {
    if (other != null) {
      other.close();
    }
    harness.close();
    assertThat(harness.discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  @Test
  void oneInstanceRunsBothShardsAndAnswersOnTheGuildsShard() throws Exception {
    harness =
        new DiscordHarness(false, 2, s -> s.withShards(new DiscordShards(2, List.of()))).start();
    FakeDiscord discord = harness.discord;

    assertThat(discord.identifiedShards()).containsExactlyInAnyOrder("0/2", "1/2");
    assertThat(harness.adapter.connected()).isTrue();
    String alice = discord.member("alice", false);
    FakeInteraction about = discord.slash(alice, "ko", "about", null, Map.of());
    assertThat(about.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
  }

  @Test
  void twoInstancesSplitTheShardsAndTheGuildsShardAnswersOnce() throws Exception {
    harness =
        new DiscordHarness(false, 2, s -> s.withShards(new DiscordShards(2, List.of(0)))).start();
    FakeDiscord discord = harness.discord;
    DiscordSettings second =
        DiscordSettings.of(FakeDiscord.TOKEN)
            .withGuild(discord.guildId)
            .withEndpoints(discord.apiUrl(), java.util.Optional.of(discord.gatewayUrl()))
            .withShards(new DiscordShards(2, List.of(1)));
    other = new DiscordAdapter(second, harness.jabu);
    other.start();

    assertThat(discord.identifiedShards()).containsExactlyInAnyOrder("0/2", "1/2");
    String alice = discord.member("alice", false);
    FakeInteraction term = discord.slash(alice, "ko", "term", null, Map.of("query", "쿠버네티스"));
    assertThat(term.awaitAnswer().path("content").asText()).contains("Kubernetes");
  }
}
