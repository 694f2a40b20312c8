package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.discord.fake.FakeDiscord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Discord-only jabu as a real process, meetups (and so the calendar feed) off: its HTTP server
 * still starts for the probes, and {@code /readyz} follows the Discord connection.
 */
class DiscordProbesProcessTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  private final HttpClient client = HttpClient.newHttpClient();
  @TempDir Path workDir;
  private FakeDiscord discord;
  private int port;

  @BeforeEach
  void setUp() throws IOException {
    discord = FakeDiscord.start(clock);
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
            "meetups: {enabled: false}",
            "http:",
            "  port: " + port,
            "discord:",
            "  guild-id: \"" + discord.guildId + "\"",
            "  api-url: " + discord.apiUrl(),
            "  gateway-url: " + discord.gatewayUrl(),
            ""),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() {
    discord.close();
  }

  private Process start() throws IOException {
    return ChildJabu.process(workDir, Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN), "run")
        .redirectOutput(workDir.resolve("out.txt").toFile())
        .redirectError(workDir.resolve("err.txt").toFile())
        .start();
  }

  /** Asks {@code path} until it answers {@code status} (the bot may still be starting). */
  private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
    HttpResponse<String> last = null;
    for (int attempt = 0; attempt < 600; attempt++) {
      try {
        last =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (last.statusCode() == status) {
          return last;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        path
            + " never answered "
            + status
            + "; last: "
            + (last == null ? "nothing" : last.statusCode() + " " + last.body())
            + "; stderr: "
            + Files.readString(workDir.resolve("err.txt")));
  }

  @Test
  void probesAnswerForADiscordOnlyBotAndReadinessFollowsTheConnection() throws Exception {
    Process process = start();
    try {
      JsonNode ready = new ObjectMapper().readTree(awaitStatus("/readyz", 200).body());
      assertThat(ready.at("/checks/discord/ok").asBoolean()).isTrue();
      assertThat(ready.at("/checks/database/ok").asBoolean()).isTrue();
      assertThat(awaitStatus("/healthz", 200).body()).contains("\"ok\"");

      discord.close();

      JsonNode unavailable = new ObjectMapper().readTree(awaitStatus("/readyz", 503).body());
      assertThat(unavailable.at("/checks/discord/reason").asText()).isEqualTo("not connected");
      assertThat(unavailable.at("/checks/database/ok").asBoolean()).isTrue();
      assertThat(awaitStatus("/healthz", 200).statusCode()).isEqualTo(200);
    } finally {
      process.destroy(); // SIGTERM: jabu stops cleanly
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }
}
