package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import dev.jabu.core.Clocks;
import dev.jabu.slack.FakeSlack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jabu as a real process on Slack: the launcher's wiring with {@code SLACK_BOT_TOKEN} and {@code
 * SLACK_SIGNING_SECRET} set and {@code slack.api-url} at a fake Slack, serving {@code POST
 * /slack/events} on its one HTTP server.
 */
class SlackProcessTest {
  private static final String SECRET = "process-test-secret";

  @TempDir Path workDir;
  private FakeSlack slack;
  private int port;

  @BeforeEach
  void setUp() throws IOException {
    slack = new FakeSlack();
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path config = workDir.resolve("config");
    Files.createDirectories(config);
    Files.writeString(
        config.resolve("jabu.yaml"),
        "glossary:\n  folder: "
            + Path.of("../config/glossary").toAbsolutePath().normalize()
            + "\nhttp:\n  port: "
            + port
            + "\nslack:\n  api-url: "
            + slack.apiUrl()
            + "\n",
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() {
    slack.close();
  }

  private Process start(Map<String, String> env) throws IOException {
    List<String> command = ChildJabu.command("run");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("JABU_DATABASE_URL");
    builder.environment().remove("DISCORD_TOKEN");
    builder.environment().remove("SLACK_APP_TOKEN");
    builder.environment().putAll(env);
    return builder.start();
  }

  @Test
  void aSignedSlashCommandIsAnsweredByTheRunningBot() throws Exception {
    Process process =
        start(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET));
    var err = drain(process.getErrorStream());
    drain(process.getInputStream());
    try {
      HttpClient client = HttpClient.newHttpClient();
      String body =
          "command=%2Fterm&text="
              + URLEncoder.encode("쿠버네티스", StandardCharsets.UTF_8)
              + "&user_id=UALICE&user_name=alice&channel_id=CGENERAL&channel_name=general"
              + "&team_id=TJABU&trigger_id=t1&response_url="
              + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8);
      HttpResponse<String> answer = null;
      for (int attempt = 0; attempt < 300 && answer == null; attempt++) {
        try {
          // signed by the clock the running bot checks against (the build shifts both alike)
          String ts = Long.toString(Clocks.system().instant().getEpochSecond());
          answer =
              client.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("X-Slack-Request-Timestamp", ts)
                      .header(
                          "X-Slack-Signature",
                          new SlackSignature.Generator(SECRET).generate(ts, body))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      assertThat(answer).as("the bot answered; stderr: %s", err.text()).isNotNull();
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("Kubernetes");
      assertThat(slack.calls()).contains("auth.test");

      HttpResponse<String> forged =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                  .header("X-Slack-Request-Timestamp", "1")
                  .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(401);
    } finally {
      process.destroy(); // SIGTERM: jabu stops cleanly
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aRejectedTokenStopsTheStartWithExitCodeFourAndSaysWhatToDo() throws Exception {
    slack.acceptingBotToken("xoxb-the-right-one");
    Process process =
        start(Map.of("SLACK_BOT_TOKEN", "xoxb-revoked", "SLACK_SIGNING_SECRET", SECRET));
    var err = drain(process.getErrorStream());
    var out = drain(process.getInputStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    err.join();
    out.join();
    assertThat(process.exitValue()).isEqualTo(Main.PLATFORM_REFUSED);
    assertThat(err.text())
        .contains("Slack refused SLACK_BOT_TOKEN (invalid_auth)", "Bot User OAuth Token")
        .doesNotContain("xoxb-revoked", "Exception");
    assertThat(out.text()).isEmpty();
  }

  @Test
  void aBotTokenWithoutSigningSecretOrAppTokenIsAConfigProblem() throws Exception {
    Process process = start(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN));
    process.getOutputStream().close();
    var err = drain(process.getErrorStream());
    drain(process.getInputStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    err.join();
    assertThat(process.exitValue()).isEqualTo(Main.BAD_CONFIG);
    assertThat(err.text()).contains("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN");
  }

  @Test
  void slackManifestPrintsTheAppWithTheRequestUrlFromTheConfiguration() throws Exception {
    Path config = workDir.resolve("config/jabu.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            + "  request-url: https://jabu.example.org/slack/events\n  command-prefix: jabu-\n",
        StandardCharsets.UTF_8);
    List<String> command = ChildJabu.command("slack-manifest");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("SLACK_APP_TOKEN");
    Process process = builder.start();
    var out = drain(process.getInputStream());
    var err = drain(process.getErrorStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    out.join();
    err.join();
    assertThat(process.exitValue()).as(err.text()).isZero();
    assertThat(out.text())
        .startsWith("display_information:")
        .contains("command: /jabu-term", "command: /jabu-meetup", "command: /jabu-recap")
        .contains("request_url: https://jabu.example.org/slack/events")
        .contains("socket_mode_enabled: false");
  }

  private static final class Drain extends Thread {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final InputStream in;

    Drain(InputStream in) {
      this.in = in;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        in.transferTo(bytes);
      } catch (IOException ignored) {
        // the process ended
      }
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static Drain drain(InputStream in) {
    Drain d = new Drain(in);
    d.start();
    return d;
  }
}
