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
  private final List<ObjectNode> sent = new ArrayList<>();
  private final AtomicInteger identifies = new AtomicInteger();
  private final AtomicInteger resumes = new AtomicInteger();
  private final AtomicLong intents = new AtomicLong(-1);
  private final String sessionId;
  private volatile WebSocket current;
  private volatile CountDownLatch ready = new CountDownLatch(1);

  FakeDiscordGateway(FakeDiscord discord) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.discord = discord;
    this.sessionId = "session-" + discord.ids.next();
    setReuseAddr(true);
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
    long asked = d.path("intents").asLong();
    intents.set(asked);
    if ((asked & PRIVILEGED_INTENTS) != 0) {
      // Discord closes with 4014 when the app has no approval for a privileged intent
      discord.violation("identified with privileged intents: " + asked);
    }
    current = socket;
    synchronized (sent) {
      sent.clear();
    }
    ObjectNode readyEvent = FakeDiscord.JSON.createObjectNode();
    readyEvent.put("v", 10);
    readyEvent.set("user", discord.users.get(discord.botId).deepCopy());
    ((ObjectNode) readyEvent.get("user")).put("verified", true).put("mfa_enabled", false);
    readyEvent.putArray("guilds").addObject().put("id", discord.guildId).put("unavailable", true);
    readyEvent.put("session_id", sessionId);
    readyEvent.put("resume_gateway_url", url());
    readyEvent.putArray("private_channels");
    readyEvent.putArray("shard").add(0).add(1);
    readyEvent.putObject("application").put("id", discord.applicationId).put("flags", 0);
    emit("READY", readyEvent);
    emit("GUILD_CREATE", guild());
    ready.countDown();
  }

  private void resume(WebSocket socket, JsonNode d) {
    resumes.incrementAndGet();
    if (!FakeDiscord.TOKEN.equals(d.path("token").asText())
        || !sessionId.equals(d.path("session_id").asText())) {
      ObjectNode invalid = FakeDiscord.JSON.createObjectNode().put("op", 9).put("d", false);
      socket.send(invalid.toString());
      return;
    }
    long after = d.path("seq").asLong();
    current = socket;
    List<ObjectNode> missed;
    synchronized (sent) {
      missed = sent.stream().filter(f -> f.path("s").asLong() > after).toList();
    }
    missed.forEach(f -> socket.send(f.toString()));
    emit("RESUMED", FakeDiscord.JSON.createObjectNode());
    ready.countDown();
  }

  /** Sends an event once the bot is connected; if it drops, the event is kept for a RESUME. */
  void dispatch(String type, ObjectNode data) {
    awaitConnected();
    emit(type, data);
  }

  private void emit(String type, ObjectNode data) {
    ObjectNode frame = FakeDiscord.JSON.createObjectNode();
    synchronized (sent) {
      frame.put("op", 0).put("s", sent.size() + 1L).put("t", type);
      frame.set("d", data);
      sent.add(frame);
    }
    WebSocket socket = current;
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
    WebSocket socket = current;
    ready = new CountDownLatch(1);
    current = null;
    if (socket != null) {
      socket.close(4000, "fake network failure");
    }
  }

  private void awaitConnected() {
    try {
      if (!ready.await(10, TimeUnit.SECONDS)) {
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
    if (socket == current) {
      current = null;
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
