package dev.jabu.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code discord:} settings the Discord adapter needs beyond channels and moderators (which the
 * core reads), with its token from the environment.
 *
 * @param token {@code DISCORD_TOKEN}; empty when Discord is not used
 * @param guildId {@code guild-id}: the server whose commands are registered there, at once; empty
 *     registers them globally (Discord may take up to an hour to show them)
 * @param apiUrl {@code api-url}: the REST base URL, Discord's v10 API unless a rate-limit proxy
 *     stands in front of it
 * @param gatewayUrl {@code gateway-url}: a fixed gateway WebSocket URL; empty asks Discord
 * @param workers {@code workers}: threads running commands from Discord
 * @param queue {@code queue}: commands waiting for a thread; past it members hear "busy"
 * @param threadArchive {@code thread-archive}: how long a quiet thread jabu starts stays open
 * @param scheduledEvents {@code scheduled-events}: mirror announced meetups as the server's
 *     scheduled events (needs {@code guild-id})
 * @param shardsTotal {@code shards.total}: run the gateway as this many shards through JDA's shard
 *     manager; empty: one connection
 * @param shardIds {@code shards.ids}: the shards this instance runs; empty: all of them
 */
public record DiscordConfig(
    Optional<String> token,
    Optional<String> guildId,
    String apiUrl,
    Optional<String> gatewayUrl,
    int workers,
    int queue,
    Duration threadArchive,
    boolean scheduledEvents,
    Optional<Integer> shardsTotal,
    List<Integer> shardIds) {
  /** Discord's REST API, version 10. */
  public static final String DISCORD_API = "https://discord.com/api/v10/";

  /** The keys allowed under {@code discord:}. */
  static final Set<String> KEYS =
      Set.of(
          "channels",
          "moderators",
          "guild-id",
          "api-url",
          "gateway-url",
          "workers",
          "queue",
          "thread-archive",
          "scheduled-events",
          "shards");

  /** Whether the Discord adapter should start. */
  public boolean enabled() {
    return token.isPresent();
  }

  static DiscordConfig read(ConfigSection section, Secrets secrets, List<ConfigProblem> problems) {
    Optional<String> guild =
        Optional.of(section.string("guild-id", "").strip()).filter(s -> !s.isEmpty());
    if (guild.isPresent() && !guild.get().matches("\\d{15,21}")) {
      section.problem(
          "guild-id",
          "`" + guild.get() + "` is not a Discord server id",
          "right-click the server icon > Copy Server ID (with Developer Mode on), or leave it empty");
    }
    String api = section.string("api-url", DISCORD_API).strip();
    if (!api.matches("https?://\\S+")) {
      section.problem("api-url", "`" + api + "` is not an http(s) URL", "e.g. " + DISCORD_API);
    }
    Optional<String> gateway =
        Optional.of(section.string("gateway-url", "").strip()).filter(s -> !s.isEmpty());
    if (gateway.isPresent() && !gateway.get().matches("wss?://\\S+")) {
      section.problem(
          "gateway-url",
          "`" + gateway.get() + "` is not a ws(s) URL",
          "e.g. wss://gateway.example.org, or leave it empty to ask Discord");
    }
    ConfigSection shards = section.section("shards", Set.of("total", "ids"));
    Optional<Integer> total =
        shards.has("total") ? Optional.of(shards.integer("total", 1, 1, 10_000)) : Optional.empty();
    List<Integer> ids = new java.util.ArrayList<>();
    for (String id : shards.strings("ids", "[0, 1]")) {
      if (!id.matches("\\d{1,5}") || total.isEmpty() || Integer.parseInt(id) >= total.get()) {
        shards.problem(
            "ids",
            "`" + id + "` is not a shard of " + total.map(String::valueOf).orElse("(no total)"),
            "list numbers from 0 to shards.total - 1, e.g. [0, 1]; set shards.total first");
      } else {
        ids.add(Integer.parseInt(id));
      }
    }
    return new DiscordConfig(
        secrets.discordToken(),
        guild,
        api,
        gateway,
        section.integer("workers", 4, 1, 64),
        section.integer("queue", 200, 1, 100_000),
        section.duration("thread-archive", Duration.ofDays(7)),
        section.bool("scheduled-events", true),
        total,
        ids);
  }
}
