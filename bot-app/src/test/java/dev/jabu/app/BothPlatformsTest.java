package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.platforms.PlatformAdapters;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.slack.FakeSlack;
import dev.jabu.slack.SlackAdapter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process, one core, both adapters: the real Slack adapter (signed requests at its request URL
 * handler) and the real Discord adapter (JDA against the fake Discord), wired by the launcher's
 * {@link PlatformAdapters} from one configuration. A member linked on both holds one seat, and a
 * leave typed on Slack promotes the member waiting on Discord.
 */
class BothPlatformsTest {
  private static final String SECRET = "both-platforms-secret";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  private final AtomicInteger triggers = new AtomicInteger();
  private FakeDiscord discord;
  private FakeSlack slack;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start(clock);
    slack = new FakeSlack();
  }

  @AfterEach
  void stop() {
    slack.close();
    discord.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private JabuConfig config() throws Exception {
    Path file = dir.resolve("jabu.yaml");
    Files.writeString(
        file,
        "glossary:\n  folder: \""
            + Path.of("..", "config", "glossary").toAbsolutePath()
            + "\"\ndiscord:\n  guild-id: \""
            + discord.guildId
            + "\"\n  api-url: "
            + discord.apiUrl()
            + "\n  gateway-url: "
            + discord.gatewayUrl()
            + "\nslack:\n  api-url: "
            + slack.apiUrl()
            + "\n  moderators:\n    users: [UMOD]\n");
    return ConfigLoader.load(
        file,
        Map.of(
            "DISCORD_TOKEN",
            FakeDiscord.TOKEN,
            "SLACK_BOT_TOKEN",
            FakeSlack.BOT_TOKEN,
            "SLACK_SIGNING_SECRET",
            SECRET,
            "JABU_DATABASE_URL",
            "jdbc:sqlite:" + dir.resolve("jabu.db")));
  }

  /** A slash command typed on Slack, signed as Slack signs it; returns the acknowledgement. */
  private String onSlack(SlackAdapter adapter, String user, String command, String text)
      throws Exception {
    String body =
        "team_id=TJABU&channel_id=CGENERAL&channel_name=general&user_id="
            + user
            + "&user_name="
            + user.toLowerCase()
            + "&command="
            + URLEncoder.encode(command, StandardCharsets.UTF_8)
            + "&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&trigger_id=both-"
            + triggers.incrementAndGet()
            + "&response_url="
            + URLEncoder.encode(slack.newResponseUrl(), StandardCharsets.UTF_8);
    // the Slack adapter checks signatures against the real clock, as it runs in production
    String ts = Long.toString(Clocks.system().instant().getEpochSecond());
    Map<String, String> headers =
        Map.of(
            "content-type",
            "application/x-www-form-urlencoded",
            "x-slack-request-timestamp",
            ts,
            "x-slack-signature",
            new SlackSignature.Generator(SECRET).generate(ts, body));
    var answer =
        adapter
            .httpEndpoint()
            .orElseThrow()
            .handle(
                name -> {
                  String value = headers.get(name.toLowerCase());
                  return value == null ? List.of() : List.of(value);
                },
                body.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }

  private String onDiscord(String user, String command, String subcommand, Map<String, Object> o) {
    return discord.slash(user, "ko", command, subcommand, o).awaitCallback().toString();
  }

  @Test
  void aLinkedMemberHoldsOneSeatAndASlackLeavePromotesTheDiscordWaitlister() throws Exception {
    JabuConfig config = config();
    Features features = Features.from(config);
    try (Database database = TempDatabase.sqlite()) {
      Jabu jabu = new Jabu(config.core(), config.scheduler(), database, clock, features.list());
      List<PlatformAdapter> adapters = PlatformAdapters.create(config, jabu, features.meetups());
      assertThat(adapters)
          .extracting(PlatformAdapter::platform)
          .containsExactly(Platform.DISCORD, Platform.SLACK);
      SlackAdapter onSlack = (SlackAdapter) adapters.get(1);
      try {
        for (PlatformAdapter adapter : adapters) {
          adapter.start();
        }
        String aliceOnDiscord = discord.member("alice", false);
        String carolOnDiscord = discord.member("carol", false);
        onSlack(
            onSlack, "UMOD", "/meetup", "create title:\"Both\" start:2026-12-05T19:00 capacity:1");
        onSlack(onSlack, "UMOD", "/meetup", "announce 1");

        String code = onSlack(onSlack, "UALICE", "/link", "").replaceAll("(?s).*?(\\d{6}).*", "$1");
        assertThat(code).hasSize(6);
        assertThat(onDiscord(aliceOnDiscord, "link", null, Map.of("code", code)))
            .contains("한 사람으로");

        assertThat(onSlack(onSlack, "UALICE", "/meetup", "rsvp 1")).contains("자리를 잡았어요");
        assertThat(onDiscord(aliceOnDiscord, "meetup", "rsvp", Map.of("id", "1")))
            .contains("이미 Both에 자리가 있어요");
        assertThat(onDiscord(carolOnDiscord, "meetup", "rsvp", Map.of("id", "1")))
            .contains("대기 1번");

        onSlack(onSlack, "UALICE", "/meetup", "leave 1");
        assertThat(onDiscord(carolOnDiscord, "meetup", "my", Map.of()))
            .contains("Both", "참석 확정")
            .doesNotContain("대기");
      } finally {
        for (PlatformAdapter adapter : adapters) {
          adapter.close();
        }
      }
    }
  }
}
