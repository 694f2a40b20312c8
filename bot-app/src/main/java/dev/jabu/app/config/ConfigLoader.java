package dev.jabu.app.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.digest.DigestSettings;
import dev.jabu.core.engine.Moderators;
import dev.jabu.core.meetup.ReminderOffset;
import dev.jabu.core.meetup.ReminderSettings;
import dev.jabu.core.meetup.WaitlistOffers;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.RetryPolicy;
import dev.jabu.core.parse.MomentRules;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.recap.RecapSettings;
import dev.jabu.core.schedule.SchedulerSettings;
import dev.jabu.core.store.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code config/jabu.yaml} and the environment, and either returns a whole, valid {@link
 * JabuConfig} or throws every problem at once.
 */
public final class ConfigLoader {
  private static final Set<String> TOP =
      Set.of(
          "community",
          "database",
          "rate-limit",
          "discord",
          "slack",
          "console",
          "glossary",
          "meetups",
          "http",
          "outbox",
          "scheduler",
          "digest",
          "recaps",
          "web",
          "logging");
  private static final Set<String> CHANNEL_PURPOSES = Set.of("announcements", "digest");
  private static final Duration MAX_FETCH_TIMEOUT = Duration.ofMinutes(1);
  private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2}) ?- ?(\\d{2}:\\d{2})");

  private ConfigLoader() {}

  public static JabuConfig load(Path file, Map<String, String> env) throws ConfigException {
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode root = read(file, problems);
    ConfigSection top = new ConfigSection("", root, problems, TOP);

    ConfigSection community = top.section("community", Set.of("name", "zone", "locale"));
    String name = community.string("name", "DevOps Korea").strip();
    if (name.isEmpty() || name.length() > 80) {
      community.problem("name", "must be 1 to 80 characters", "e.g. name: DevOps Korea");
    }
    ZoneId zone = zone(community);
    Locale locale = locale(community);

    ConfigSection database = top.section("database", Set.of("file"));
    Path databaseFile = Path.of(database.string("file", "data/jabu.db"));

    ConfigSection rate = top.section("rate-limit", Set.of("commands", "window"));
    int count = rate.integer("commands", 10, 1, 10_000);
    Duration window = rate.duration("window", Duration.ofSeconds(30));

    Map<Platform, Map<String, String>> channels = new EnumMap<>(Platform.class);
    Map<Platform, Set<String>> moderatorUsers = new EnumMap<>(Platform.class);
    Map<Platform, Set<String>> moderatorRoles = new EnumMap<>(Platform.class);
    ConfigSection discord = top.section("discord", DiscordConfig.KEYS);
    channels.put(Platform.DISCORD, channels(discord));
    ConfigSection discordMods = discord.section("moderators", Set.of("roles", "users"));
    moderatorRoles.put(Platform.DISCORD, discordMods.strings("roles", "[\"123456789012345678\"]"));
    moderatorUsers.put(Platform.DISCORD, discordMods.strings("users", "[\"123456789012345678\"]"));
    ConfigSection slack = top.section("slack", SlackConfig.KEYS);
    channels.put(Platform.SLACK, channels(slack));
    // Slack has no roles; moderators are listed by member id, and/or are a user group's members,
    // which the adapter gives the group's id as a role.
    ConfigSection slackMods = slack.section("moderators", SlackConfig.MODERATOR_KEYS);
    moderatorUsers.put(Platform.SLACK, slackMods.strings("users", "[U0123456789]"));
    String slackGroup = slackMods.string("user-group", "").strip();
    moderatorRoles.put(Platform.SLACK, slackGroup.isEmpty() ? Set.of() : Set.of(slackGroup));

    ConfigSection console = top.section("console", Set.of("user", "moderator"));
    String consoleUser = console.string("user", "operator").strip();
    if (!consoleUser.matches("[A-Za-z0-9_.-]{1,64}")) {
      console.problem(
          "user", "`" + consoleUser + "` is not a usable name", "use letters, digits, . _ -");
    }
    boolean consoleModerator = console.bool("moderator", true);

    ConfigSection glossarySection = top.section("glossary", Set.of("enabled", "folder"));
    boolean glossaryEnabled = glossarySection.bool("enabled", true);
    // Relative to the config file, so the whole config folder can move as one.
    Path base = file.toAbsolutePath().getParent();
    Path glossaryFolder = base.resolve(glossarySection.string("folder", "glossary")).normalize();
    if (glossaryEnabled && !Files.isDirectory(glossaryFolder)) {
      glossarySection.problem(
          "folder",
          glossaryFolder + " is not a folder",
          "point it at the folder of glossary .yaml files (default: glossary, beside jabu.yaml)");
    }

    ConfigSection meetupsSection =
        top.section("meetups", Set.of("enabled", "summary", "reminders", "waitlist", "times"));
    boolean meetupsEnabled = meetupsSection.bool("enabled", true);
    String summary = meetupsSection.string("summary", "auto");
    if (!summary.equals("auto") && !summary.equals("manual")) {
      meetupsSection.problem(
          "summary",
          "`" + summary + "` is not auto or manual",
          "auto posts each meetup's summary when it ends");
    }

    ReminderSettings reminders =
        reminders(meetupsSection.section("reminders", Set.of("offsets", "waitlist", "confirm")));
    WaitlistOffers waitlistOffers =
        waitlistOffers(
            meetupsSection.section(
                "waitlist", Set.of("offer-window", "offers-from", "keep-place")));
    MomentRules moments =
        moments(meetupsSection.section("times", Set.of("plausible-hours", "horizon")));
    SchedulerSettings scheduler = scheduler(top);
    Optional<DigestSchedule> digest =
        digest(top.section("digest", Set.of("enabled", "day", "time")));

    ConfigSection http =
        top.section("http", Set.of("enabled", "host", "port", "metrics", "public-url"));
    boolean httpEnabled = http.bool("enabled", true);
    String httpHost = http.string("host", "127.0.0.1").strip();
    if (!HostName.isValid(httpHost)) {
      http.problem(
          "host",
          "`" + httpHost + "` is not a host name or IP address",
          "e.g. host: 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or a DNS name");
    }
    httpHost = HostName.withoutBrackets(httpHost); // the server takes an IPv6 address bare
    int httpPort = http.integer("port", 8080, 0, 65535);
    boolean metrics = http.bool("metrics", true);
    Optional<String> publicUrl = PublicUrl.read(http);
    ConfigSection web = top.section("web", Set.of("enabled", "searches-per-minute"));
    boolean webEnabled = web.bool("enabled", true);
    int searchesPerMinute = web.integer("searches-per-minute", 120, 1, 10_000_000);
    if (web.has("enabled") && webEnabled && !httpEnabled) {
      web.problem(
          "enabled",
          "is true, but the public page is served by the HTTP server, which is switched off",
          "set http.enabled: true, or web.enabled: false");
    }
    ConfigSection logging = top.section("logging", Set.of("format"));
    String logFormat = logging.string("format", "text").strip();
    if (!logFormat.equals("text") && !logFormat.equals("json")) {
      logging.problem(
          "format",
          "`" + logFormat + "` is not a log format",
          "write text (one readable line per event) or json (one JSON object per line)");
    }

    ConfigSection outbox =
        top.section(
            "outbox",
            Set.of(
                "max-attempts",
                "first-wait",
                "max-wait",
                "lease",
                "concurrency",
                "poll-interval",
                "shutdown-grace"));
    RetryPolicy defaults = RetryPolicy.defaults();
    DeliverySettings deliveryDefaults = DeliverySettings.defaults();
    Duration lease = outbox.duration("lease", deliveryDefaults.lease());
    int concurrency =
        outbox.integer(
            "concurrency", deliveryDefaults.concurrency(), 1, DeliverySettings.MAX_CONCURRENCY);
    Duration pollInterval = outbox.duration("poll-interval", deliveryDefaults.pollInterval());
    Duration shutdownGrace = outbox.duration("shutdown-grace", deliveryDefaults.shutdownGrace());
    int maxAttempts = outbox.integer("max-attempts", defaults.maxAttempts(), 1, 100);
    Duration firstWait = outbox.duration("first-wait", defaults.firstWait());
    Duration maxWait = outbox.duration("max-wait", defaults.maxWait());
    if (maxWait.compareTo(firstWait) < 0) {
      outbox.problem("max-wait", "is shorter than first-wait", "make max-wait at least first-wait");
      maxWait = firstWait;
    }

    Optional<RecapSettings> recaps = recaps(top);

    Secrets secrets = Secrets.from(env);
    checkSecrets(secrets, problems);
    DiscordConfig discordConfig = DiscordConfig.read(discord, secrets, problems);
    SlackConfig slackConfig = SlackConfig.read(slack, secrets, problems);
    if (slackConfig.needsHttp() && !httpEnabled) {
      http.problem(
          "enabled",
          "is false, but Slack's HTTP mode receives its events at POST /slack/events",
          "set http.enabled: true, or set SLACK_APP_TOKEN to use Socket Mode");
    }

    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    // With no platform adapter running, the console stands in for every platform: it shows the
    // announcements meant for the configured channels and has one of its own.
    List<ChannelRef> announcements = new ArrayList<>();
    channels.forEach(
        (platform, byPurpose) -> {
          String id = byPurpose.get("announcements");
          if (id != null) {
            announcements.add(new ChannelRef(platform, id, "announcements"));
          }
        });
    if (!discordConfig.enabled() && !slackConfig.enabled()) {
      announcements.add(new ChannelRef(Platform.CONSOLE, "announcements", "announcements"));
    }
    CoreSettings core =
        new CoreSettings(
            name,
            zone,
            locale,
            count,
            window,
            new Moderators(moderatorUsers, moderatorRoles),
            announcements,
            moments);
    return new JabuConfig(
        core,
        databaseFile,
        channels,
        consoleUser,
        consoleModerator,
        glossaryEnabled ? java.util.Optional.of(glossaryFolder) : java.util.Optional.empty(),
        meetupsEnabled,
        summary.equals("auto"),
        httpEnabled
            ? java.util.Optional.of(
                new JabuConfig.Http(
                    httpHost,
                    httpPort,
                    metrics,
                    publicUrl,
                    webEnabled
                        ? Optional.of(new JabuConfig.Web(searchesPerMinute))
                        : Optional.empty()))
            : java.util.Optional.empty(),
        new DeliverySettings(
            new RetryPolicy(maxAttempts, firstWait, maxWait),
            lease,
            concurrency,
            pollInterval,
            shutdownGrace),
        scheduler,
        reminders,
        waitlistOffers,
        digest.map(d -> d.settings(digestChannels(channels, announcements), Duration.ofDays(28))),
        secrets,
        recaps,
        discordConfig,
        slackConfig,
        logFormat.equals("json"));
  }

  /** {@code recaps:}: on by default, fetching from public addresses only. */
  private static Optional<RecapSettings> recaps(ConfigSection top) {
    ConfigSection section = top.section("recaps", Set.of("enabled", "fetch", "max-replies"));
    boolean enabled = section.bool("enabled", true);
    int maxReplies =
        section.integer(
            "max-replies", RecapSettings.DEFAULT_MAX_REPLIES, 1, RecapSettings.MAX_REPLIES_CEILING);
    ConfigSection fetch =
        section.section(
            "fetch", Set.of("allow-private-addresses", "connect-timeout", "read-timeout"));
    RecapSettings defaults = RecapSettings.defaults();
    boolean allowPrivate = fetch.bool("allow-private-addresses", false);
    Duration connect = fetch.duration("connect-timeout", defaults.connectTimeout());
    Duration read = fetch.duration("read-timeout", defaults.readTimeout());
    checkFetchTimeout(fetch, "connect-timeout", connect);
    checkFetchTimeout(fetch, "read-timeout", read);
    return enabled
        ? Optional.of(
            defaults
                .withPrivateAddresses(allowPrivate)
                .withTimeouts(connect, read)
                .withMaxReplies(maxReplies))
        : Optional.empty();
  }

  /**
   * {@code meetups.times}: the hours a bare {@code 7시} is read in, and how far ahead is allowed.
   */
  private static MomentRules moments(ConfigSection section) {
    MomentRules defaults = MomentRules.defaults();
    String hours =
        section.string("plausible-hours", defaults.earliest() + "-" + defaults.latest()).strip();
    LocalTime earliest = defaults.earliest();
    LocalTime latest = defaults.latest();
    Matcher m = HOURS.matcher(hours);
    try {
      if (!m.matches()) {
        throw new DateTimeException(hours);
      }
      earliest = LocalTime.parse(m.group(1));
      latest = LocalTime.parse(m.group(2));
      if (latest.isBefore(earliest)) {
        section.problem(
            "plausible-hours", "ends before it starts", "e.g. plausible-hours: \"09:00-22:59\"");
        earliest = defaults.earliest();
        latest = defaults.latest();
      }
    } catch (DateTimeException e) {
      section.problem(
          "plausible-hours",
          "`" + hours + "` is not a range of times",
          "e.g. plausible-hours: \"09:00-22:59\"");
    }
    Duration horizon = section.duration("horizon", defaults.horizon());
    return new MomentRules(earliest, latest, horizon);
  }

  private static ReminderSettings reminders(ConfigSection section) {
    ReminderSettings defaults = ReminderSettings.defaults();
    List<ReminderOffset> offsets = new ArrayList<>();
    if (section.has("offsets")) {
      for (String text : section.strings("offsets", "[7d, 1d, 1h]")) {
        try {
          offsets.add(ReminderOffset.parse(text));
        } catch (IllegalArgumentException e) {
          section.problem("offsets", e.getMessage(), "e.g. offsets: [7d, 1d, 1h]; [] for none");
        }
      }
    } else {
      offsets.addAll(defaults.offsets());
    }
    if (offsets.stream().map(ReminderOffset::label).distinct().count() != offsets.size()) {
      section.problem("offsets", "lists the same offset twice", "list each offset once");
      offsets = offsets.stream().distinct().toList();
    }
    int waitlist = section.integer("waitlist", defaults.waitlistMessages(), 0, 10_000);
    ReminderSettings chosen = new ReminderSettings(offsets, waitlist);
    if (!section.has("confirm")) {
      return chosen;
    }
    if (section.isOff("confirm")) {
      return new ReminderSettings(offsets, waitlist, "");
    }
    String confirm = section.string("confirm", chosen.confirmWith());
    List<ReminderOffset> listed = offsets;
    if (listed.stream().noneMatch(o -> o.label().equals(confirm))) {
      section.problem(
          "confirm",
          "`" + confirm + "` is not one of the reminder offsets",
          "name one of offsets (e.g. confirm: 1d), or off");
      return chosen;
    }
    return new ReminderSettings(offsets, waitlist, confirm);
  }

  /** {@code meetups.waitlist}: seats offered near the start instead of given at once. */
  private static WaitlistOffers waitlistOffers(ConfigSection section) {
    WaitlistOffers defaults = WaitlistOffers.defaults();
    boolean keepPlace = section.bool("keep-place", defaults.keepPlace());
    if (section.isOff("offers-from")) {
      return new WaitlistOffers(defaults.window(), Duration.ZERO, keepPlace);
    }
    Duration from = section.duration("offers-from", defaults.offersFrom());
    Duration window = section.duration("offer-window", defaults.window());
    return new WaitlistOffers(window, from, keepPlace);
  }

  private static SchedulerSettings scheduler(ConfigSection top) {
    ConfigSection section =
        top.section(
            "scheduler",
            Set.of(
                "polling-interval",
                "heartbeat-interval",
                "missed-heartbeats",
                "threads",
                "grace",
                "retention"));
    SchedulerSettings defaults = SchedulerSettings.defaults();
    Duration retention = section.duration("retention", defaults.retention());
    if (retention.compareTo(Duration.ofDays(1)) < 0) {
      section.problem(
          "retention",
          "is shorter than a day",
          "e.g. retention: 90d (sent posts are kept 90 days)");
      retention = defaults.retention();
    }
    return new SchedulerSettings(
        section.duration("polling-interval", defaults.pollingInterval()),
        section.duration("heartbeat-interval", defaults.heartbeatInterval()),
        section.integer("missed-heartbeats", defaults.missedHeartbeats(), 4, 1000),
        section.integer("threads", defaults.threads(), 1, 64),
        section.duration("grace", defaults.grace()),
        retention);
  }

  /** The digest's day and time, before the channels are known. */
  private record DigestSchedule(DayOfWeek day, LocalTime time) {
    DigestSettings settings(List<ChannelRef> channels, Duration horizon) {
      return new DigestSettings(day, time, channels, horizon);
    }
  }

  private static Optional<DigestSchedule> digest(ConfigSection section) {
    boolean enabled = section.bool("enabled", true);
    String dayText = section.string("day", "monday").strip();
    DayOfWeek day = DayOfWeek.MONDAY;
    try {
      day = DayOfWeek.valueOf(dayText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      section.problem("day", "`" + dayText + "` is not a day of the week", "e.g. day: monday");
    }
    String timeText = section.string("time", "10:00").strip();
    LocalTime time = LocalTime.of(10, 0);
    try {
      time = LocalTime.parse(timeText);
    } catch (DateTimeException e) {
      section.problem("time", "`" + timeText + "` is not a time of day", "e.g. time: \"10:00\"");
    }
    return enabled ? Optional.of(new DigestSchedule(day, time)) : Optional.empty();
  }

  /** Each platform's digest channel, or its announcements channel when it names none. */
  private static List<ChannelRef> digestChannels(
      Map<Platform, Map<String, String>> channels, List<ChannelRef> announcements) {
    List<ChannelRef> result = new ArrayList<>();
    for (ChannelRef announcement : announcements) {
      String digest = channels.getOrDefault(announcement.platform(), Map.of()).get("digest");
      result.add(
          digest == null
              ? announcement
              : new ChannelRef(announcement.platform(), digest, "digest"));
    }
    return result;
  }

  private static JsonNode read(Path file, List<ConfigProblem> problems) {
    try {
      String text = Files.readString(file);
      JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(text);
      return node == null ? MissingNode.getInstance() : node;
    } catch (NoSuchFileException e) {
      problems.add(
          new ConfigProblem(
              file.toString(),
              "the configuration file does not exist",
              "run jabu from the project folder (it has config/jabu.yaml), or pass --config FILE"));
    } catch (JacksonException e) {
      problems.add(
          new ConfigProblem(
              file.toString(),
              "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
              "check the indentation and quoting near line "
                  + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())));
    } catch (IOException e) {
      problems.add(new ConfigProblem(file.toString(), "cannot be read: " + e.getMessage(), ""));
    }
    return MissingNode.getInstance();
  }

  private static void checkFetchTimeout(ConfigSection fetch, String key, Duration timeout) {
    if (timeout.compareTo(MAX_FETCH_TIMEOUT) > 0) {
      fetch.problem(
          key,
          "is longer than " + MAX_FETCH_TIMEOUT.toSeconds() + "s",
          "a moderator waits for the answer; use a few seconds, e.g. 10s");
    }
  }

  private static ZoneId zone(ConfigSection community) {
    String text = community.string("zone", "Asia/Seoul");
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      community.problem(
          "zone", "`" + text + "` is not a time zone", "use an IANA zone such as Asia/Seoul");
      return ZoneId.of("Asia/Seoul");
    }
  }

  private static Locale locale(ConfigSection community) {
    String text = community.string("locale", "ko");
    return switch (text) {
      case "ko" -> Locale.KOREAN;
      case "en" -> Locale.ENGLISH;
      default -> {
        community.problem("locale", "`" + text + "` is not a supported language", "use ko or en");
        yield Locale.KOREAN;
      }
    };
  }

  private static Map<String, String> channels(ConfigSection platform) {
    ConfigSection section = platform.section("channels", CHANNEL_PURPOSES);
    Map<String, String> result = new LinkedHashMap<>();
    for (String purpose : CHANNEL_PURPOSES) {
      String id = section.string(purpose, "").strip();
      if (!id.isEmpty()) {
        result.put(purpose, id);
      }
    }
    return result;
  }

  private static void checkSecrets(Secrets secrets, List<ConfigProblem> problems) {
    secrets
        .databaseUrl()
        .ifPresent(
            url -> {
              try {
                DatabaseUrl.resolve(url, Path.of("data/jabu.db"));
              } catch (IllegalArgumentException e) {
                problems.add(
                    new ConfigProblem(
                        "env JABU_DATABASE_URL",
                        e.getMessage(),
                        "use jdbc:postgresql://host:5432/db or postgres://user:pass@host/db"));
              }
            });
  }
}
