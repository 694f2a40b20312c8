package dev.jabu.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.engine.Moderators;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.glossary.GlossaryCommands;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.JdbcGlossaryStore;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.recap.RecapFeature;
import dev.jabu.core.recap.RecapSettings;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The real Slack adapter (real Bolt, real Slack API client) around a whole core with the glossary
 * and meetups, in front of {@link FakeSlack}; requests are signed as Slack signs them, with the
 * test's clock. Two test commands watch the engine: {@code /probe} counts its runs and {@code
 * /slow} waits until the test lets it finish.
 */
final class SlackFixture implements AutoCloseable {
  static final String SIGNING_SECRET = "test-signing-secret";

  /** The moderators' user group; the fake core counts holders of this role id as moderators. */
  static final String MODERATOR_GROUP = FakePlatform.MODERATOR_ROLE;

  final FakeSlack slack;
  final FakePlatform platform;
  final SlackAdapter adapter;
  final AtomicInteger probes = new AtomicInteger();
  final CountDownLatch slowMayFinish = new CountDownLatch(1);
  private final SlackSignature.Generator signer = new SlackSignature.Generator(SIGNING_SECRET);

  private SlackFixture(
      Database database,
      Duration ackWithin,
      int workers,
      Optional<String> appToken,
      FakeSlack slack)
      throws Exception {
    this.slack = slack.channel("CGENERAL").userGroup(MODERATOR_GROUP, "UMOD");
    List<Feature> features = new ArrayList<>();
    features.add(
        services -> {
          try {
            GlossaryService glossary =
                new GlossaryService(
                    GlossaryLoader.load(Path.of("../config/glossary")).entries(),
                    new JdbcGlossaryStore(services.database()),
                    services.clock());
            glossary.warmUp(); // as the launcher does before a platform connects
            return new GlossaryCommands(glossary, services.outbox());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    AtomicReference<MeetupService> meetups = new AtomicReference<>();
    features.add(
        services -> {
          meetups.set(MeetupFeature.service(services));
          return MeetupFeature.commands(meetups.get(), Optional.empty());
        });
    features.add(
        services ->
            RecapFeature.install(services, RecapSettings.defaults(), Optional.of(meetups.get())));
    features.add(Feature.of(probes()));
    CoreSettings settings =
        CoreSettings.defaults()
            .withModerators(
                new Moderators(Map.of(), Map.of(Platform.SLACK, Set.of(MODERATOR_GROUP))));
    this.platform = FakePlatform.on(database, settings, features);
    this.adapter =
        new SlackAdapter(
            new SlackSettings(
                FakeSlack.BOT_TOKEN,
                Optional.of(SIGNING_SECRET),
                appToken,
                slack.apiUrl(),
                "",
                Optional.of(MODERATOR_GROUP),
                ackWithin,
                workers,
                slack.filesUrl()),
            platform.jabu(),
            platform.clock(),
            Optional.of(new MeetupReads(meetups.get(), settings.moderators())));
  }

  static SlackFixture http() throws Exception {
    return http(SlackSettings.DEFAULT_ACK_WITHIN);
  }

  static SlackFixture http(Duration ackWithin) throws Exception {
    return http(ackWithin, 4);
  }

  /** With one worker, commands run in the order they arrive: tests can wait for the last one. */
  static SlackFixture http(Duration ackWithin, int workers) throws Exception {
    SlackFixture fixture =
        new SlackFixture(
            TempDatabase.sqlite(), ackWithin, workers, Optional.empty(), new FakeSlack());
    fixture.adapter.start();
    return fixture;
  }

  static SlackFixture on(Database database, FakeSlack slack, Optional<String> appToken)
      throws Exception {
    return new SlackFixture(database, SlackSettings.DEFAULT_ACK_WITHIN, 4, appToken, slack);
  }

  private CommandModule probes() {
    return () ->
        List.of(
            CommandSpec.command("probe")
                .description("검사", "probe")
                .handler(
                    ctx -> {
                      probes.incrementAndGet();
                      return Reply.privately(RichMessage.text("probed"));
                    })
                .build(),
            CommandSpec.command("slow")
                .description("느림", "slow")
                .handler(
                    ctx -> {
                      slowMayFinish.await(10, TimeUnit.SECONDS);
                      return Reply.publicly(RichMessage.text("finally done"));
                    })
                .build());
  }

  SlackHttpEndpoint endpoint() {
    return adapter.httpEndpoint().orElseThrow();
  }

  /** A slash command's form body, as Slack sends it. */
  String slashCommand(String user, String command, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "deprecated-verification-token");
    form.put("team_id", FakeSlack.TEAM);
    form.put("team_domain", "jabu-test");
    form.put("channel_id", "CGENERAL");
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase());
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", "AJABU");
    form.put("response_url", slack.newResponseUrl());
    form.put("trigger_id", "trigger-" + System.nanoTime());
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A button press ({@code block_actions}) as Slack posts it: a form with a JSON payload. */
  String buttonPress(String user, String actionId, String messageTs, String triggerId) {
    JsonObject who = new JsonObject();
    who.addProperty("id", user);
    who.addProperty("username", user.toLowerCase());
    who.addProperty("team_id", FakeSlack.TEAM);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", "CGENERAL");
    JsonObject channel = new JsonObject();
    channel.addProperty("id", "CGENERAL");
    channel.addProperty("name", "general");
    JsonObject label = new JsonObject();
    label.addProperty("type", "plain_text");
    label.addProperty("text", "press");
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "b1");
    action.add("text", label);
    action.addProperty("action_ts", "1");
    JsonArray actions = new JsonArray();
    actions.add(action);
    JsonObject team = new JsonObject();
    team.addProperty("id", FakeSlack.TEAM);
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("team", team);
    payload.add("user", who);
    payload.addProperty("api_app_id", "AJABU");
    payload.add("container", container);
    payload.addProperty("trigger_id", triggerId);
    payload.add("channel", channel);
    payload.addProperty("response_url", slack.newResponseUrl());
    payload.add("actions", actions);
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  /** An interaction payload (shortcut, view submission) as Slack posts it: a form field. */
  static String interaction(JsonObject payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  /** An {@code app_mention} event callback, as the Events API posts it. */
  static String mention(String eventId, String user, String text, String ts, String threadTs) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", user);
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    event.addProperty("channel", "CGENERAL");
    event.addProperty("event_ts", ts);
    JsonObject body = new JsonObject();
    body.addProperty("token", "x");
    body.addProperty("team_id", FakeSlack.TEAM);
    body.addProperty("api_app_id", "AJABU");
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", eventId);
    body.addProperty("event_time", 1);
    return body.toString();
  }

  /** The value of a form field in a body made by {@link #slashCommand}. */
  static String field(String form, String name) {
    for (String pair : form.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** Sends a body signed now (by the test's clock), with extra headers. */
  SlackHttpEndpoint.Answer send(String body, Map<String, String> extra) throws Exception {
    String timestamp = Long.toString(platform.clock().instant().getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Slack-Request-Timestamp", timestamp);
    headers.put("X-Slack-Signature", signer.generate(timestamp, body));
    headers.putAll(extra);
    return sendRaw(body, headers);
  }

  SlackHttpEndpoint.Answer send(String body) throws Exception {
    return send(body, Map.of());
  }

  SlackHttpEndpoint.Answer sendRaw(String body, Map<String, String> headers) throws Exception {
    String contentType =
        body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putIfAbsent("Content-Type", contentType);
    return endpoint()
        .handle(
            name ->
                all.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .toList(),
            body.getBytes(StandardCharsets.UTF_8));
  }

  String sign(String timestamp, String body) {
    return signer.generate(timestamp, body);
  }

  @Override
  public void close() throws Exception {
    adapter.close();
    platform.close();
    slack.close();
  }
}
