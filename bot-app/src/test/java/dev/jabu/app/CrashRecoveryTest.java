package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of docs/delivery.md: 500 meetups announced, each with a reminder about to come due
 * — 1,000 posts in all, 500 of them made by the scheduler — delivered by a real bot process on the
 * embedded database that is killed with SIGKILL at random moments 20 times and restarted each time.
 * Every post must reach the sink, and none twice.
 */
class CrashRecoveryTest {
  private static final int MEETUPS = 500;
  private static final int KILLS = 20;

  @TempDir Path dir;

  @Test
  void twentySigkillsLoseNothingAndDoubleNothing() throws Exception {
    Path config = dir.resolve("jabu.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "community: {name: Crash Test}",
            "database: {file: " + dir.resolve("jabu.db") + "}",
            "glossary: {enabled: false}",
            "http: {enabled: false}",
            "digest: {enabled: false}",
            "meetups: {summary: manual, reminders: {offsets: [1h], waitlist: 0}}",
            "scheduler: {polling-interval: 100ms, heartbeat-interval: 1s, missed-heartbeats: 4}",
            "outbox: {lease: 2s, poll-interval: 200ms, concurrency: 4}",
            ""));
    Path posts = dir.resolve("posts.log");
    Path checks = dir.resolve("checks.log");
    Instant due = seed(config);

    Random random = new Random(20261123L);
    for (int kill = 0; kill < KILLS; kill++) {
      Process bot = start(config, posts, checks, "run-" + kill);
      Thread.sleep(700 + random.nextInt(2300));
      bot.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
      assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Process last = start(config, posts, checks, "final");
    try {
      // Waits while delivery makes progress: a busy machine is slow, a stuck outbox stands still.
      long stalledSince = System.nanoTime();
      int seen = delivered(posts).size();
      while (seen < 2 * MEETUPS
          && System.nanoTime() - stalledSince < Duration.ofMinutes(2).toNanos()) {
        Thread.sleep(200);
        int now = delivered(posts).size();
        if (now > seen) {
          seen = now;
          stalledSince = System.nanoTime();
        }
      }
    } finally {
      last.destroyForcibly();
      last.waitFor(30, TimeUnit.SECONDS);
    }

    List<String> lines = lines(posts);
    Map<String, Long> copies = delivered(posts);
    assertThat(copies).as("posts delivered (reminders were due at %s)", due).hasSize(2 * MEETUPS);
    assertThat(copies.entrySet())
        .as("posts delivered more than once")
        .filteredOn(e -> e.getValue() > 1)
        .isEmpty();
    assertThat(copies.keySet().stream().filter(k -> k.contains("-reminder-1h-"))).hasSize(MEETUPS);
    assertThat(lines).hasSize(2 * MEETUPS);
    List<String> checked = lines(checks);
    System.out.printf(
        "crash test: %d kills, %d posts, %d checks before resending (%d found already sent)%n",
        KILLS,
        lines.size(),
        checked.size(),
        checked.stream().filter(l -> l.startsWith("found")).count());
  }

  /** Creates and announces the meetups, their reminders due half a minute from now. */
  private Instant seed(Path config) throws Exception {
    JabuConfig settings = ConfigLoader.load(config, Map.of());
    Features features = Features.from(settings);
    Instant due;
    try (Database database = Database.open(DatabaseUrl.embedded(settings.databaseFile()))) {
      new Jabu(settings.core(), settings.scheduler(), database, Clocks.system(), features.list());
      MeetupService meetups = features.meetups().orElseThrow();
      // Due well after the database is ready and while the bots are being killed: on a loaded
      // machine opening, migrating and announcing took seconds, and a reminder already past when
      // its meetup is announced is never planned.
      due = Clocks.system().instant().plusSeconds(30);
      for (int i = 0; i < MEETUPS; i++) {
        Instant start = due.plus(Duration.ofHours(1));
        Meetup draft =
            Meetup.draft(
                "Crash " + i,
                start.atZone(settings.core().zone()),
                start.plus(Duration.ofHours(2)).atZone(settings.core().zone()),
                10,
                "console:operator",
                Clocks.system().instant());
        meetups.announce(meetups.create(draft));
      }
    }
    return due;
  }

  private Process start(Path config, Path posts, Path checks, String name) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Clocks.jvmArguments());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashTestBot.class.getName());
    command.add(config.toString());
    command.add(posts.toString());
    command.add(checks.toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve(name + ".out").toFile());
    return builder.start();
  }

  private static Map<String, Long> delivered(Path posts) throws IOException {
    return lines(posts).stream()
        .map(line -> line.substring(line.indexOf('\t') + 1))
        .collect(
            Collectors.groupingBy(keyAndDestination -> keyAndDestination, Collectors.counting()));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }
}
