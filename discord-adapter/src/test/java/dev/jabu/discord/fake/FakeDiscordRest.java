package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Discord's REST API, the part jabu uses, on a local HTTP server under {@code /api/v10/}. Checks
 * the bot token, answers 429 where a test asked for it (with Retry-After and the headers JDA's rate
 * limiter reads), refuses channels a test took away, and validates every body with {@link
 * PayloadRules}.
 */
final class FakeDiscordRest {
  static {
    // Production servers send without Nagle's delay; the JDK's HTTP server does not unless asked,
    // and a response held 40 ms for the client's delayed ACK would be measured as jabu's time.
    // Read once, when this JVM makes its first HttpServer: the benchmarks set it on the command
    // line.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String PREFIX = "/api/v10/";

  private final FakeDiscord discord;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);

  FakeDiscordRest(FakeDiscord discord) {
    this.discord = discord;
    try {
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  void start() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
  }

  void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** One request: what came in, and where the answer goes. */
  private record Call(
      HttpExchange exchange, String method, String path, Map<String, String> query, JsonNode body) {
    String[] parts() {
      return path.split("/");
    }
  }

  /** An answer: status and JSON body (null for 204). */
  private record Answer(int status, JsonNode body) {
    static Answer ok(JsonNode body) {
      return new Answer(200, body);
    }

    static Answer noContent() {
      return new Answer(204, null);
    }

    static Answer error(int status, int code, String message) {
      ObjectNode body =
          FakeDiscord.JSON.createObjectNode().put("code", code).put("message", message);
      return new Answer(status, body);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String rawPath = exchange.getRequestURI().getRawPath();
      if (!rawPath.startsWith(PREFIX)) {
        discord.violation("request outside the API: " + rawPath);
        send(exchange, Answer.error(404, 0, "404: Not Found"));
        return;
      }
      String path = URLDecoder.decode(rawPath.substring(PREFIX.length()), StandardCharsets.UTF_8);
      String method = exchange.getRequestMethod();
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      JsonNode body = body(exchange, bytes);
      Call call = new Call(exchange, method, path, query(exchange), body);
      discord.requests.add(method + " " + path);
      send(exchange, answer(call));
    } catch (RuntimeException e) {
      discord.violation("fake Discord failed on a request: " + e);
      send(exchange, Answer.error(500, 0, "500: fake failed"));
    }
  }

  private Answer answer(Call call) {
    boolean interactionRoute =
        call.path.startsWith("interactions/") || call.path.startsWith("webhooks/");
    String auth = call.exchange.getRequestHeaders().getFirst("Authorization");
    if (!interactionRoute && !("Bot " + FakeDiscord.TOKEN).equals(auth)) {
      return Answer.error(401, 0, "401: Unauthorized");
    }
    for (FakeDiscord.RateLimit limit : discord.rateLimits) {
      if (limit.method().equals(call.method) && call.path.startsWith(limit.pathPrefix())) {
        discord.rateLimits.remove(limit);
        call.exchange
            .getResponseHeaders()
            .add("Retry-After", String.valueOf(limit.retryAfterSeconds()));
        call.exchange.getResponseHeaders().add("X-RateLimit-Limit", "5");
        call.exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
        call.exchange
            .getResponseHeaders()
            .add("X-RateLimit-Reset-After", String.valueOf(limit.retryAfterSeconds()));
        call.exchange
            .getResponseHeaders()
            .add("X-RateLimit-Bucket", "fake-" + limit.pathPrefix().hashCode());
        call.exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
        ObjectNode body = FakeDiscord.JSON.createObjectNode();
        body.put("message", "You are being rate limited.");
        body.put("retry_after", (double) limit.retryAfterSeconds()).put("global", false);
        return new Answer(429, body);
      }
    }
    String[] p = call.parts();
    if (p[0].equals("channels") && p.length >= 2 && discord.refusals.containsKey(p[1])) {
      FakeDiscord.Refusal refusal = discord.refusals.get(p[1]);
      return Answer.error(refusal.status(), refusal.code(), refusal.message());
    }
    if (p[0].equals("guilds") && p.length >= 3 && p[2].equals("scheduled-events")) {
      FakeScheduledEvents.Result result =
          discord.scheduledEvents.answer(call.method, p, call.query, call.body);
      return new Answer(result.status(), result.body());
    }
    String route = call.method + " " + shape(p);
    return switch (route) {
      case "GET users/@me" -> Answer.ok(self());
      case "GET gateway/bot" -> Answer.ok(gatewayBot());
      case "GET gateway" ->
          Answer.ok(FakeDiscord.JSON.createObjectNode().put("url", discord.gatewayUrl()));
      case "GET applications/*/commands" -> Answer.ok(discord.commands(null));
      case "PUT applications/*/commands" -> putCommands(call, "global");
      case "GET applications/*/guilds/*/commands" -> Answer.ok(discord.commands(p[3]));
      case "PUT applications/*/guilds/*/commands" -> putCommands(call, p[3]);
      case "POST interactions/*/*/callback" -> callback(call, p[1], p[2]);
      case "PATCH webhooks/*/*/messages/@original" -> editOriginal(call, p[2]);
      case "DELETE webhooks/*/*/messages/@original" -> deleteOriginal(p[2]);
      case "POST webhooks/*/*" -> followUp(call, p[2]);
      case "POST channels/*/messages" -> createMessage(call, p[1]);
      case "GET channels/*/messages" -> history(call, p[1]);
      case "GET channels/*/messages/*" -> getMessage(p[1], p[3]);
      case "PATCH channels/*/messages/*" -> editMessage(call, p[1], p[3]);
      case "DELETE channels/*/messages/*" -> deleteMessage(p[1], p[3]);
      case "POST channels/*/messages/*/threads" -> startThread(call, p[1], p[3]);
      case "PATCH channels/*" -> modifyChannel(call, p[1]);
      case "GET channels/*/threads/archived/public" -> archivedThreads(p[1]);
      case "POST users/@me/channels" -> openDirectMessage(call);
      default -> {
        discord.violation("route the fake does not know (would jabu need it?): " + route);
        yield Answer.error(404, 0, "404: Not Found");
      }
    };
  }

  /** The route with ids replaced by {@code *}, e.g. {@code channels/* /messages}. */
  private static String shape(String[] parts) {
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      out.add(part.matches("\\d+") || part.startsWith("itoken-") ? "*" : part);
    }
    return String.join("/", out);
  }

