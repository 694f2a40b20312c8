package dev.jabu.slack;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API, strict where Slack is: every method needs the right token
 * in {@code Authorization: Bearer}, arguments as Slack's documentation names them, and Block Kit
 * within Slack's limits (50 blocks, 3,000 characters a section, 150 a header, 10 fields of 2,000,
 * 25 buttons with labels of 75 and unique action ids); a channel must exist, hold the bot and not
 * be archived. Unknown methods answer {@code unknown_method}. It keeps every message, ephemeral
 * message and {@code response_url} answer for tests to read, and can be told to answer 429 or to
 * fail after acting, as a crash between a send and its bookkeeping looks from outside.
 */
public final class FakeSlack implements AutoCloseable {
  static {
    // Production servers send without Nagle's delay; the JDK's HTTP server does not unless asked,
    // and a response held 40 ms for the client's delayed ACK would be measured as jabu's time.
    // Read once, when this JVM makes its first HttpServer: the benchmarks set it on the command
    // line.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public static final String BOT_TOKEN = "xoxb-test-bot";
  public static final String APP_TOKEN = "xapp-test-app";
  public static final String BOT_USER = "UJABU";
  public static final String TEAM = "TJABU";

  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  /** A message as Slack keeps it. */
  public record Posted(
      String channel,
      String ts,
      String threadTs,
      String text,
      JsonArray blocks,
      JsonObject metadata,
      String user) {}

  private final HttpServer server;
  private final Map<String, List<Posted>> history = new ConcurrentHashMap<>();
  private final List<Posted> ephemeral = new CopyOnWriteArrayList<>();
  private final List<JsonObject> responses = new CopyOnWriteArrayList<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<JsonObject> views = new CopyOnWriteArrayList<>();
  private final Set<String> channels = ConcurrentHashMap.newKeySet();
  private final Set<String> memberOf = ConcurrentHashMap.newKeySet();
  private final Set<String> archived = ConcurrentHashMap.newKeySet();
  private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
  private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
  private final Set<String> failAfterActing = ConcurrentHashMap.newKeySet();
  private final AtomicLong clockMicros = new AtomicLong(1_800_000_000_000_000L);
  private final AtomicInteger responseUrls = new AtomicInteger();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final AtomicInteger downloads = new AtomicInteger();
  private volatile String socketUrl = "";
  private volatile String botToken = BOT_TOKEN;
  private final Map<String, String> userLocales = new java.util.concurrent.ConcurrentHashMap<>();

  public FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/response/", this::responseUrl);
    server.createContext("/files-pri/", this::download);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  /** Where this fake serves files, as {@code https://files.slack.com/} does. */
  public String filesUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/files-pri/";
  }

  /**
   * A file a member uploaded, as a message's {@code files} entry shows it; its {@code url_private}
   * serves the bytes to a request carrying the bot token.
   */
  JsonObject file(String name, String mimetype, String filetype, byte[] content) {
    String id = "F" + (files.size() + 1);
    String url = filesUrl() + TEAM + "-" + id + "/" + name;
    files.put(URI.create(url).getRawPath(), content);
    JsonObject f = new JsonObject();
    f.addProperty("id", id);
    f.addProperty("name", name);
    f.addProperty("title", name);
    f.addProperty("mimetype", mimetype);
    f.addProperty("filetype", filetype);
    f.addProperty("size", content.length);
    f.addProperty("mode", "hosted");
    f.addProperty("url_private", url);
    f.addProperty("url_private_download", url + "?download=1");
    return f;
  }

  /** How many file downloads were asked for, with or without the right token. */
  int downloads() {
    return downloads.get();
  }

  /** A fresh {@code response_url}, as Slack puts in each command and interaction. */
  public String newResponseUrl() {
    return "http://127.0.0.1:"
        + server.getAddress().getPort()
        + "/response/T/"
        + responseUrls.incrementAndGet();
  }

  /** A public channel the bot is a member of. */
  public FakeSlack channel(String id) {
    channels.add(id);
    memberOf.add(id);
    return this;
  }

  /** A channel the bot was never invited to. */
  FakeSlack channelWithoutBot(String id) {
    channels.add(id);
    return this;
  }

  FakeSlack archivedChannel(String id) {
    channel(id);
    archived.add(id);
    return this;
  }

  FakeSlack userGroup(String id, String... users) {
    userGroups.put(id, List.of(users));
    return this;
  }

  /**
   * A member whose Slack language is {@code locale} (e.g. {@code en-US}), for {@code users.info}.
   */
  public FakeSlack userLocale(String user, String locale) {
    userLocales.put(user, locale);
    return this;
  }

