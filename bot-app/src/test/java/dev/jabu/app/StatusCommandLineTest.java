package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.Clocks;
import dev.jabu.core.instance.InstanceHeartbeat;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.schedule.Upkeep;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bin/jabu status} as an operator runs it beside a running jabu. */
class StatusCommandLineTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void captureStdout() {
    originalOut = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(originalOut);
  }

  /** A jabu.yaml for a database in the test's folder, as beside a running jabu. */
  private Path config() throws java.io.IOException {
    Files.createDirectories(dir.resolve("glossary"));
    return Files.writeString(
        dir.resolve("jabu.yaml"),
        "database:\n  file: " + dir.resolve("jabu.db") + "\nhttp:\n  enabled: false\n");
  }

  @Test
  void theQueueAndWhatWasGivenUpOnAreShownFromTheShell() throws Exception {
    Path config = config();
    try (Database database = Database.open(DatabaseUrl.embedded(dir.resolve("jabu.db")))) {
      JdbcOutboxStore store = new JdbcOutboxStore(database);
      var now = Clocks.system().instant();
      store.enqueue(
          new OutboxEntry(
              "a",
              Operation.POST,
              ChannelRef.of(Platform.DISCORD, "1"),
              null,
              RichMessage.text("hello")),
          now);
      store.enqueue(
          new OutboxEntry(
              "b",
              Operation.POST,
              ChannelRef.of(Platform.SLACK, "C1"),
              null,
              RichMessage.text("bye")),
          now);
      var claimed =
          store.claimReady("t", Set.of(Platform.SLACK), Set.of(), 1, now, Duration.ofMinutes(1));
      store.markAttemptFailed(claimed.get(0), "channel_not_found", false, Optional.empty(), now);
      // one instance beating now, one that went quiet five minutes ago
      new InstanceHeartbeat(database, Clocks.system(), "1.2.3", List::of).beat();
      new InstanceHeartbeat(
              database,
              java.time.Clock.offset(Clocks.system(), Duration.ofMinutes(-5)),
              "1.2.2",
              List::of)
          .beat();
    }

    int exit = new CommandLine(new Main()).execute("status", "--config", config.toString());

    assertThat(exit).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("outbox: 1 waiting", "1 given up on", "slack  channel_not_found")
        .contains("next scheduled work: none")
        .containsPattern("  \\S+  1\\.2\\.3  started \\S+  last beat \\S+  console\\n")
        .containsPattern(
            "  \\S+  1\\.2\\.2  started .* console  STALE \\(no heartbeat for over 90 s\\)");
  }

  @Test
  void theNextWorkIsWhatPeopleWaitForNotTheSchedulersUpkeep() throws Exception {
    Path config = config();
    Instant now = Clocks.system().instant();
    try (Database database = Database.open(DatabaseUrl.embedded(dir.resolve("jabu.db")))) {
      // upkeep due in a minute, as it always is; a reminder due in a day
      queue(database, Upkeep.SEAT_OFFERS_SWEEP, "recurring", now.plusSeconds(60));
      queue(database, Upkeep.MEETUPS_FINISH, "recurring", now.plusSeconds(90));
      queue(database, "meetup-reminder", "12:1d", now.plus(Duration.ofDays(1)));
    }

    assertThat(new CommandLine(new Main()).execute("status", "--config", config.toString()))
        .isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("next scheduled work:\n  ", "  meetup-reminder  12:1d")
        .doesNotContain(Upkeep.SEAT_OFFERS_SWEEP, Upkeep.MEETUPS_FINISH);
  }

  private static void queue(Database database, String task, String item, Instant at) {
    database.withConnection(
        c -> {
          try (var insert =
              c.prepareStatement(
                  "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                      + " version) VALUES (?, ?, ?, ?, 1)")) {
            insert.setString(1, task);
            insert.setString(2, item);
            insert.setTimestamp(
                3,
                java.sql.Timestamp.from(at),
                java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
            insert.setBoolean(4, false);
            return insert.executeUpdate();
          }
        });
  }

  @Test
  void anEmptyQueueHasNoOldestPost() throws Exception {
    Path config = config();
    Database.open(DatabaseUrl.embedded(dir.resolve("jabu.db"))).close();

    assertThat(new CommandLine(new Main()).execute("status", "--config", config.toString()))
        .isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("outbox: nothing waiting; 0 given up on")
        .doesNotContain("the oldest");
  }
}
