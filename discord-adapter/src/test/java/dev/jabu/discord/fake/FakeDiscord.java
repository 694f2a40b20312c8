package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.Clocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Discord that lives in the test: one guild with a text channel, an announcement channel, a
 * moderator role and members; REST ({@link FakeDiscordRest}) and a gateway ({@link
 * FakeDiscordGateway}) that the real JDA connects to. Tests act as members (a slash command, a
 * button press, a mention) and look at what the bot sent. Everything the fake would reject is in
 * {@link #violations()}.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String TOKEN = "fake-bot-token.jabu";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Discord's limit for the first answer to an interaction. */
  public static final Duration ACK_WINDOW = Duration.ofSeconds(3);

  /**
   * How long a repeated nonce with {@code enforce_nonce} returns the first message; Discord says "a
   * few minutes" and publishes no figure.
   */
  public static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

  /** Ids of things made in the test's time: channels, users, messages. */
  final Snowflakes ids;

  /**
   * Ids of interactions, made on jabu's wall clock (shifted ahead in test runs): JDA refuses to
   * answer an interaction whose id says it is older than 15 minutes, so it must not be dated by the
   * test's clock.
   */
  final Snowflakes interactionIds = new Snowflakes(Clocks.system(), 1);

  final Clock clock;
  public final String applicationId;
  public final String botId;
  public final String guildId;
  public final String general;
  public final String announcements;
  public final String moderatorRole;

  /** A role with Manage Events that jabu's configuration does not list. */
  public final String eventManagerRole;

  final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
  final Map<String, List<String>> memberRoles = new ConcurrentHashMap<>();
  final Map<String, ObjectNode> channels = new ConcurrentHashMap<>();
  final Map<String, List<ObjectNode>> messages = new ConcurrentHashMap<>();
  final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
  final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
  final AtomicInteger commandWrites = new AtomicInteger();
  final AtomicInteger archivedSends = new AtomicInteger();
  // queues, not copy-on-write lists: a benchmark sends tens of thousands of requests
  final Queue<String> violations = new ConcurrentLinkedQueue<>();
  final Queue<String> requests = new ConcurrentLinkedQueue<>();
  final List<RateLimit> rateLimits = new CopyOnWriteArrayList<>();
  final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
  final java.util.Set<String> closedDirectMessages = ConcurrentHashMap.newKeySet();

  final FakeScheduledEvents scheduledEvents = new FakeScheduledEvents(this);
  private final FakeDiscordRest rest;
  private final FakeDiscordGateway gateway;

  /** A rule answering the next matching request with 429 and a Retry-After of some seconds. */
  record RateLimit(String method, String pathPrefix, int retryAfterSeconds) {}

  /** A channel Discord refuses, e.g. 403 Missing Access. */
  record Refusal(int status, int code, String message) {}

  /** How many gateway shards Discord asks the bot to run ({@code GET gateway/bot}). */
  final int shardCount;

  private FakeDiscord(Clock clock, int shardCount) {
    this.clock = clock;
    this.shardCount = shardCount;
    this.ids = new Snowflakes(clock, 0);
    this.applicationId = ids.next();
    this.botId = applicationId;
    this.guildId = ids.next();
    this.general = ids.next();
    this.announcements = ids.next();
    this.moderatorRole = ids.next();
    this.eventManagerRole = ids.next();
    users.put(botId, user(botId, "jabu", true));
    memberRoles.put(botId, List.of());
    channels.put(general, guildChannel(general, 0, "general"));
    channels.put(announcements, guildChannel(announcements, 5, "announcements"));
    this.rest = new FakeDiscordRest(this);
    this.gateway = new FakeDiscordGateway(this, shardCount);
  }

  /** Starts a fake Discord whose ids and message times follow {@code clock}. */
  public static FakeDiscord start(Clock clock) {
    return start(clock, 1);
  }

  /** A fake Discord that asks for {@code shards} gateway shards and checks each IDENTIFY's. */
  public static FakeDiscord start(Clock clock, int shards) {
    FakeDiscord discord = new FakeDiscord(clock, shards);
    discord.rest.start();
    discord.gateway.startAndWait();
    return discord;
  }

  /** The REST base URL to give JDA, ending in {@code /}. */
  public String apiUrl() {
    return rest.baseUrl();
  }

  /** The gateway WebSocket URL to give JDA. */
  public String gatewayUrl() {
    return gateway.url();
  }

  /** Adds a member of the guild; with {@code moderator}, holding the moderator role. */
  public String member(String name, boolean moderator) {
    String id = ids.next();
    users.put(id, user(id, name, false));
    memberRoles.put(id, moderator ? List.of(moderatorRole) : List.of());
    return id;
  }

  /** Adds a member of the guild holding exactly these roles. */
  public String memberWithRoles(String name, String... roleIds) {
    String id = ids.next();
    users.put(id, user(id, name, false));
    memberRoles.put(id, List.of(roleIds));
    return id;
  }

  // --- what members do ---

  /**
   * A member runs {@code /command [subcommand] option:value…}; values are given as the member typed
   * them and sent with the registered option's type.
   */
  public FakeInteraction slash(
      String userId,
      String locale,
      String command,
      String subcommand,
      Map<String, Object> options) {
    return gateway.interaction(
        Interactions.slash(this, userId, locale, command, subcommand, options, false));
  }

  /** A member types into the option {@code focused} of a command; the bot must suggest. */
  public FakeInteraction autocomplete(
      String userId,
      String locale,
      String command,
      String subcommand,
      Map<String, Object> options) {
    return gateway.interaction(
        Interactions.slash(this, userId, locale, command, subcommand, options, true));
  }

  /** A member presses a button of a message the bot sent. */
  public FakeInteraction press(String userId, String locale, ObjectNode message, String customId) {
    return gateway.interaction(Interactions.button(this, userId, locale, message, customId));
  }

  /** A member fills and submits the modal the bot opened in answer to {@code opened}. */
  public FakeInteraction submitModal(
      String userId, String locale, FakeInteraction opened, Map<String, String> values) {
    return gateway.interaction(FormInteractions.submit(this, userId, locale, opened, values));
  }

  /** A member picks the message menu command {@code name} ("Apps") on a message. */
  public FakeInteraction messageMenu(
      String userId, String locale, String name, ObjectNode message) {
    return gateway.interaction(FormInteractions.messageMenu(this, userId, locale, name, message));
  }

  /** A member writes a message with files attached (attachment objects from {@link FakeCdn}). */
  public ObjectNode sayWithFiles(
      String userId, String channelId, String content, List<ObjectNode> files) {
    ObjectNode message = message(channelId, userId, content);
    files.forEach(f -> message.withArray("attachments").add(f.deepCopy()));
    store(channelId, message);
    return message;
  }

  /** A member writes a message in a channel; {@code <@botId>} in it mentions jabu. */
  public ObjectNode say(String userId, String channelId, String content) {
    ObjectNode message = message(channelId, userId, content);
    if (content.contains("<@" + botId + ">")) {
      message.putArray("mentions").add(users.get(botId).deepCopy());
    }
    store(channelId, message);
    ObjectNode event = message.deepCopy();
    ObjectNode member = event.putObject("member");
    member.set("roles", JSON.valueToTree(memberRoles.get(userId)));
    member.put("joined_at", "2024-01-01T00:00:00+00:00");
    member.put("deaf", false).put("mute", false).put("flags", 0);
    gateway.dispatch("MESSAGE_CREATE", event);
    return message;
  }

  // --- what tests control ---

  /** The next request whose method and path start like this is answered 429. */
  public void rateLimitNext(String method, String pathPrefix, int retryAfterSeconds) {
    rateLimits.add(new RateLimit(method, pathPrefix, retryAfterSeconds));
  }

  /** Requests to this channel are refused, as Discord does when jabu lost access. */
  public void refuse(String channelId, int status, int code, String message) {
    refusals.put(channelId, new Refusal(status, code, message));
  }

  /** The member closes direct messages from the bot: Discord answers 50007 to each one. */
  public void closeDirectMessages(String userId) {
    closedDirectMessages.add(userId);
  }

  /** A moderator deletes a message (MESSAGE_DELETE); a thread on it stays, as on Discord. */
  public void deleteMessage(String channelId, String messageId) {
    List<ObjectNode> list = messages.getOrDefault(channelId, List.of());
    synchronized (list) {
      list.removeIf(m -> m.path("id").asText().equals(messageId));
    }
    ObjectNode event = JSON.createObjectNode();
    event.put("id", messageId).put("channel_id", channelId).put("guild_id", guildId);
    gateway.dispatch("MESSAGE_DELETE", event);
  }

  /** A moderator deletes a thread with its messages (THREAD_DELETE). */
  public void deleteThread(String threadId) {
    ObjectNode thread = channels.remove(threadId);
    messages.remove(threadId);
    ObjectNode event = JSON.createObjectNode();
    event.put("id", threadId).put("guild_id", guildId);
    event
        .put("parent_id", thread.path("parent_id").asText())
        .put("type", thread.path("type").asInt());
    gateway.dispatch("THREAD_DELETE", event);
  }

  /** Discord archives a quiet thread and tells the bot (THREAD_UPDATE). */
  public void archiveThread(String threadId) {
    ObjectNode thread = channels.get(threadId);
    ((ObjectNode) thread.get("thread_metadata")).put("archived", true);
    gateway.dispatch("THREAD_UPDATE", thread.deepCopy());
  }

  /** Closes the gateway connection as a network failure would; JDA should resume. */
  public void dropGateway() {
    gateway.drop();
  }

  // --- what tests look at ---

  /** Requests Discord would reject, and breaches of jabu's promises (mentions, the 3 s ack). */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** Every request, as {@code METHOD path}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** Messages refused because their thread was archived (Discord answers 50083). */
  public int archivedSends() {
    return archivedSends.get();
  }

  public int commandWrites() {
    return commandWrites.get();
  }

  /** The commands registered in the guild, or globally with {@code null}. */
  public ArrayNode commands(String guildId) {
    ArrayNode list = commands.get(guildId == null ? "global" : guildId);
    return list == null ? JSON.createArrayNode() : list.deepCopy();
  }

  /** The messages in a channel, thread or DM, oldest first. */
  public List<ObjectNode> messages(String channelId) {
    List<ObjectNode> list = messages.getOrDefault(channelId, List.of());
    synchronized (list) {
      return list.stream().map(ObjectNode::deepCopy).toList();
    }
  }

  /** The threads started in a channel. */
  public List<ObjectNode> threads(String parentId) {
    return channels.values().stream()
        .filter(c -> c.path("type").asInt() == 11 || c.path("type").asInt() == 10)
        .filter(c -> parentId.equals(c.path("parent_id").asText()))
        .map(ObjectNode::deepCopy)
        .toList();
  }

  /** The DM channel with a user, if the bot opened one. */
  public Optional<String> directMessageChannel(String userId) {
    return channels.values().stream()
        .filter(c -> c.path("type").asInt() == 1)
        .filter(c -> c.path("recipients").path(0).path("id").asText().equals(userId))
        .map(c -> c.path("id").asText())
        .findFirst();
  }

  /** The guild's scheduled events, by id, as Discord holds them. */
  public Map<String, ObjectNode> scheduledEvents() {
    Map<String, ObjectNode> copy = new java.util.TreeMap<>();
    scheduledEvents.events.forEach((id, e) -> copy.put(id, e.deepCopy()));
    return copy;
  }

  /** A member marks a scheduled event Interested. */
  public void markInterested(String eventId, String userId) {
    scheduledEvents.markInterested(eventId, userId);
  }

  public int identifies() {
    return gateway.identifies();
  }

  /** The shards that identified, as {@code id/total}, in order. */
  public List<String> identifiedShards() {
    return gateway.identifiedShards();
  }

  /** The shard that receives the guild's events. */
  public int guildShard() {
    return FakeDiscordGateway.shardOf(guildId, shardCount);
  }

  public int resumes() {
    return gateway.resumes();
  }

  /** The intents the bot identified with. */
  public long intents() {
    return gateway.intents();
  }

  @Override
  public void close() {
    gateway.close();
    rest.close();
  }

  // --- shapes shared by REST and the gateway ---

  ObjectNode user(String id, String name, boolean bot) {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", id).put("username", name).put("discriminator", "0");
    user.putNull("global_name");
    user.putNull("avatar");
    user.put("bot", bot).put("system", false).put("public_flags", 0);
    return user;
  }

  ObjectNode guildChannel(String id, int type, String name) {
    ObjectNode channel = JSON.createObjectNode();
    channel.put("id", id).put("type", type).put("guild_id", guildId).put("name", name);
    channel.put("position", channels.size()).put("nsfw", false).put("rate_limit_per_user", 0);
    channel.putNull("parent_id");
    channel.putNull("topic");
    channel.putArray("permission_overwrites");
    channel.put("flags", 0);
    return channel;
  }

  ObjectNode member(String userId) {
    ObjectNode member = JSON.createObjectNode();
    member.set("user", users.get(userId).deepCopy());
    member.set("roles", JSON.valueToTree(memberRoles.getOrDefault(userId, List.of())));
    member.put("joined_at", "2024-01-01T00:00:00+00:00");
    member.putNull("nick");
    member.putNull("avatar");
    member.putNull("premium_since");
    member.putNull("communication_disabled_until");
    member.put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
    return member;
  }

  ObjectNode message(String channelId, String authorId, String content) {
    ObjectNode message = JSON.createObjectNode();
    message.put("id", ids.next()).put("type", 0).put("channel_id", channelId);
    ObjectNode channel = channels.get(channelId);
    if (channel != null && channel.has("guild_id")) {
      message.put("guild_id", channel.get("guild_id").asText());
    }
    message.set("author", users.get(authorId).deepCopy());
    message.put("content", content);
    message.put("timestamp", Instant.now(clock).toString());
    message.putNull("edited_timestamp");
    message.put("tts", false).put("mention_everyone", false).put("pinned", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    message.put("flags", 0);
    return message;
  }

  void store(String channelId, ObjectNode message) {
    List<ObjectNode> list =
        messages.computeIfAbsent(channelId, k -> Collections.synchronizedList(new ArrayList<>()));
    list.add(message);
  }

  Optional<ObjectNode> findMessage(String channelId, String messageId) {
    List<ObjectNode> list = messages.getOrDefault(channelId, List.of());
    synchronized (list) {
      return list.stream().filter(m -> m.path("id").asText().equals(messageId)).findFirst();
    }
  }

  void violation(String text) {
    violations.add(text);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
