package dev.jabu.app.platforms;

import dev.jabu.app.config.DiscordConfig;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.discord.DiscordAdapter;
import dev.jabu.discord.DiscordSettings;
import dev.jabu.discord.DiscordShards;
import java.time.Duration;
import java.util.Optional;

/** Builds the Discord adapter around the core when {@code DISCORD_TOKEN} is set. */
final class DiscordWiring {
  private DiscordWiring() {}

  static Optional<PlatformAdapter> adapter(JabuConfig config, Jabu jabu) {
    DiscordConfig discord = config.discord();
    if (!discord.enabled()) {
      return Optional.empty();
    }
    DiscordSettings defaults = DiscordSettings.of(discord.token().orElseThrow());
    DiscordSettings settings =
        new DiscordSettings(
            defaults.token(),
            discord.guildId(),
            discord.apiUrl(),
            discord.gatewayUrl(),
            discord.workers(),
            discord.queue(),
            defaults.ackWithin(),
            discord.threadArchive(),
            Duration.ofSeconds(60),
            discord.scheduledEvents(),
            discord.shardsTotal().map(total -> new DiscordShards(total, discord.shardIds())));
    return Optional.of(new DiscordAdapter(settings, jabu));
  }
}
