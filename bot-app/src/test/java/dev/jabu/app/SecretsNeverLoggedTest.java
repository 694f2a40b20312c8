package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import dev.jabu.core.Clocks;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.slack.FakeSlack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognizable fake secrets go in through the environment; jabu is then driven through every kind
 * of failure a secret could leak in (a token Discord refuses, a token Slack refuses, a database
 * that cannot be reached, forged and signed Slack requests), and every line it wrote — log files,
 * stdout, stderr — is searched for them.
 */
class SecretsNeverLoggedTest {
  private static final String DISCORD_SECRET =
      "fake5ODc2NTQzMjEwOTg3NjU0.GzYxWv.recognizable-discord-secret-0001";
  private static final String SLACK_BOT_SECRET = "xoxb-recognizable-slack-secret-0002";
  private static final String SIGNING_SECRET = "recognizable-signing-secret-0003";
  private static final String DB_PASSWORD = "recognizable-db-password-0004";

  @TempDir Path workDir;
  private FakeDiscord discord;
  private FakeSlack slack;
  private int port;

  @BeforeEach
  void setUp() throws IOException {
    discord = FakeDiscord.start(MutableClock.at(Instant.parse("2026-11-23T10:00:00Z")));
    slack = new FakeSlack();
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path config = workDir.resolve("config");
    Files.createDirectories(config);
    Files.writeString(
        config.resolve("jabu.yaml"),
        String.join(
            "\n",
            "glossary:",
            "  folder: " + Path.of("../config/glossary").toAbsolutePath().normalize(),
            "http:",
            "  port: " + port,
            "logging:",
            "  format: json",
            "discord:",
            "  guild-id: \"" + discord.guildId + "\"",
            "  api-url: " + discord.apiUrl(),
            "  gateway-url: " + discord.gatewayUrl(),
            "slack:",
            "  api-url: " + slack.apiUrl(),
            ""),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() {
    discord.close();
    slack.close();
  }

  @Test
  void noSecretIsWrittenAnywhereWhateverGoesWrong() throws Exception {
    assertThat(run(Map.of("DISCORD_TOKEN", DISCORD_SECRET))).isEqualTo(Main.PLATFORM_REFUSED);
    assertThat(
            run(
                Map.of(
                    "SLACK_BOT_TOKEN", SLACK_BOT_SECRET, "SLACK_SIGNING_SECRET", SIGNING_SECRET)))
        .isEqualTo(Main.PLATFORM_REFUSED);
    assertThat(
            run(
                Map.of(
                    "JABU_DATABASE_URL", "postgres://jabu:" + DB_PASSWORD + "@127.0.0.1:1/jabu")))
        .isEqualTo(Main.NO_DATABASE);
    servesBothPlatformsAndRefusesAForgery();

    List<String> written = everythingWritten();
    assertThat(written).as("jabu wrote its logs").anyMatch(line -> line.contains("dev.jabu"));
    for (String secret :
        List.of(
            DISCORD_SECRET,
            SLACK_BOT_SECRET,
            SIGNING_SECRET,
            DB_PASSWORD,
            FakeDiscord.TOKEN,
            FakeSlack.BOT_TOKEN)) {
      assertThat(written).as("lines holding %s", secret).noneMatch(line -> line.contains(secret));
    }
  }

  @Test
  void jsonLogsCarryTheCorrelationIdOfEachCommand() throws Exception {
    servesBothPlatformsAndRefusesAForgery();

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : logLines()) {
      lines.add(json.readTree(line)); // every line is one JSON object
    }
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.path("logger").asText()).isEqualTo("dev.jabu.commands");
              assertThat(line.path("message").asText())
                  .contains("command=term", "platform=slack", "outcome=ok");
              assertThat(line.path("cid").asText()).matches("[0-9a-f]{8}");
            });
  }

  /** Discord and Slack connected with good tokens; a forged and a signed Slack request. */
  private void servesBothPlatformsAndRefusesAForgery() throws Exception {
    Process process =
        start(
            Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String body =
          "command=%2Fterm&text=k8s&user_id=UALICE&user_name=alice&channel_id=CGENERAL"
              + "&channel_name=general&team_id=TJABU&trigger_id=t1&response_url="
              + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8);
      HttpResponse<String> signed = null;
      for (int attempt = 0; attempt < 600 && signed == null; attempt++) {
        try {
          String ts = Long.toString(Clocks.system().instant().getEpochSecond());
          signed =
              client.send(
                  slackRequest(body)
                      .header("X-Slack-Request-Timestamp", ts)
                      .header(
                          "X-Slack-Signature",
                          new SlackSignature.Generator(SIGNING_SECRET).generate(ts, body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (signed.statusCode() == 503) {
            signed = null; // Slack not connected yet
            Thread.sleep(100);
          }
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      assertThat(signed).isNotNull();
      assertThat(signed.statusCode()).isEqualTo(200);
      HttpResponse<String> forged =
          client.send(
              slackRequest(body)
                  .header("X-Slack-Request-Timestamp", "1")
                  .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                  .header("Authorization", "Bearer " + SLACK_BOT_SECRET)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(401);
    } finally {
      process.destroy(); // SIGTERM: jabu stops cleanly and logs its stop
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private HttpRequest.Builder slackRequest(String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private int run(Map<String, String> env) throws Exception {
    Process process = start(env);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private int runs;

  private Process start(Map<String, String> env) throws IOException {
    runs++;
    ProcessBuilder builder =
        ChildJabu.process(workDir, env, "run")
            .redirectOutput(workDir.resolve("out-" + runs + ".txt").toFile())
            .redirectError(workDir.resolve("err-" + runs + ".txt").toFile());
    return builder.start();
  }

  private List<String> logLines() throws IOException {
    try (Stream<Path> files = Files.list(workDir.resolve("data/logs"))) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
      return lines;
    }
  }

  private List<String> everythingWritten() throws IOException {
    List<String> lines = new ArrayList<>(logLines());
    try (Stream<Path> files = Files.list(workDir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