  private ObjectNode self() {
    ObjectNode self = discord.users.get(discord.botId).deepCopy();
    self.put("verified", true).put("mfa_enabled", false).put("flags", 0);
    return self;
  }

  private ObjectNode gatewayBot() {
    ObjectNode body = FakeDiscord.JSON.createObjectNode();
    body.put("url", discord.gatewayUrl()).put("shards", discord.shardCount);
    body.putObject("session_start_limit")
        .put("total", 1000)
        .put("remaining", 999)
        .put("reset_after", 0)
        .put("max_concurrency", 1);
    return body;
  }

  private Answer putCommands(Call call, String scope) {
    List<String> problems = PayloadRules.commands(call.body);
    if (!problems.isEmpty()) {
      problems.forEach(p -> discord.violation("command registration: " + p));
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    discord.commandWrites.incrementAndGet();
    ArrayNode stored = FakeDiscord.JSON.createArrayNode();
    for (JsonNode command : call.body) {
      ObjectNode copy = command.deepCopy();
      copy.put("id", discord.ids.next()).put("application_id", discord.applicationId);
      copy.put("version", discord.ids.next());
      if (!"global".equals(scope)) {
        copy.put("guild_id", scope);
      }
      copy.put("type", command.path("type").asInt(1));
      if (!copy.has("default_member_permissions")) {
        copy.putNull("default_member_permissions");
      }
      copy.put("nsfw", command.path("nsfw").asBoolean(false));
      stored.add(copy);
    }
    discord.commands.put(scope, stored);
    return Answer.ok(stored);
  }

  private Answer callback(Call call, String id, String token) {
    FakeInteraction interaction = discord.interactions.get(id);
    if (interaction == null || !interaction.token.equals(token)) {
      discord.violation("callback for an unknown interaction " + id);
      return Answer.error(404, 10062, "Unknown interaction");
    }
    long now = System.nanoTime();
    synchronized (interaction) {
      if (interaction.callback != null) {
        discord.violation("interaction " + id + " answered twice");
        return Answer.error(400, 40060, "Interaction has already been acknowledged.");
      }
      if (now - interaction.dispatchedNanos > FakeDiscord.ACK_WINDOW.toNanos()) {
        discord.violation("interaction " + id + " answered after 3 s");
        return Answer.error(404, 10062, "Unknown interaction");
      }
      int type = call.body.path("type").asInt();
      JsonNode data = call.body.path("data");
      List<String> problems = new ArrayList<>();
      switch (type) {
        case FakeInteraction.MESSAGE -> problems.addAll(PayloadRules.message(data, true));
        case FakeInteraction.DEFERRED -> {}
        case 6, 7 -> {
          if (interaction.type != Interactions.MESSAGE_COMPONENT) {
            problems.add("update callbacks are only for components");
          }
          if (type == 7) {
            problems.addAll(PayloadRules.message(data, false));
          }
        }
        case FakeInteraction.CHOICES -> {
          if (interaction.type != Interactions.AUTOCOMPLETE) {
            problems.add("choices answer a non-autocomplete interaction");
          }
          problems.addAll(PayloadRules.choices(data, focusedType(interaction.payload)));
        }
        case 9 -> {
          if (interaction.type == Interactions.AUTOCOMPLETE
              || interaction.type == FormInteractions.MODAL_SUBMIT) {
            problems.add("a modal cannot answer a modal submission or autocomplete");
          }
          problems.addAll(ModalRules.modal(data));
        }
        default -> problems.add("unknown callback type " + type);
      }
      if (interaction.type == Interactions.AUTOCOMPLETE && type != FakeInteraction.CHOICES) {
        problems.add("autocomplete must be answered with choices (type 8), got " + type);
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> discord.violation("interaction callback: " + p));
        return Answer.error(400, 50035, "Invalid Form Body");
      }
      ObjectNode response = FakeDiscord.JSON.createObjectNode();
      response.putObject("interaction").put("id", id).put("type", interaction.type);
      ObjectNode resource = response.putObject("resource").put("type", type);
      if (type == FakeInteraction.MESSAGE || type == FakeInteraction.DEFERRED) {
        String channelId = interaction.payload.path("channel_id").asText();
        ObjectNode message =
            discord.message(channelId, discord.botId, data.path("content").asText(""));
        copyMessageFields(data, message);
        message.put(
            "flags", data.path("flags").asInt(0) | (type == FakeInteraction.DEFERRED ? 128 : 0));
        message.put("webhook_id", discord.applicationId);
        message.put("application_id", discord.applicationId);
        interaction.original = message;
        if ((data.path("flags").asInt(0) & FakeInteraction.EPHEMERAL) == 0
            && type == FakeInteraction.MESSAGE) {
          discord.store(channelId, message);
        }
        resource.set("message", message.deepCopy());
      }
      interaction.ackedNanos = now;
      interaction.callback = (ObjectNode) call.body.deepCopy();
      return Answer.ok(response);
    }
  }

