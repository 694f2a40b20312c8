package dev.jabu.discord;

import dev.jabu.core.Jabu;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.NativeEvents;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.platform.PlatformStartException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jabu on Discord: connects JDA with only the intents jabu needs (no privileged ones: no message
 * content, members or presences; messages that mention the bot still carry their text), registers
 * the slash commands, and hands interactions to {@link DiscordEvents} and outbox rows to {@link
 * DiscordSender}. JDA reconnects and resumes a lost gateway by itself.
 */
public final class DiscordAdapter implements PlatformAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
  private static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

  private static final long POLL_MILLIS = 20;

  private final DiscordSettings settings;
  private final Jabu jabu;
  private final EngineWorkers workers;
  private final DiscordEvents events;
  private final DiscordSender sender;
  private final Optional<DiscordScheduledEvents> scheduledEvents;
  private volatile JDA jda;
  private volatile ShardManager shardManager;

  public DiscordAdapter(DiscordSettings settings, Jabu jabu) {
    this.settings = settings;
    this.jabu = jabu;
    this.workers = new EngineWorkers(jabu.engine(), settings.workers(), settings.queue());
    this.events =
        new DiscordEvents(
            jabu.registry(),
            workers,
            settings.ackWithin(),
            jabu.settings().defaultLocale(),
            new DiscordFiles(settings.apiUrl()));
    this.scheduledEvents =
        settings.scheduledEvents()
            ? settings.guildId().map(guild -> new DiscordScheduledEvents(this::jda, guild))
            : Optional.empty();
    this.sender =
        new DiscordSender(this::jda, settings.threadArchive(), scheduledEvents, jabu.outbox());
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public void start() throws PlatformStartException {
    // JDA would allow @everyone, roles and users by default; jabu pings no one it is not asked to
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    try {
      if (settings.shards().isPresent()) {
        shardManager = shardManager(settings.shards().get());
      } else {
        jda = singleConnection().build();
      }
    } catch (InvalidTokenException e) {
      throw new PlatformStartException(
          "Discord rejected DISCORD_TOKEN. Copy the bot token again from the Discord developer"
              + " portal (Bot → Reset Token) and set DISCORD_TOKEN to it.",
          e);
    }
    awaitReady();
    try {
      if (runsGuildShard()) {
        DiscordRegistration.sync(jda(), settings.guildId(), jabu.registry());
      } else {
        log.info("the instance running the server's shard registers the slash commands");
      }
    } catch (IllegalStateException e) {
      close();
      throw new PlatformStartException(e.getMessage(), e);
    } catch (ErrorResponseException e) {
      close();
      throw new PlatformStartException(
          "Discord refused to register jabu's slash commands: "
              + e.getMeaning()
              + ". Invite jabu with the applications.commands scope (bin/jabu discord-invite).",
          e);
    }
  }

  private JDABuilder singleConnection() {
    JDABuilder builder =
        JDABuilder.createLight(settings.token(), INTENTS)
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
            .setEnableShutdownHook(false)
            .addEventListeners(events);
    settings
        .gatewayUrl()
        .ifPresent(
            url ->
                builder
                    .setSessionController(new FixedGateway(url))
                    .setCompression(Compression.NONE));
    return builder;
  }

  /**
   * The shards this instance runs, through JDA's shard manager: same light cache and intents as one
   * connection; Discord sends each guild's events to one shard.
   */
  private ShardManager shardManager(DiscordShards shards) {
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
            .setEnableShutdownHook(false)
            .setShardsTotal(shards.total())
            .setShards(shards.running())
            .addEventListeners(events);
    settings
        .gatewayUrl()
        .ifPresent(
            url ->
                builder
                    .setSessionController(new FixedGateway(url))
                    .setCompression(Compression.NONE));
    return builder.build();
  }

  /**
   * Whether this instance runs the shard that holds the configured server (or no server is set).
   */
  private boolean runsGuildShard() {
    if (settings.shards().isEmpty() || settings.guildId().isEmpty()) {
      return true;
    }
    DiscordShards shards = settings.shards().get();
    return shards.running().contains(DiscordShards.of(settings.guildId().get(), shards.total()));
  }

  /** Every connection this instance runs: one, or its shards. */
  private List<JDA> connections() {
    ShardManager manager = shardManager;
    if (manager != null) {
      return manager.getShards();
    }
    JDA single = jda;
    return single == null ? List.of() : List.of(single);
  }

  private void awaitReady() throws PlatformStartException {
    // elapsed time, not the wall clock: a deadline that survives clock changes
    long deadline = System.nanoTime() + settings.startTimeout().toNanos();
    try {
      while (!connected()) {
        boolean failed =
            connections().stream()
                .map(JDA::getStatus)
                .anyMatch(s -> s == JDA.Status.SHUTDOWN || s == JDA.Status.FAILED_TO_LOGIN);
        JDA.Status status =
            connections().stream()
                .map(JDA::getStatus)
                .filter(s -> s != JDA.Status.CONNECTED)
                .findFirst()
                .orElse(JDA.Status.CONNECTED);
        if (failed) {
          throw new PlatformStartException(
              "Discord closed the gateway while jabu logged in ("
                  + status
                  + "); check DISCORD_TOKEN and discord.gateway-url");
        }
        if (System.nanoTime() - deadline > 0) {
          close();
          throw new PlatformStartException(
              "Discord's gateway did not answer within "
                  + settings.startTimeout().toSeconds()
                  + " s");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new PlatformStartException("interrupted while connecting to Discord", e);
    }
    log.info(
        "Discord connected as {} ({} connection(s))",
        jda().getSelfUser().getName(),
        connections().size());
  }

  @Override
  public Sender sender() {
    return sender;
  }

  /** The gateway heartbeat round trip, averaged over this instance's shards. */
  @Override
  public Optional<Duration> gatewayLatency() {
    var pings = connections().stream().mapToLong(JDA::getGatewayPing).filter(p -> p >= 0).average();
    return pings.isPresent()
        ? Optional.of(Duration.ofMillis(Math.round(pings.getAsDouble())))
        : Optional.empty();
  }

  /** The guild's scheduled events, when {@code discord.guild-id} is set and mirroring is on. */
  @Override
  public Optional<NativeEvents> nativeEvents() {
    return scheduledEvents.map(NativeEvents.class::cast);
  }

  @Override
  public boolean connected() {
    List<JDA> all = connections();
    int expected = settings.shards().map(s -> s.running().size()).orElse(1);
    return all.size() == expected
        && all.stream().allMatch(c -> c.getStatus() == JDA.Status.CONNECTED);
  }

  /**
   * The connection to send through: the shard that holds the configured guild when this instance
   * runs it (its channels and threads are cached there), else the first; null before {@link
   * #start()}.
   */
  JDA jda() {
    ShardManager manager = shardManager;
    if (manager == null) {
      return jda;
    }
    JDA guildShard =
        settings
            .guildId()
            .map(g -> manager.getShardById(DiscordShards.of(g, settings.shards().get().total())))
            .orElse(null);
    if (guildShard != null) {
      return guildShard;
    }
    List<JDA> shards = manager.getShards();
    return shards.isEmpty() ? null : shards.get(0);
  }

  @Override
  public void close() {
    ShardManager manager = shardManager;
    if (manager != null) {
      manager.shutdown();
    }
    JDA current = jda;
    if (current != null) {
      current.shutdown();
      try {
        if (!current.awaitShutdown(10, TimeUnit.SECONDS)) {
          current.shutdownNow();
        }
      } catch (InterruptedException e) {
        current.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    events.close();
    workers.close();
  }
}
