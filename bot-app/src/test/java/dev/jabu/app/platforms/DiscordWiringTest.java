package dev.jabu.app.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.Launcher;
import dev.jabu.app.Main;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DISCORD_TOKEN} with {@code discord.api-url} and {@code gateway-url} runs jabu there. */
class DiscordWiringTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  private FakeDiscord discord;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start(clock);
  }

  @AfterEach
  void stop() {
    discord.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private JabuConfig config(String token) throws Exception {
    Path file = dir.resolve("jabu.yaml");
    Files.writeString(
        file,
        "glossary:\n  folder: \""
            + Path.of("..", "config", "glossary").toAbsolutePath()
            + "\"\n"
            + "discord:\n"
            + "  guild-id: \""
            + discord.guildId
            + "\"\n"
            + "  api-url: "
            + discord.apiUrl()
            + "\n"
            + "  gateway-url: "
            + discord.gatewayUrl()
            + "\n");
    return ConfigLoader.load(
        file,
        Map.of(
            "DISCORD_TOKEN", token, "JABU_DATABASE_URL", "jdbc:sqlite:" + dir.resolve("jabu.db")));
  }

  @Test
  void theDiscordAdapterStartsFromTheConfigAndAnswers() throws Exception {
    JabuConfig config = config(FakeDiscord.TOKEN);
    assertThat(config.discord().enabled()).isTrue();
    try (Database database = TempDatabase.sqlite()) {
      Jabu jabu = new Jabu(config.core(), config.scheduler(), database, clock, List.of());
      List<PlatformAdapter> adapters = PlatformAdapters.create(config, jabu);
      assertThat(adapters).extracting(PlatformAdapter::platform).containsExactly(Platform.DISCORD);
      PlatformAdapter adapter = adapters.get(0);
      try {
        adapter.start();
        assertThat(adapter.connected()).isTrue();
        String alice = discord.member("alice", false);
        FakeInteraction about = discord.slash(alice, "ko", "about", null, Map.of());
        assertThat(about.content()).contains("jabu");
      } finally {
        adapter.close();
      }
    }
  }

  @Test
  void aTokenDiscordRejectsIsAClearMessageAndExitCode() throws Exception {
    JabuConfig config = config("not-the-token");
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = new Launcher(config).run(Launcher.Format.text);
    } finally {
      System.setErr(original);
    }
    assertThat(code).isEqualTo(Main.PLATFORM_REFUSED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Discord rejected DISCORD_TOKEN")
        .doesNotContain("not-the-token")
        .doesNotContain("Exception");
  }
}