  /** The type of the option a member is typing into, from an autocomplete payload. */
  private static int focusedType(JsonNode payload) {
    List<JsonNode> options = new ArrayList<>();
    payload.path("data").path("options").forEach(options::add);
    for (int i = 0; i < options.size(); i++) {
      JsonNode option = options.get(i);
      if (option.path("focused").asBoolean(false)) {
        return option.path("type").asInt();
      }
      option.path("options").forEach(options::add);
    }
    return 3;
  }

  private Answer editOriginal(Call call, String token) {
    Optional<FakeInteraction> interaction = byToken(token);
    if (interaction.isEmpty() || interaction.get().original == null) {
      discord.violation("edit of an original that does not exist (token " + token + ")");
      return Answer.error(404, 10008, "Unknown Message");
    }
    List<String> problems = PayloadRules.message(call.body, false);
    if (!problems.isEmpty()) {
      problems.forEach(p -> discord.violation("edit original: " + p));
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    ObjectNode original = interaction.get().original;
    copyMessageFields(call.body, original);
    original.put("flags", original.path("flags").asInt() & ~128);
    original.put("edited_timestamp", Instant.now(discord.clock).toString());
    return Answer.ok(original.deepCopy());
  }

  private Answer deleteOriginal(String token) {
    Optional<FakeInteraction> interaction = byToken(token);
    if (interaction.isEmpty() || interaction.get().original == null) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    interaction.get().originalDeleted = true;
    return Answer.noContent();
  }

  private Answer followUp(Call call, String token) {
    Optional<FakeInteraction> interaction = byToken(token);
    if (interaction.isEmpty() || interaction.get().callback == null) {
      discord.violation("follow-up before the interaction was answered (token " + token + ")");
      return Answer.error(404, 10015, "Unknown Webhook");
    }
    List<String> problems = PayloadRules.message(call.body, true);
    if (!problems.isEmpty()) {
      problems.forEach(p -> discord.violation("follow-up: " + p));
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    String channelId = interaction.get().payload.path("channel_id").asText();
    ObjectNode message =
        discord.message(channelId, discord.botId, call.body.path("content").asText(""));
    copyMessageFields(call.body, message);
    message.put("flags", call.body.path("flags").asInt(0));
    message.put("webhook_id", discord.applicationId);
    if ((call.body.path("flags").asInt(0) & FakeInteraction.EPHEMERAL) == 0) {
      discord.store(channelId, message);
    }
    interaction.get().followUps.add(message);
    return Answer.ok(message);
  }

  private Answer createMessage(Call call, String channelId) {
    if (!discord.channels.containsKey(channelId)) {
      return Answer.error(404, 10003, "Unknown Channel");
    }
    ObjectNode channel = discord.channels.get(channelId);
    if (channel.path("thread_metadata").path("archived").asBoolean(false)) {
      discord.archivedSends.incrementAndGet();
      return Answer.error(400, 50083, "Operation cannot be performed on an archived thread.");
    }
    if (channel.path("type").asInt() == 1
        && discord.closedDirectMessages.contains(
            channel.path("recipients").path(0).path("id").asText())) {
      return Answer.error(403, 50007, "Cannot send messages to this user");
    }
    List<String> problems = PayloadRules.message(call.body, true);
    if (!problems.isEmpty()) {
      problems.forEach(p -> discord.violation("create message in " + channelId + ": " + p));
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    JsonNode nonce = call.body.get("nonce");
    if (nonce != null && call.body.path("enforce_nonce").asBoolean(false)) {
      // Discord returns the earlier message for a repeated nonce instead of posting again
      Instant windowStart = Instant.now(discord.clock).minus(FakeDiscord.NONCE_WINDOW);
      for (ObjectNode earlier : discord.messages(channelId)) {
        if (nonce.asText().equals(earlier.path("nonce").asText(null))
            && earlier.path("author").path("id").asText().equals(discord.botId)
            && Instant.parse(earlier.path("timestamp").asText()).isAfter(windowStart)) {
          return Answer.ok(earlier);
        }
      }
    }
    ObjectNode message =
        discord.message(channelId, discord.botId, call.body.path("content").asText(""));
    copyMessageFields(call.body, message);
    if (nonce != null) {
      message.set("nonce", nonce);
    }
    // Discord pings (and lists in mentions) the allowed users the text mentions
    for (JsonNode user : call.body.path("allowed_mentions").path("users")) {
      if (message.path("content").asText().contains("<@" + user.asText() + ">")) {
        ((ArrayNode) message.get("mentions")).add(discord.users.get(user.asText()).deepCopy());
      }
    }
    discord.store(channelId, message);
    ObjectNode answer = message.deepCopy();
    // like Discord, history does not return the nonce later (discord.py issue #2451)
    return Answer.ok(answer);
  }

  private Answer history(Call call, String channelId) {
    if (!discord.channels.containsKey(channelId)) {
      return Answer.error(404, 10003, "Unknown Channel");
    }
    int limit = Integer.parseInt(call.query.getOrDefault("limit", "50"));
    if (limit < 1 || limit > 100) {
      discord.violation("history limit must be 1 to 100: " + limit);
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    ArrayNode out = FakeDiscord.JSON.createArrayNode();
    List<ObjectNode> all = new ArrayList<>(discord.messages(channelId));
    String after = call.query.get("after");
    if (after != null) {
      // oldest first after a point, newest first otherwise, as Discord answers
      all.stream()
          .filter(
              m ->
                  Long.compareUnsigned(
                          Long.parseUnsignedLong(m.path("id").asText()),
                          Long.parseUnsignedLong(after))
                      > 0)
          .limit(limit)
          .map(FakeDiscordRest::withoutNonce)
          .forEach(out::add);
      List<JsonNode> reversed = new ArrayList<>();
      out.forEach(reversed::add);
      java.util.Collections.reverse(reversed);
      ArrayNode newestFirst = FakeDiscord.JSON.createArrayNode();
      reversed.forEach(newestFirst::add);
      return Answer.ok(newestFirst);
    }
    java.util.Collections.reverse(all);
    all.stream().limit(limit).map(FakeDiscordRest::withoutNonce).forEach(out::add);
    return Answer.ok(out);
  }

  private static ObjectNode withoutNonce(ObjectNode message) {
    ObjectNode copy = message.deepCopy();
    copy.remove("nonce");
    return copy;
  }

  private Answer getMessage(String channelId, String messageId) {
    return discord
        .findMessage(channelId, messageId)
        .map(m -> Answer.ok(withoutNonce(m)))
        .orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
  }

  private Answer editMessage(Call call, String channelId, String messageId) {
    Optional<ObjectNode> message = discord.findMessage(channelId, messageId);
    if (message.isEmpty()) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    List<String> problems = PayloadRules.message(call.body, false);
    if (!problems.isEmpty()) {
      problems.forEach(p -> discord.violation("edit message: " + p));
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    synchronized (message.get()) {
      copyMessageFields(call.body, message.get());
      message.get().put("edited_timestamp", Instant.now(discord.clock).toString());
      return Answer.ok(withoutNonce(message.get()));
    }
  }

  private Answer deleteMessage(String channelId, String messageId) {
    List<ObjectNode> list = discord.messages.getOrDefault(channelId, List.of());
    synchronized (list) {
      boolean removed = list.removeIf(m -> m.path("id").asText().equals(messageId));
      return removed ? Answer.noContent() : Answer.error(404, 10008, "Unknown Message");
    }
  }

  private Answer startThread(Call call, String channelId, String messageId) {
    if (discord.findMessage(channelId, messageId).isEmpty()) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    if (discord.channels.containsKey(messageId)) {
      return Answer.error(400, 160004, "A thread has already been created for this message");
    }
    String name = call.body.path("name").asText("");
    if (name.isEmpty() || name.length() > 100) {
      discord.violation("thread name must be 1 to 100 characters: '" + name + "'");
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    int archive = call.body.path("auto_archive_duration").asInt(4320);
    if (!List.of(60, 1440, 4320, 10080).contains(archive)) {
      discord.violation("auto_archive_duration must be 60, 1440, 4320 or 10080: " + archive);
      return Answer.error(400, 50035, "Invalid Form Body");
    }
    int parentType = discord.channels.get(channelId).path("type").asInt();
    ObjectNode thread = FakeDiscord.JSON.createObjectNode();
    thread.put("id", messageId).put("type", parentType == 5 ? 10 : 11);
    thread.put("guild_id", discord.guildId).put("parent_id", channelId).put("name", name);
    thread.put("owner_id", discord.botId).put("member_count", 1).put("message_count", 0);
    thread.put("total_message_sent", 0).put("rate_limit_per_user", 0).put("flags", 0);
    ObjectNode metadata = thread.putObject("thread_metadata");
    metadata.put("archived", false).put("auto_archive_duration", archive);
    metadata.put("archive_timestamp", Instant.now(discord.clock).toString());
    metadata.put("locked", false).put("invitable", true);
    metadata.put("create_timestamp", Instant.now(discord.clock).toString());
    discord.channels.put(messageId, thread);
    return new Answer(201, thread.deepCopy());
  }

  private Answer modifyChannel(Call call, String channelId) {
    ObjectNode channel = discord.channels.get(channelId);
    if (channel == null) {
      return Answer.error(404, 10003, "Unknown Channel");
    }
    if (call.body.has("archived")) {
      ((ObjectNode) channel.get("thread_metadata"))
          .put("archived", call.body.get("archived").asBoolean());
    }
    return Answer.ok(channel.deepCopy());
  }

  private Answer archivedThreads(String parentId) {
    ObjectNode body = FakeDiscord.JSON.createObjectNode();
    ArrayNode threads = body.putArray("threads");
    discord.threads(parentId).stream()
        .filter(t -> t.path("thread_metadata").path("archived").asBoolean())
        .forEach(threads::add);
    body.putArray("members");
    body.put("has_more", false);
    return Answer.ok(body);
  }

  private Answer openDirectMessage(Call call) {
    String userId = call.body.path("recipient_id").asText();
    if (!discord.users.containsKey(userId)) {
      return Answer.error(400, 50033, "Invalid Recipient(s)");
    }
    Optional<String> existing = discord.directMessageChannel(userId);
    if (existing.isPresent()) {
      return Answer.ok(discord.channels.get(existing.get()).deepCopy());
    }
    ObjectNode channel = FakeDiscord.JSON.createObjectNode();
    channel.put("id", discord.ids.next()).put("type", 1).putNull("last_message_id");
    channel.putArray("recipients").add(discord.users.get(userId).deepCopy());
    discord.channels.put(channel.get("id").asText(), channel);
    return Answer.ok(channel.deepCopy());
  }

  private static void copyMessageFields(JsonNode from, ObjectNode to) {
    for (String key : List.of("content", "embeds", "components", "message_reference")) {
      if (from.has(key)) {
        to.set(key, from.get(key).deepCopy());
      }
    }
  }

  private Optional<FakeInteraction> byToken(String token) {
    return discord.interactions.values().stream().filter(i -> i.token.equals(token)).findFirst();
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> out = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** The JSON body, or the {@code payload_json} part of a multipart body with files. */
  private static JsonNode body(HttpExchange exchange, byte[] bytes) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (bytes.length == 0) {
      return FakeDiscord.JSON.createObjectNode();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (type != null && type.startsWith("multipart/form-data")) {
      String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
      for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
        if (part.contains("name=\"payload_json\"")) {
          int start = part.indexOf("\r\n\r\n") + 4;
          return FakeDiscord.parse(part.substring(start).strip());
        }
      }
      return FakeDiscord.JSON.createObjectNode();
    }
    return FakeDiscord.parse(text);
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().add("via", "1.1 google");
    if (answer.body() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
