package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.discord.fake.FakeDiscord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jabu --console} with a Discord token: Discord connects and the console answers on
 * stdin beside it, one core for both; the end of the console's input stops jabu.
 */
class ConsoleBesideDiscordProcessTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  @TempDir Path workDir;
  private FakeDiscord discord;

  @BeforeEach
  void setUp() throws IOException {
    discord = FakeDiscord.start(clock);
    Path config = workDir.resolve("config");
    Files.createDirectories(config);
    Files.writeString(
        config.resolve("jabu.yaml"),
        String.join(
            "\n",
            "glossary:",
            "  folder: " + Path.of("../config/glossary").toAbsolutePath().normalize(),
            "http: {enabled: false}",
            "discord:",
            "  guild-id: \"" + discord.guildId + "\"",
            "  api-url: " + discord.apiUrl(),
            "  gateway-url: " + discord.gatewayUrl(),
            "  scheduled-events: false",
            "  channels:",
            "    announcements: \"" + discord.announcements + "\"",
            ""),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() {
    discord.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private Process start(String... args) throws IOException {
    return ChildJabu.process(workDir, Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN), args)
        .redirectOutput(workDir.resolve("out.txt").toFile())
        .redirectError(workDir.resolve("err.txt").toFile())
        .start();
  }

  @Test
  void theConsoleAnswersBesideDiscordAndItsAnnouncementGoesToDiscord() throws Exception {
    Process process = start("run", "--console");
    try {
      // the input waits in the pipe until Discord is connected and the console reads it
      try (OutputStream in = process.getOutputStream()) {
        in.write(
            String.join(
                    "\n",
                    "/meetup create title:\"DevOps Korea @everyone 밋업\" start:\"다음 주 금요일 19:00\"",
                    "/meetup announce 1",
                    "")
                .getBytes(StandardCharsets.UTF_8));
      }
      // the end of the console's input stops jabu, as the console alone does
      assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(workDir.resolve("err.txt"));
      assertThat(process.exitValue()).as(err).isZero();
    } finally {
      process.destroyForcibly();
    }

    String out = Files.readString(workDir.resolve("out.txt"));
    assertThat(out).contains("#1");
    assertThat(discord.identifies()).isEqualTo(1);
    List<ObjectNode> posted = discord.messages(discord.announcements);
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).toString()).contains("DevOps Korea");
  }
}
