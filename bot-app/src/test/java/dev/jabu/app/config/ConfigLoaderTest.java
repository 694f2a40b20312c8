package dev.jabu.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @org.junit.jupiter.api.BeforeEach
  void glossaryFolder() throws Exception {
    Files.createDirectories(dir.resolve("glossary"));
  }

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("jabu.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static ConfigException problems(Path file, Map<String, String> env) {
    return (ConfigException)
        org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.load(file, env));
  }

  @Test
  void theShippedConfigIsValidAndHoldsTheDefaults() throws Exception {
    JabuConfig config = ConfigLoader.load(Path.of("../config/jabu.yaml"), Map.of());
    assertThat(config.core().communityName()).isEqualTo("DevOps Korea");
    assertThat(config.core().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(config.core().defaultLocale()).isEqualTo(Locale.KOREAN);
    assertThat(config.databaseFile()).isEqualTo(Path.of("data/jabu.db"));
    assertThat(config.consoleUser()).isEqualTo("operator");
    assertThat(config.scheduler()).isEqualTo(dev.jabu.core.schedule.SchedulerSettings.defaults());
    assertThat(config.reminders()).isEqualTo(dev.jabu.core.meetup.ReminderSettings.defaults());
    assertThat(config.waitlistOffers()).isEqualTo(dev.jabu.core.meetup.WaitlistOffers.defaults());
    assertThat(config.core().moments()).isEqualTo(dev.jabu.core.parse.MomentRules.defaults());
    assertThat(config.digest()).isPresent();
  }

  @Test
  void meetupTimesAreConfigurableAndCheckedWithTheirPaths() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write("meetups:\n  times: {plausible-hours: \"10:00-21:30\", horizon: 365d}\n"),
            Map.of());
    assertThat(config.core().moments())
        .isEqualTo(
            new dev.jabu.core.parse.MomentRules(
                java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(21, 30),
                java.time.Duration.ofDays(365)));
    ConfigException e =
        problems(
            write("meetups:\n  times: {plausible-hours: \"evenings\", horizon: soon}\n"), Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactly("meetups.times.plausible-hours", "meetups.times.horizon");
    assertThat(
            problems(write("meetups:\n  times: {plausible-hours: \"22:00-09:00\"}\n"), Map.of())
                .problems())
        .extracting(ConfigProblem::path)
        .containsExactly("meetups.times.plausible-hours");
  }

  @Test
  void waitlistOffersAndTheConfirmingReminderAreConfigurableAndChecked() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write(
                "meetups:\n  reminders: {offsets: [2d, 3h], confirm: 3h}\n"
                    + "  waitlist: {offer-window: 6h, offers-from: 2d, keep-place: true}\n"),
            Map.of());
    assertThat(config.reminders().confirmWith()).isEqualTo("3h");
    assertThat(config.waitlistOffers())
        .isEqualTo(
            new dev.jabu.core.meetup.WaitlistOffers(Duration.ofHours(6), Duration.ofDays(2), true));
    assertThat(
            ConfigLoader.load(write("meetups:\n  waitlist: {offers-from: off}\n"), Map.of())
                .waitlistOffers()
                .on())
        .isFalse();
    assertThat(
            ConfigLoader.load(write("meetups:\n  reminders: {confirm: off}\n"), Map.of())
                .reminders()
                .confirmWith())
        .isEmpty();
    ConfigException e =
        problems(
            write(
                "meetups:\n  reminders: {offsets: [1d], confirm: 2h}\n"
                    + "  waitlist: {offer-window: soon, offers-from: -3h}\n"),
            Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "meetups.reminders.confirm",
            "meetups.waitlist.offer-window",
            "meetups.waitlist.offers-from");
  }

  @Test
  void remindersSchedulerAndDigestAreConfigurable() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write(
                "meetups: {reminders: {offsets: [2d, 30m], waitlist: 3}}\n"
                    + "scheduler: {polling-interval: 250ms, heartbeat-interval: 2s,"
                    + " missed-heartbeats: 5, threads: 2, grace: 2h}\n"
                    + "digest: {day: friday, time: \"17:30\"}\n"
                    + "discord: {channels: {announcements: \"111\", digest: \"222\"}}\n"),
            Map.of());
    assertThat(config.reminders().offsets())
        .extracting(dev.jabu.core.meetup.ReminderOffset::label)
        .containsExactly("2d", "30m");
    assertThat(config.reminders().waitlistMessages()).isEqualTo(3);
    assertThat(config.scheduler())
        .isEqualTo(
            new dev.jabu.core.schedule.SchedulerSettings(
                Duration.ofMillis(250), Duration.ofSeconds(2), 5, 2, Duration.ofHours(2)));
    var digest = config.digest().orElseThrow();
    assertThat(digest.day()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    assertThat(digest.time()).isEqualTo(java.time.LocalTime.of(17, 30));
    assertThat(digest.channels())
        .extracting(c -> c.key())
        .containsExactly("discord:222", "console:announcements");

    ConfigException e =
        problems(
            write(
                "meetups: {reminders: {offsets: [1 week]}}\n"
                    + "scheduler: {missed-heartbeats: 2}\n"
                    + "digest: {day: someday, time: \"25:00\"}\n"),
            Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "meetups.reminders.offsets",
            "scheduler.missed-heartbeats",
            "digest.day",
            "digest.time");
    assertThat(ConfigLoader.load(write("digest: {enabled: false}\n"), Map.of()).digest()).isEmpty();
  }

  @Test
  void readsEveryKey() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write(
                """
                community: {name: Test Ops, zone: America/New_York, locale: en}
                database: {file: /tmp/x.db}
                rate-limit: {commands: 3, window: 1m}
                discord:
                  channels: {announcements: 1234567890}
                  moderators: {roles: [111], users: ["222"]}
                slack:
                  channels: {announcements: C01}
                  moderators: {users: [U9]}
                console: {user: ops, moderator: false}
                """),
            Map.of());
    assertThat(config.core().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(config.core().defaultLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(config.core().rateLimitCount()).isEqualTo(3);
    assertThat(config.core().rateLimitWindow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.channels().get(Platform.DISCORD))
        .containsEntry("announcements", "1234567890");
    assertThat(config.channels().get(Platform.SLACK)).containsEntry("announcements", "C01");
    var mods = config.core().moderators();
    assertThat(mods.isModerator(Member.of(UserRef.parse("discord:222")))).isTrue();
    assertThat(mods.isModerator(Member.of(UserRef.parse("discord:9")).withRoles(Set.of("111"))))
        .isTrue();
    assertThat(mods.isModerator(Member.of(UserRef.parse("slack:U9")))).isTrue();
    assertThat(mods.isModerator(Member.of(UserRef.parse("slack:222")))).isFalse();
    assertThat(config.consoleModerator()).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnceWithPathsAndFixes() throws Exception {
    ConfigException e =
        problems(
            write(
                """
                community: {name: X, zone: Asia/Seol, locale: jp}
                rate-limit: {commands: "many", window: soon}
                discrod: {}
                console: {moderator: yes please}
                """),
            Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "community.zone",
            "community.locale",
            "rate-limit.commands",
            "rate-limit.window",
            "discrod",
            "console.moderator");
    assertThat(e.getMessage())
        .contains("6 problems")
        .contains("did you mean `discord`?")
        .contains("Asia/Seoul")
        .contains("use ko or en");
  }

  /** A scalar where a list belongs was told to write ["id1", "id2"], reminder offsets too. */
  @Test
  void aListKeyGivenOneValueShowsThatKeysOwnForm() throws Exception {
    ConfigException e =
        problems(
            write(
                """
                community: {name: [a, b]}
                meetups: {reminders: {offsets: 7d}}
                discord: {moderators: {roles: 123}, shards: {total: 2, ids: 0}}
                """),
            Map.of());
    Map<String, String> fixes =
        e.problems().stream()
            .collect(java.util.stream.Collectors.toMap(ConfigProblem::path, ConfigProblem::fix));
    assertThat(fixes.get("meetups.reminders.offsets")).isEqualTo("write e.g. [7d, 1d, 1h]");
    assertThat(fixes.get("discord.shards.ids")).isEqualTo("write e.g. [0, 1]");
    assertThat(fixes.get("discord.moderators.roles")).contains("[\"").doesNotContain("7d");
    assertThat(fixes.get("community.name")).isNotBlank();
  }

  @Test
  void slackKeysAndSecretsAreReadAndChecked() throws Exception {
    Path file =
        write(
            """
            slack:
              moderators: {users: [U9], user-group: S0MODS}
              api-url: http://127.0.0.1:9999/api
              request-url: https://jabu.example.org/slack/events
              command-prefix: jabu-
            """);
    JabuConfig config =
        ConfigLoader.load(
            file, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret"));
    assertThat(config.slack().enabled()).isTrue();
    assertThat(config.slack().needsHttp()).isTrue();
    assertThat(config.slack().apiUrl()).isEqualTo("http://127.0.0.1:9999/api");
    assertThat(config.slack().requestUrl()).contains("https://jabu.example.org/slack/events");
    assertThat(config.slack().commandPrefix()).isEqualTo("jabu-");
    var mods = config.core().moderators();
    assertThat(mods.isModerator(Member.of(UserRef.parse("slack:U1")).withRoles(Set.of("S0MODS"))))
        .isTrue();
    assertThat(mods.isModerator(Member.of(UserRef.parse("slack:U1")))).isFalse();

    JabuConfig socket =
        ConfigLoader.load(file, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
    assertThat(socket.slack().socketMode()).isTrue();
    assertThat(socket.slack().needsHttp()).isFalse();
    assertThat(ConfigLoader.load(file, Map.of()).slack().enabled()).isFalse();
  }

  @Test
  void slackProblemsSayWhatToSet() throws Exception {
    Path bad =
        write(
            """
            http: {enabled: false}
            slack: {api-url: "slack.com", command-prefix: "Jabu "}
            """);
    ConfigException e =
        problems(bad, Map.of("SLACK_BOT_TOKEN", "xoxp-user", "SLACK_SIGNING_SECRET", "s"));
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "slack.api-url", "slack.command-prefix", "env SLACK_BOT_TOKEN", "http.enabled");
    ConfigException noWayIn = problems(write("{}\n"), Map.of("SLACK_BOT_TOKEN", "xoxb-1"));
    assertThat(noWayIn.getMessage()).contains("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN");
    ConfigException noBot = problems(write("{}\n"), Map.of("SLACK_APP_TOKEN", "xapp-1"));
    assertThat(noBot.getMessage()).contains("SLACK_BOT_TOKEN");
  }

  @Test
  void anUnknownNestedKeyIsAnError() throws Exception {
    ConfigException e = problems(write("slack:\n  moderators:\n    roles: [x]\n"), Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactly("slack.moderators.roles");
  }

  @Test
  void theGlossaryFolderIsFoundBesideTheConfigAndMustExist() throws Exception {
    Path file = write("glossary: {folder: terms}\n");
    assertThat(problems(file, Map.of()).getMessage()).contains("glossary.folder", "terms");
    Files.createDirectories(dir.resolve("terms"));
    assertThat(ConfigLoader.load(file, Map.of()).glossaryFolder()).contains(dir.resolve("terms"));
    assertThat(
            ConfigLoader.load(write("glossary: {enabled: false, folder: nowhere}\n"), Map.of())
                .glossaryFolder())
        .isEmpty();
  }

  @Test
  void outboxDeliveryIsConfigurable() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write(
                "outbox: {max-attempts: 3, first-wait: 5s, max-wait: 1m, lease: 30s,"
                    + " concurrency: 2, poll-interval: 250ms, shutdown-grace: 2s}\n"),
            Map.of());
    assertThat(config.delivery())
        .isEqualTo(
            new dev.jabu.core.outbox.DeliverySettings(
                new dev.jabu.core.outbox.RetryPolicy(
                    3, Duration.ofSeconds(5), Duration.ofMinutes(1)),
                Duration.ofSeconds(30),
                2,
                Duration.ofMillis(250),
                Duration.ofSeconds(2)));
    ConfigException e =
        problems(write("outbox: {max-attempts: 0, first-wait: 1h, max-wait: 1m}\n"), Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder("outbox.max-attempts", "outbox.max-wait");
  }

  @Test
  void recapsAreOnWithPublicAddressesOnlyUnlessConfigured() throws Exception {
    JabuConfig defaults = ConfigLoader.load(write(""), Map.of());
    assertThat(defaults.recaps()).isPresent();
    assertThat(defaults.recaps().get().allowPrivateAddresses()).isFalse();
    assertThat(defaults.recaps().get().connectTimeout()).isEqualTo(Duration.ofSeconds(5));

    JabuConfig custom =
        ConfigLoader.load(
            write(
                """
                recaps:
                  fetch: {allow-private-addresses: true, connect-timeout: 2s, read-timeout: 30s}
                """),
            Map.of());
    assertThat(custom.recaps().get().allowPrivateAddresses()).isTrue();
    assertThat(custom.recaps().get().readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(custom.recaps().get().maxReplies()).isEqualTo(50);
    assertThat(
            ConfigLoader.load(write("recaps: {max-replies: 80}"), Map.of())
                .recaps()
                .orElseThrow()
                .maxReplies())
        .isEqualTo(80);
    assertThat(problems(write("recaps: {max-replies: 0}"), Map.of()).problems())
        .extracting(ConfigProblem::path)
        .containsExactly("recaps.max-replies");
    assertThat(ConfigLoader.load(write("recaps: {enabled: false}"), Map.of()).recaps()).isEmpty();
  }

  @Test
  void recapProblemsAreListedWithTheirPaths() throws Exception {
    ConfigException e =
        problems(
            write(
                """
                recaps:
                  fetch: {allow-private: true, read-timeout: 5m, connect-timeout: soon}
                """),
            Map.of());
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .contains(
            "recaps.fetch.allow-private",
            "recaps.fetch.read-timeout",
            "recaps.fetch.connect-timeout");
  }

  @Test
  void issue12_aHttpHostThatIsNoHostIsAProblemWithItsPathAndFix() throws Exception {
    ConfigException e = problems(write("http: {host: \"not a host!!\"}\n"), Map.of());
    assertThat(e.problems()).extracting(ConfigProblem::path).containsExactly("http.host");
    assertThat(e.getMessage()).contains("not a host!!").contains("fix:").contains("0.0.0.0");

    for (String bad :
        List.of("", "1.2.3.999", "host_name", "-dash.example", "a..b", "[::1", ":::1")) {
      assertThat(problems(write("http: {host: \"" + bad + "\"}\n"), Map.of()).problems())
          .as(bad)
          .extracting(ConfigProblem::path)
          .containsExactly("http.host");
    }
    for (String good :
        List.of("127.0.0.1", "0.0.0.0", "localhost", "jabu.example.org", "::", "::1", "[::1]")) {
      assertThat(ConfigLoader.load(write("http: {host: \"" + good + "\"}\n"), Map.of()).http())
          .as(good)
          .map(JabuConfig.Http::host)
          .contains(good.replace("[", "").replace("]", ""));
    }
  }

  @Test
  void issue12_theRetentionOfSentPostsIsConfigurableAndAtLeastADay() throws Exception {
    assertThat(ConfigLoader.load(write(""), Map.of()).scheduler().retention())
        .isEqualTo(Duration.ofDays(90));
    assertThat(
            ConfigLoader.load(write("scheduler: {retention: 30d}\n"), Map.of())
                .scheduler()
                .retention())
        .isEqualTo(Duration.ofDays(30));
    assertThat(problems(write("scheduler: {retention: 2h}\n"), Map.of()).problems())
        .extracting(ConfigProblem::path)
        .containsExactly("scheduler.retention");
  }

  @Test
  void aMissingFileSaysHowToFixIt() {
    ConfigException e = problems(dir.resolve("nope.yaml"), Map.of());
    assertThat(e.getMessage()).contains("does not exist").contains("--config");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() throws Exception {
    ConfigException e = problems(write("community:\n  name: [unclosed\n"), Map.of());
    assertThat(e.getMessage()).contains("not valid YAML").contains("line");
  }

  @Test
  void aTopLevelThatIsNotAMappingIsAnError() throws Exception {
    assertThat(problems(write("- just\n- a list\n"), Map.of()).getMessage()).contains("mapping");
  }

  @Test
  void anEmptyFileMeansAllDefaults() throws Exception {
    assertThat(ConfigLoader.load(write(""), Map.of()).core().communityName())
        .isEqualTo("DevOps Korea");
  }

  @Test
  void secretsComeFromTheEnvironmentAndAreNeverPrinted() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write(""), Map.of("JABU_DATABASE_URL", "postgres://jabu:hunter2@db:5432/jabu"));
    assertThat(config.secrets().databaseUrl()).isPresent();
    assertThat(config.toString()).doesNotContain("hunter2");
  }

  @Test
  void aBadDatabaseUrlIsAProblem() throws Exception {
    ConfigException e = problems(write(""), Map.of("JABU_DATABASE_URL", "mysql://x"));
    assertThat(e.problems())
        .extracting(ConfigProblem::path)
        .containsExactly("env JABU_DATABASE_URL");
  }

  @Test
  void aDiscordTokenStartsTheDiscordAdapterInsteadOfTheConsole() throws Exception {
    JabuConfig config = ConfigLoader.load(write(""), Map.of("DISCORD_TOKEN", "abc"));
    assertThat(config.discord().enabled()).isTrue();
    assertThat(config.discord().apiUrl()).isEqualTo(DiscordConfig.DISCORD_API);
    assertThat(config.core().announcementChannels())
        .noneMatch(c -> c.platform() == dev.jabu.core.platform.Platform.CONSOLE);
  }

  @Test
  void discordEndpointsAndServerIdAreChecked() throws Exception {
    ConfigException e =
        problems(
            write(
                "discord:\n  guild-id: general\n  api-url: discord.com\n  gateway-url: http://x\n"),
            Map.of());
    assertThat(e.getMessage())
        .contains("discord.guild-id")
        .contains("discord.api-url")
        .contains("discord.gateway-url");
  }

  @Test
  void discordShardsAreReadAndTheirIdsChecked() throws Exception {
    JabuConfig config =
        ConfigLoader.load(
            write("discord:\n  shards:\n    total: 4\n    ids: [0, 2]\n"),
            Map.of("DISCORD_TOKEN", "abc"));
    assertThat(config.discord().shardsTotal()).contains(4);
    assertThat(config.discord().shardIds()).containsExactly(0, 2);
    assertThat(config.discord().scheduledEvents()).isTrue();

    ConfigException e =
        problems(write("discord:\n  shards:\n    total: 2\n    ids: [2, one]\n"), Map.of());
    assertThat(e.getMessage()).contains("discord.shards.ids").contains("`2`").contains("`one`");
  }
}
