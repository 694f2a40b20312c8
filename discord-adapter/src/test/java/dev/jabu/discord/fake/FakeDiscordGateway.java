package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway: HELLO on connect, READY and GUILD_CREATE after a valid IDENTIFY (close 4004 for a
 * wrong token), heartbeat ACKs, dispatches with sequence numbers, and RESUME replaying what a
 * dropped connection missed.
 */
final class FakeDiscordGateway extends WebSocketServer {
  private static final int HEARTBEAT_INTERVAL = 41_250;

  /** Intents jabu must not ask for: members, presences, message content. */
  static final long PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

  private final FakeDiscord discord;
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger identifies = new AtomicInteger();
  private final AtomicInteger resumes = new AtomicInteger();
  private final AtomicLong intents = new AtomicLong(-1);
  private final int shardCount;
  private final Shard[] shards;
  private final List<String> identifiedShards = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** One gateway session: a shard of the bot, with what was sent on it for a RESUME. */
  private static final class Shard {
    final List<ObjectNode> sent = new ArrayList<>();
    final String sessionId;
    volatile WebSocket current;
    volatile CountDownLatch ready = new CountDownLatch(1);

    Shard(String sessionId) {
      this.sessionId = sessionId;
    }
  }

  FakeDiscordGateway(FakeDiscord discord, int shardCount) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.discord = discord;
    this.shardCount = shardCount;
    this.shards = new Shard[shardCount];
    for (int i = 0; i < shardCount; i++) {
      shards[i] = new Shard("session-" + discord.ids.next());
    }
    setReuseAddr(true);
    setTcpNoDelay(true); // as a production server does: no Nagle delay on small frames
  }

  /** The shard that receives a guild's events, as Discord assigns it. */
  static int shardOf(String guildId, int shardCount) {
    return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % shardCount);
  }

  private Shard guildShard() {
    return shards[shardOf(discord.guildId, shardCount)];
  }

  /** The shards that identified, as {@code id/total}. */
  List<String> identifiedShards() {
    return List.copyOf(identifiedShards);
  }

  void startAndWait() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("fake gateway did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  int identifies() {
    return identifies.get();
  }

  int resumes() {
    return resumes.get();
  }

  long intents() {
    return intents.get();
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    ObjectNode hello = FakeDiscord.JSON.createObjectNode();
    hello.put("op", 10).putNull("s");
    hello.putNull("t");
    hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL);
    socket.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    JsonNode frame = FakeDiscord.parse(text);
    int op = frame.path("op").asInt(-1);
    JsonNode d = frame.path("d");
    switch (op) {
      case 1 -> {
        ObjectNode ack = FakeDiscord.JSON.createObjectNode().put("op", 11);
        socket.send(ack.toString());
      }
      case 2 -> identify(socket, d);
      case 6 -> resume(socket, d);
      case 3, 4, 8 -> {
        // presence, voice and member requests: accepted, nothing to answer here
      }
      default -> discord.violation("gateway: unknown opcode " + op + ": " + text);
    }
  }

  private void identify(WebSocket socket, JsonNode d) {
    identifies.incrementAndGet();
    if (!FakeDiscord.TOKEN.equals(d.path("token").asText())) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    JsonNode shardField = d.path("shard");
    int shardId = shardField.isArray() ? shardField.path(0).asInt(-1) : 0;
    int total = shardField.isArray() ? shardField.path(1).asInt(-1) : 1;
    if (total != shardCount) {
      // Discord wants every shard of a big bot: 4011 sharding required, 4010 invalid shard
      discord.violation(
          "identified as shard " + shardId + " of " + total + ", not of " + shardCount);
      socket.close(shardCount > 1 && total == 1 ? 4011 : 4010, "Invalid shard.");
      return;
    }
    if (shardId < 0 || shardId >= total) {
      discord.violation("identified as shard " + shardId + " of " + total);
      socket.close(4010, "Invalid shard.");
      return;
    }
    identifiedShards.add(shardId + "/" + total);
    Shard shard = shards[shardId];
    socket.setAttachment(shard);
    long asked = d.path("intents").asLong();
    intents.set(asked);
    if ((asked & PRIVILEGED_INTENTS) != 0) {
      // Discord closes with 4014 when the app has no approval for a privileged intent
      discord.violation("identified with privileged intents: " + asked);
    }
    shard.current = socket;
    synchronized (shard.sent) {
      shard.sent.clear();
    }
    boolean holdsGuild = shard == guildShard();
    ObjectNode readyEvent = FakeDiscord.JSON.createObjectNode();
    readyEvent.put("v", 10);
    readyEvent.set("user", discord.users.get(discord.botId).deepCopy());
    ((ObjectNode) readyEvent.get("user")).put("verified", true).put("mfa_enabled", false);
    var guilds = readyEvent.putArray("guilds");
    if (holdsGuild) {
      guilds.addObject().put("id", discord.guildId).put("unavailable", true);
    }
    readyEvent.put("session_id", shard.sessionId);
    readyEvent.put("resume_gateway_url", url());
    readyEvent.putArray("private_channels");
    readyEvent.putArray("shard").add(shardId).add(total);
    readyEvent.putObject("application").put("id", discord.applicationId).put("flags", 0);
    emit(shard, "READY", readyEvent);
    if (holdsGuild) {
      emit(shard, "GUILD_CREATE", guild());
    }
    shard.ready.countDown();
  }

  private void resume(WebSocket socket, JsonNode d) {
    resumes.incrementAndGet();
    Shard shard = null;
    for (Shard candidate : shards) {
      if (candidate.sessionId.equals(d.path("session_id").asText())) {
        shard = candidate;
      }
    }
    if (!FakeDiscord.TOKEN.equals(d.path("token").asText()) || shard == null) {
      ObjectNode invalid = FakeDiscord.JSON.createObjectNode().put("op", 9).put("d", false);
      socket.send(invalid.toString());
      return;
    }
    long after = d.path("seq").asLong();
    socket.setAttachment(shard);
    shard.current = socket;
    List<ObjectNode> missed;
    synchronized (shard.sent) {
      missed = shard.sent.stream().filter(f -> f.path("s").asLong() > after).toList();
    }
    missed.forEach(f -> socket.send(f.toString()));
    emit(shard, "RESUMED", FakeDiscord.JSON.createObjectNode());
    shard.ready.countDown();
  }

  /**
   * Sends a guild event on the guild's shard once it is connected; if it drops, the event is kept
   * for a RESUME.
   */
  void dispatch(String type, ObjectNode data) {
    Shard shard = guildShard();
    awaitConnected(shard);
    emit(shard, type, data);
  }

  private void emit(Shard shard, String type, ObjectNode data) {
    ObjectNode frame = FakeDiscord.JSON.createObjectNode();
    synchronized (shard.sent) {
      frame.put("op", 0).put("s", shard.sent.size() + 1L).put("t", type);
      frame.set("d", data);
      shard.sent.add(frame);
    }
    WebSocket socket = shard.current;
    if (socket != null && socket.isOpen()) {
      socket.send(frame.toString());
    }
  }

  FakeInteraction interaction(FakeInteraction interaction) {
    discord.interactions.put(interaction.id, interaction);
    interaction.dispatchedNanos = System.nanoTime();
    dispatch("INTERACTION_CREATE", interaction.payload);
    return interaction;
  }

  void drop() {
    Shard shard = guildShard();
    WebSocket socket = shard.current;
    shard.ready = new CountDownLatch(1);
    shard.current = null;
    if (socket != null) {
      socket.close(4000, "fake network failure");
    }
  }

  private static void awaitConnected(Shard shard) {
    try {
      if (!shard.ready.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the bot never identified or resumed on the fake gateway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private ObjectNode guild() {
    ObjectNode guild = FakeDiscord.JSON.createObjectNode();
    guild.put("id", discord.guildId).put("name", "DevOps Korea").putNull("icon");
    guild.put("owner_id", discord.botId).put("preferred_locale", "ko");
    guild.put("member_count", discord.users.size()).put("large", false).put("unavailable", false);
    guild.put("joined_at", "2024-01-01T00:00:00+00:00");
    guild.put("verification_level", 0).put("default_message_notifications", 1);
    guild.put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0);
    guild.put("premium_tier", 0).put("premium_progress_bar_enabled", false).put("afk_timeout", 300);
    guild.putArray("features");
    ObjectNode everyone = guild.putArray("roles").addObject();
    role(everyone, discord.guildId, "@everyone", 0, "1071698660929");
    role(
        ((com.fasterxml.jackson.databind.node.ArrayNode) guild.get("roles")).addObject(),
        discord.moderatorRole,
        "moderators",
        1,
        "8589934592");
    role(
        ((com.fasterxml.jackson.databind.node.ArrayNode) guild.get("roles")).addObject(),
        discord.eventManagerRole,
        "event managers",
        2,
        "8589934592");
    var channels = guild.putArray("channels");
    discord.channels.values().stream()
        .filter(c -> c.path("type").asInt() == 0 || c.path("type").asInt() == 5)
        .forEach(c -> channels.add(c.deepCopy()));
    guild.putArray("threads");
    var members = guild.putArray("members");
    members.add(discord.member(discord.botId));
    guild.putArray("voice_states");
    guild.putArray("presences");
    guild.putArray("emojis");
    guild.putArray("stickers");
    guild.putArray("guild_scheduled_events");
    guild.putArray("stage_instances");
    guild.putArray("soundboard_sounds");
    return guild;
  }

  private static void role(ObjectNode role, String id, String name, int position, String perms) {
    role.put("id", id).put("name", name).put("position", position).put("permissions", perms);
    role.put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false);
    role.put("flags", 0).putNull("icon");
    role.putNull("unicode_emoji");
    role.putObject("colors").put("primary_color", 0).putNull("secondary_color");
    ((ObjectNode) role.get("colors")).putNull("tertiary_color");
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    for (Shard shard : shards) {
      if (socket == shard.current) {
        shard.current = null;
      }
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      discord.violation("gateway server error: " + e);
    }
  }

  void close() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