  /** Every token but this one is refused with {@code invalid_auth}. */
  public FakeSlack acceptingBotToken(String token) {
    this.botToken = token;
    return this;
  }

  /** The next call of {@code method} is answered HTTP 429 with this Retry-After. */
  void rateLimitNext(String method, int retryAfterSeconds) {
    rateLimited.put(method, retryAfterSeconds);
  }

  /** The next call of {@code method} acts, then answers HTTP 500 as if the answer was lost. */
  void failAfterActingNext(String method) {
    failAfterActing.add(method);
  }

  void socketModeUrl(String url) {
    this.socketUrl = url;
  }

  /** A member's message in a channel, as if typed in Slack; returns its ts. */
  public String memberMessage(String channel, String user, String text) {
    Posted posted = new Posted(channel, nextTs(), null, text, null, null, user);
    history.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(posted);
    return posted.ts();
  }

  /** The public messages of a channel, oldest first. */
  public List<Posted> messages(String channel) {
    return List.copyOf(history.getOrDefault(channel, List.of()));
  }

  List<Posted> ephemeral() {
    return List.copyOf(ephemeral);
  }

  /** What was posted to response_url, in order. */
  /** The views opened and published, in order. */
  List<JsonObject> views() {
    return List.copyOf(views);
  }

  public List<JsonObject> responses() {
    return List.copyOf(responses);
  }

  /** The Web API methods called, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  long count(String method) {
    return calls.stream().filter(method::equals).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * {@code url_private}: the file for the bot token in {@code Authorization: Bearer}; for anyone
   * else Slack's sign-in page (an HTML page with status 200, not an error).
   */
  private void download(HttpExchange exchange) throws IOException {
    downloads.incrementAndGet();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    byte[] content = files.get(exchange.getRequestURI().getRawPath());
    if (!("Bearer " + botToken).equals(auth)) {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      send(exchange, 200, "<!DOCTYPE html><html><body>Sign in to Slack</body></html>");
      return;
    }
    if (content == null) {
      send(exchange, 404, "file_not_found");
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, content.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(content);
    }
  }

