package dev.jabu.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Discord adapter needs to run, read by the launcher from {@code config/jabu.yaml} and the
 * environment.
 *
 * @param token the bot token ({@code DISCORD_TOKEN})
 * @param guildId the one community server whose commands are registered there (instant); empty
 *     registers them globally
 * @param apiUrl REST base URL ending in {@code /}: Discord's v10 API, or a shared rate-limit proxy
 * @param gatewayUrl a fixed gateway WebSocket URL (a gateway proxy, a test); empty asks Discord. A
 *     fixed gateway is spoken to without transport compression
 * @param workers engine threads; the engine never runs on JDA's event thread
 * @param queue invocations waiting for a worker; one more is answered "busy, try again"
 * @param ackWithin how long an interaction waits for the engine before it is deferred; well under
 *     Discord's 3 seconds
 * @param threadArchive how long a quiet thread jabu starts stays open
 * @param startTimeout how long to wait for the gateway's READY before giving up
 * @param scheduledEvents whether announced meetups are mirrored as the guild's scheduled events
 *     (needs {@code guildId})
 * @param shards the gateway shards this instance runs through JDA's shard manager; empty: one
 *     connection
 */
public record DiscordSettings(
    String token,
    Optional<String> guildId,
    String apiUrl,
    Optional<String> gatewayUrl,
    int workers,
    int queue,
    Duration ackWithin,
    Duration threadArchive,
    Duration startTimeout,
    boolean scheduledEvents,
    Optional<DiscordShards> shards) {

  /** Discord's own REST API, version 10. */
  public static final String DISCORD_API = "https://discord.com/api/v10/";

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(shards, "shards");
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    if (workers < 1 || queue < 1) {
      throw new IllegalArgumentException("workers and queue must be positive");
    }
    if (ackWithin.isNegative() || ackWithin.compareTo(Duration.ofMillis(2500)) > 0) {
      throw new IllegalArgumentException("ackWithin must leave room in Discord's 3 seconds");
    }
  }

  /** Settings that mirror meetups as scheduled events (when a guild is set). */
  public DiscordSettings(
      String token,
      Optional<String> guildId,
      String apiUrl,
      Optional<String> gatewayUrl,
      int workers,
      int queue,
      Duration ackWithin,
      Duration threadArchive,
      Duration startTimeout) {
    this(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        true);
  }

  /** Settings for one gateway connection. */
  public DiscordSettings(
      String token,
      Optional<String> guildId,
      String apiUrl,
      Optional<String> gatewayUrl,
      int workers,
      int queue,
      Duration ackWithin,
      Duration threadArchive,
      Duration startTimeout,
      boolean scheduledEvents) {
    this(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        Optional.empty());
  }

  /** The defaults for a token: global commands, Discord's API and gateway. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(
        token,
        Optional.empty(),
        DISCORD_API,
        Optional.empty(),
        4,
        200,
        Duration.ofMillis(1500),
        Duration.ofDays(7),
        Duration.ofSeconds(60),
        true);
  }

  public DiscordSettings withGuild(String guildId) {
    return new DiscordSettings(
        token,
        Optional.of(guildId),
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        shards);
  }

  public DiscordSettings withEndpoints(String apiUrl, Optional<String> gatewayUrl) {
    return new DiscordSettings(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        shards);
  }

  public DiscordSettings withWorkers(int workers, int queue, Duration ackWithin) {
    return new DiscordSettings(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        shards);
  }

  public DiscordSettings withScheduledEvents(boolean scheduledEvents) {
    return new DiscordSettings(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        shards);
  }

  public DiscordSettings withShards(DiscordShards shards) {
    return new DiscordSettings(
        token,
        guildId,
        apiUrl,
        gatewayUrl,
        workers,
        queue,
        ackWithin,
        threadArchive,
        startTimeout,
        scheduledEvents,
        Optional.of(shards));
  }
}