  private void responseUrl(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    JsonObject json = JsonParser.parseString(body).getAsJsonObject();
    String problem = Blocks.problem(json.has("blocks") ? json.getAsJsonArray("blocks") : null);
    if (problem != null || !json.has("text") && !json.has("blocks")) {
      send(exchange, 400, "invalid_blocks " + problem);
      return;
    }
    responses.add(json);
    send(exchange, 200, "ok");
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> args = args(exchange);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String token =
        auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : args.get("token");
    calls.add(method);
    Integer retryAfter = rateLimited.remove(method);
    if (retryAfter != null) {
      exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfter));
      send(exchange, 429, GSON.toJson(error("ratelimited")));
      return;
    }
    boolean appMethod = method.equals("apps.connections.open");
    String expected = appMethod ? APP_TOKEN : botToken;
    if (token == null) {
      json(exchange, error("not_authed"));
      return;
    }
    if (!token.equals(expected)) {
      json(exchange, error("invalid_auth"));
      return;
    }
    JsonObject answer =
        switch (method) {
          case "auth.test" -> authTest();
          case "apps.connections.open" -> ok().deepCopy();
          case "chat.postMessage" -> postMessage(args);
          case "chat.postEphemeral" -> postEphemeral(args);
          case "chat.update" -> update(args);
          case "chat.delete" -> delete(args);
          case "conversations.open" -> open(args);
          case "conversations.history" -> history(args, false);
          case "conversations.replies" -> history(args, true);
          case "usergroups.users.list" -> usergroupUsers(args);
          case "users.info" -> userInfo(args);
          case "views.open" -> view(args, "modal");
          case "views.publish" -> view(args, "home");
          default -> error("unknown_method");
        };
    if (appMethod) {
      answer.addProperty("url", socketUrl);
    }
    if (failAfterActing.remove(method)) {
      send(exchange, 500, "internal error");
      return;
    }
    json(exchange, answer);
  }

  private JsonObject authTest() {
    JsonObject o = ok();
    o.addProperty("url", "https://jabu-test.slack.com/");
    o.addProperty("team", "jabu test");
    o.addProperty("user", "jabu");
    o.addProperty("team_id", TEAM);
    o.addProperty("user_id", BOT_USER);
    o.addProperty("bot_id", "BJABU");
    return o;
  }

  private JsonObject view(Map<String, String> args, String type) {
    if (type.equals("modal")
        && (args.get("trigger_id") == null || args.get("trigger_id").isBlank())) {
      return error("invalid_trigger_id");
    }
    if (type.equals("home") && args.get("user_id") == null) {
      return error("user_not_found");
    }
    JsonObject view = JsonParser.parseString(args.get("view")).getAsJsonObject();
    if (!type.equals(view.get("type").getAsString())) {
      return error("invalid_arguments");
    }
    JsonArray blocks = view.getAsJsonArray("blocks");
    if (blocks.size() > 100 || Inputs.problem(blocks) != null) {
      return error("invalid_arguments");
    }
    if (type.equals("modal")
        && (!view.has("title")
            || view.getAsJsonObject("title").get("text").getAsString().length() > 24)) {
      return error("invalid_arguments");
    }
    views.add(view);
    JsonObject o = ok();
    o.add("view", view);
    return o;
  }

  private JsonObject postMessage(Map<String, String> args) {
    String channel = directByUserId(args.get("channel"));
    JsonObject refused = refuseChannel(channel);
    if (refused != null) {
      return refused;
    }
    JsonArray blocks =
        args.containsKey("blocks")
            ? JsonParser.parseString(args.get("blocks")).getAsJsonArray()
            : null;
    if (Blocks.problem(blocks) != null) {
      return error("invalid_blocks");
    }
    if (!args.containsKey("text") && blocks == null) {
      return error("no_text");
    }
    JsonObject metadata = null;
    if (args.containsKey("metadata")) {
      metadata = JsonParser.parseString(args.get("metadata")).getAsJsonObject();
      if (!metadata.has("event_type") || !metadata.has("event_payload")) {
        return error("invalid_metadata_format");
      }
    }
    String threadTs = args.get("thread_ts");
    if (threadTs != null && find(channel, threadTs) == null) {
      return error("thread_not_found");
    }
    Posted posted =
        new Posted(channel, nextTs(), threadTs, args.get("text"), blocks, metadata, BOT_USER);
    history.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(posted);
    JsonObject o = ok();
    o.addProperty("channel", channel);
    o.addProperty("ts", posted.ts());
    o.add("message", message(posted, true));
    return o;
  }

  private JsonObject postEphemeral(Map<String, String> args) {
    String channel = args.get("channel");
    JsonObject refused = refuseChannel(channel);
    if (refused != null) {
      return refused;
    }
    if (args.get("user") == null) {
      return error("user_not_found");
    }
    JsonArray blocks =
        args.containsKey("blocks")
            ? JsonParser.parseString(args.get("blocks")).getAsJsonArray()
            : null;
    if (Blocks.problem(blocks) != null) {
      return error("invalid_blocks");
    }
    Posted posted =
        new Posted(
            channel,
            nextTs(),
            args.get("thread_ts"),
            args.get("text"),
            blocks,
            null,
            args.get("user"));
    ephemeral.add(posted);
    JsonObject o = ok();
    o.addProperty("message_ts", posted.ts());
    return o;
  }

  private JsonObject update(Map<String, String> args) {
    String channel = args.get("channel");
    Posted old = find(channel, args.get("ts"));
    if (old == null) {
      return error("message_not_found");
    }
    JsonArray blocks =
        args.containsKey("blocks")
            ? JsonParser.parseString(args.get("blocks")).getAsJsonArray()
            : null;
    if (Blocks.problem(blocks) != null) {
      return error("invalid_blocks");
    }
    List<Posted> messages = history.get(channel);
    messages.set(
        messages.indexOf(old),
        new Posted(
            channel,
            old.ts(),
            old.threadTs(),
            args.get("text"),
            blocks,
            old.metadata(),
            old.user()));
    JsonObject o = ok();
    o.addProperty("channel", channel);
    o.addProperty("ts", old.ts());
    return o;
  }

  private JsonObject delete(Map<String, String> args) {
    String channel = args.get("channel");
    Posted old = find(channel, args.get("ts"));
    if (old == null) {
      return error("message_not_found");
    }
    history.get(channel).remove(old);
    JsonObject o = ok();
    o.addProperty("channel", channel);
    o.addProperty("ts", old.ts());
    return o;
  }

  private JsonObject open(Map<String, String> args) {
    String users = args.get("users");
    if (users == null || users.isBlank() || users.contains(",")) {
      return error("users_list_not_supplied");
    }
    String id = "D" + users;
    channels.add(id);
    memberOf.add(id);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", id);
    JsonObject o = ok();
    o.add("channel", channel);
    return o;
  }

  private JsonObject history(Map<String, String> args, boolean replies) {
    String channel = args.get("channel");
    if (!channels.contains(channel)) {
      return error("channel_not_found");
    }
    if (!memberOf.contains(channel)) {
      return error("not_in_channel");
    }
    String oldest = args.getOrDefault("oldest", "0");
    boolean withMetadata =
        "1".equals(args.get("include_all_metadata"))
            || "true".equals(args.get("include_all_metadata"));
    String parent = args.get("ts");
    if (replies && parent == null) {
      return error("invalid_arguments");
    }
    List<Posted> found = new ArrayList<>();
    for (Posted p : history.getOrDefault(channel, List.of())) {
      boolean inScope =
          replies ? parent.equals(p.ts()) || parent.equals(p.threadTs()) : p.threadTs() == null;
      if (inScope && Double.parseDouble(p.ts()) > Double.parseDouble(oldest)) {
        found.add(p);
      }
    }
    if (!replies) {
      Collections.reverse(found); // history is newest first
    }
    JsonArray messages = new JsonArray();
    found.forEach(p -> messages.add(message(p, withMetadata)));
    JsonObject o = ok();
    o.add("messages", messages);
    o.addProperty("has_more", false);
    return o;
  }

  /**
   * {@code users.info}: a member the fake was told of ({@link #userLocale}); their {@code locale}
   * only with {@code include_locale=true}, as Slack does. Anyone else is {@code user_not_found}.
   */
  private JsonObject userInfo(Map<String, String> args) {
    String id = args.get("user");
    if (id == null) {
      return error("invalid_arguments");
    }
    String locale = userLocales.get(id);
    if (locale == null) {
      return error("user_not_found");
    }
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("team_id", TEAM);
    String include = args.getOrDefault("include_locale", "false");
    if (include.equals("true") || include.equals("1")) { // the SDK sends booleans as 1
      user.addProperty("locale", locale);
    }
    JsonObject answer = ok().deepCopy();
    answer.add("user", user);
    return answer;
  }

  private JsonObject usergroupUsers(Map<String, String> args) {
    List<String> users = userGroups.get(args.get("usergroup"));
    if (users == null) {
      return error("no_such_subteam");
    }
    JsonArray array = new JsonArray();
    users.forEach(array::add);
    JsonObject o = ok();
    o.add("users", array);
    return o;
  }

  /** Slack posts to a member id in the member's direct conversation with the app. */
  private String directByUserId(String channel) {
    if (channel != null && channel.startsWith("U")) {
      String dm = "D" + channel;
      channels.add(dm);
      memberOf.add(dm);
      return dm;
    }
    return channel;
  }

  private JsonObject refuseChannel(String channel) {
    if (channel == null || !channels.contains(channel)) {
      return error("channel_not_found");
    }
    if (archived.contains(channel)) {
      return error("is_archived");
    }
    if (!memberOf.contains(channel)) {
      return error("not_in_channel");
    }
    return null;
  }

  private Posted find(String channel, String ts) {
    for (Posted p : history.getOrDefault(channel, List.of())) {
      if (p.ts().equals(ts)) {
        return p;
      }
    }
    return null;
  }

  private static JsonObject message(Posted p, boolean withMetadata) {
    JsonObject m = new JsonObject();
    m.addProperty("type", "message");
    m.addProperty("user", p.user());
    m.addProperty("ts", p.ts());
    if (p.threadTs() != null) {
      m.addProperty("thread_ts", p.threadTs());
    }
    m.addProperty("text", p.text());
    if (withMetadata && p.metadata() != null) {
      m.add("metadata", p.metadata());
    }
    return m;
  }

  /** Slack's message ids: seconds and microseconds, always increasing. */
  private String nextTs() {
    long micros = clockMicros.addAndGet(1000);
    return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
  }

  private static Map<String, String> args(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> args = new LinkedHashMap<>();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.startsWith("application/json")) {
      JsonObject json = JsonParser.parseString(body).getAsJsonObject();
      json.entrySet()
          .forEach(
              e ->
                  args.put(
                      e.getKey(),
                      e.getValue().isJsonPrimitive()
                          ? e.getValue().getAsString()
                          : e.getValue().toString()));
      return args;
    }
    String query = exchange.getRequestURI().getRawQuery();
    for (String source : new String[] {query, body}) {
      if (source == null || source.isEmpty()) {
        continue;
      }
      for (String pair : source.split("&")) {
        int eq = pair.indexOf('=');
        String key =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        args.put(key, value);
      }
    }
    return args;
  }

  private static JsonObject ok() {
    JsonObject o = new JsonObject();
    o.addProperty("ok", true);
    return o;
  }

  private static JsonObject error(String error) {
    JsonObject o = new JsonObject();
    o.addProperty("ok", false);
    o.addProperty("error", error);
    return o;
  }

  private static void json(HttpExchange exchange, JsonObject body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    send(exchange, 200, GSON.toJson(body));
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Views may also hold input blocks; anything else must pass as message blocks do. */
  static final class Inputs {
    private Inputs() {}

    static String problem(JsonArray blocks) {
      JsonArray others = new JsonArray();
      for (JsonElement element : blocks) {
        JsonObject block = element.getAsJsonObject();
        if ("input".equals(block.get("type").getAsString())) {
          if (!block.has("label") || !block.has("element")) {
            return "input without label or element";
          }
          String label = block.getAsJsonObject("label").get("text").getAsString();
          if (label.isEmpty() || label.length() > 2000) {
            return "bad label";
          }
        } else {
          others.add(block);
        }
      }
      // a view holds up to 100 blocks: check the other limits on chunks of 50
      for (int i = 0; i < others.size(); i += 50) {
        JsonArray chunk = new JsonArray();
        for (int j = i; j < Math.min(others.size(), i + 50); j++) {
          chunk.add(others.get(j));
        }
        String problem = Blocks.problem(chunk);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
  }

  /** Slack's Block Kit limits, as its documentation states them. */
  static final class Blocks {
    private Blocks() {}

    /** Why Slack would refuse these blocks, or null when it would take them. */
    static String problem(JsonArray blocks) {
      if (blocks == null) {
        return null;
      }
      if (blocks.size() > 50) {
        return "more than 50 blocks";
      }
      for (JsonElement element : blocks) {
        JsonObject block = element.getAsJsonObject();
        String type = block.get("type").getAsString();
        String problem =
            switch (type) {
              case "section" -> section(block);
              case "header" -> text(block.getAsJsonObject("text"), "plain_text", 150);
              case "context" -> context(block);
              case "actions" -> actions(block);
              case "divider" -> null;
              case "image" ->
                  block.has("image_url") && block.has("alt_text")
                      ? null
                      : "image without url or alt";
              default -> "unknown block type " + type;
            };
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }

    private static String section(JsonObject block) {
      if (!block.has("text") && !block.has("fields")) {
        return "section without text or fields";
      }
      if (block.has("text")) {
        String problem = text(block.getAsJsonObject("text"), null, 3000);
        if (problem != null) {
          return problem;
        }
      }
      if (block.has("fields")) {
        JsonArray fields = block.getAsJsonArray("fields");
        if (fields.size() > 10) {
          return "more than 10 fields";
        }
        for (JsonElement f : fields) {
          String problem = text(f.getAsJsonObject(), null, 2000);
          if (problem != null) {
            return problem;
          }
        }
      }
      return null;
    }

    private static String context(JsonObject block) {
      JsonArray elements = block.getAsJsonArray("elements");
      if (elements == null || elements.isEmpty() || elements.size() > 10) {
        return "context needs 1 to 10 elements";
      }
      for (JsonElement e : elements) {
        String problem = text(e.getAsJsonObject(), null, 3000);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }

    /** Action ids must be unique within their block. */
    private static String actions(JsonObject block) {
      Set<String> actionIds = new HashSet<>();
      JsonArray elements = block.getAsJsonArray("elements");
      if (elements == null || elements.isEmpty() || elements.size() > 25) {
        return "actions need 1 to 25 elements";
      }
      for (JsonElement e : elements) {
        JsonObject button = e.getAsJsonObject();
        if (!"button".equals(button.get("type").getAsString())) {
          return "unexpected element";
        }
        String problem = text(button.getAsJsonObject("text"), "plain_text", 75);
        if (problem != null) {
          return problem;
        }
        String actionId = button.get("action_id").getAsString();
        if (actionId.length() > 255 || !actionIds.add(actionId)) {
          return "action_id too long or repeated: " + actionId;
        }
        if (button.has("style")
            && !Set.of("primary", "danger").contains(button.get("style").getAsString())) {
          return "bad button style";
        }
      }
      return null;
    }

    private static String text(JsonObject text, String requiredType, int max) {
      if (text == null || !text.has("type") || !text.has("text")) {
        return "text object without type or text";
      }
      String type = text.get("type").getAsString();
      if (!type.equals("mrkdwn") && !type.equals("plain_text")) {
        return "unknown text type " + type;
      }
      if (requiredType != null && !requiredType.equals(type)) {
        return "expected " + requiredType;
      }
      String value = text.get("text").getAsString();
      if (value.isEmpty() || value.length() > max) {
        return "text of " + value.length() + " characters (1 to " + max + ")";
      }
      return null;
    }
  }
}
