package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.testkit.TestTimes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs jabu as a real process with piped stdin, the way scripts and the README use it. */
class MainProcessTest {
  @TempDir Path workDir;

  record Result(int exit, String stdout, String stderr) {}

  private Result jabu(String stdin, String... args) throws Exception {
    List<String> command = mainCommand(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("JABU_DATABASE_URL");
    builder.environment().remove("DISCORD_TOKEN");
    builder.environment().remove("SLACK_BOT_TOKEN");
    builder.environment().remove("SLACK_APP_TOKEN");
    builder.environment().remove("SLACK_SIGNING_SECRET");
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    var out = drain(process.getInputStream());
    var err = drain(process.getErrorStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jabu exits").isTrue();
    out.join();
    err.join();
    return new Result(
        process.exitValue(),
        out.bytes.toString(StandardCharsets.UTF_8),
        err.bytes.toString(StandardCharsets.UTF_8));
  }

  private static List<String> mainCommand(String... args) {
    return ChildJabu.command(args);
  }

  private static final class Drain extends Thread {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final InputStream in;

    Drain(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      try {
        in.transferTo(bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static Drain drain(InputStream in) {
    Drain d = new Drain(in);
    d.start();
    return d;
  }

  /** The shipped config folder, glossary included, as a new user has it. */
  private void copyConfig() throws IOException {
    Path from = Path.of("../config");
    try (var files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = workDir.resolve("config").resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  @Test
  void pipedHelpAndAboutPrintExactlyTwoAnswersAndExitZero() throws Exception {
    copyConfig();
    Result r = jabu("/help\n/about\n", "run", "--format", "json");
    assertThat(r.exit()).as(r.stderr()).isZero();
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"input\":\"/help\"").contains("jabu 명령어");
    assertThat(lines.get(1)).contains("\"input\":\"/about\"");
    assertThat(workDir.resolve("data/jabu.db")).exists();
  }

  @Test
  void textModeStdoutCarriesOnlyTheAnswers() throws Exception {
    copyConfig();
    Result r = jabu("/about\n", "run");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).startsWith("jabu ").contains("가동 시간").doesNotContain("INFO");
  }

  @Test
  void badConfigExitsWithCodeTwoAndSaysWhy() throws Exception {
    Files.createDirectories(workDir.resolve("config/glossary"));
    Files.writeString(
        workDir.resolve("config/jabu.yaml"), "community:\n  zone: Mars/Olympus\n  colour: red\n");
    Result r = jabu("", "run");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr()).contains("community.zone", "community.colour", "2 problems");
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void aBrokenGlossaryFileStopsTheStartNamingFileEntryAndField() throws Exception {
    copyConfig();
    Files.writeString(
        workDir.resolve("config/glossary/zz-broken.yaml"),
        "entries:\n  - id: broken-one\n    name: Broken\n    ko: 깨짐\n    category: gadget\n");
    Result r = jabu("/help\n", "run");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr())
        .contains("zz-broken.yaml broken-one.category", "broken-one.definition.ko");
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void theGlossaryAnswersFromTheShippedFiles() throws Exception {
    copyConfig();
    Result r = jabu("/term 쿠버네티스란?\n", "run", "--format", "json");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("Kubernetes").contains("\"visibility\":\"public\"");
  }

  @Test
  void anUnreachableDatabaseIsExplainedWithoutAStackTrace() throws Exception {
    copyConfig();
    Files.writeString(workDir.resolve("data"), "a file where the database folder should be");
    Result r = jabu("/about\n", "run");
    assertThat(r.exit()).isEqualTo(Main.NO_DATABASE);
    assertThat(r.stderr()).contains("jabu: cannot", "fix:").doesNotContain("\tat ");
    assertThat(r.stdout()).isEmpty();
  }

  @Test
  void aMissingConfigFileExitsWithCodeTwo() throws Exception {
    Result r = jabu("", "check-config");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr()).contains("does not exist");
  }

  @Test
  void glossaryExportWritesTheFileFormatForApprovedEntries() throws Exception {
    copyConfig();
    Result r =
        jabu(
            "/glossary suggest Backstage \"오픈소스 개발자 포털을 만드는 프레임워크입니다.\" category:tool\n"
                + "/glossary approve 1 An open-source framework for developer portals.\n",
            "run");
    assertThat(r.exit()).as(r.stderr()).isZero();
    Result export = jabu("", "glossary-export");
    assertThat(export.exit()).as(export.stderr()).isZero();
    assertThat(export.stdout())
        .startsWith("entries:")
        .contains("id: backstage", "developer portals");
  }

  @Test
  void theCalendarFeedServesAnnouncedMeetupsWhileTheBotRuns() throws Exception {
    copyConfig();
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path config = workDir.resolve("config/jabu.yaml");
    Files.writeString(
        config,
        Files.readString(config).replace("  port: 8080", "  port: " + port),
        StandardCharsets.UTF_8);
    List<String> command = mainCommand("run");
    Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
    var out = drain(process.getInputStream());
    var err = drain(process.getErrorStream());
    try {
      process
          .getOutputStream()
          .write(
              ("/meetup create title:\"Feed test\" start:"
                      + TestTimes.daysAhead(ZoneId.of("Asia/Seoul"), 30, 19)
                      + "\n/meetup announce 1\n")
                  .getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      var client = java.net.http.HttpClient.newHttpClient();
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://127.0.0.1:" + port + "/calendar.ics"))
              .build();
      String body = "";
      for (int attempt = 0; attempt < 600 && !body.contains("Feed test"); attempt++) {
        try {
          body = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException notYet) {
          // the server starts beside the console
        }
        Thread.sleep(100);
      }
      assertThat(body).contains("BEGIN:VCALENDAR", "SUMMARY:Feed test", "UID:meetup-1@jabu");
    } finally {
      process.getOutputStream().close();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      out.join();
      err.join();
    }
    assertThat(process.exitValue()).as(err.bytes.toString(StandardCharsets.UTF_8)).isZero();
  }

  /**
   * The console had no shutdown hook: SIGTERM or Ctrl-C ended the JVM mid-read, and its heartbeat
   * row stayed behind, shown as a STALE instance for a day.
   */
  @Test
  void sigtermStopsTheConsoleInOrderAndRemovesItsHeartbeat() throws Exception {
    copyConfig();
    Path config = workDir.resolve("config/jabu.yaml");
    Files.writeString(
        config,
        Files.readString(config).replace("  enabled: true\n  host:", "  enabled: false\n  host:"),
        StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(mainCommand("run")).directory(workDir.toFile()).start();
    var out = drain(process.getInputStream());
    var err = drain(process.getErrorStream());
    try {
      process.getOutputStream().write("/about\n".getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      for (int i = 0; i < 300 && out.bytes.size() == 0; i++) {
        Thread.sleep(100);
      }
      assertThat(heartbeats()).as("the running console's heartbeat").isEqualTo(1);
    } finally {
      // SIGTERM alone: Process.destroy() would also close stdin, ending the console's input
      process.toHandle().destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      out.join();
      err.join();
    }
    assertThat(heartbeats()).as(err.bytes.toString(StandardCharsets.UTF_8)).isZero();
  }

  private long heartbeats() throws Exception {
    try (var connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + workDir.resolve("data/jabu.db"));
        var rows =
            connection.createStatement().executeQuery("SELECT count(*) FROM instance_heartbeat")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A log folder jabu cannot create lost every log line without a word (logback is silenced). */
  @Test
  void aLogFolderThatCannotBeWrittenIsSaidOnStderr() throws Exception {
    copyConfig();
    Path blocker = Files.writeString(workDir.resolve("not-a-folder"), "x");
    Process process =
        ChildJabu.process(
                workDir,
                java.util.Map.of("JABU_LOG_DIR", blocker.resolve("logs").toString()),
                "run")
            .start();
    process.getOutputStream().write("/about\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    var out = drain(process.getInputStream());
    var err = drain(process.getErrorStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    out.join();
    err.join();

    assertThat(process.exitValue()).isZero();
    assertThat(out.bytes.toString(StandardCharsets.UTF_8)).startsWith("jabu ");
    assertThat(err.bytes.toString(StandardCharsets.UTF_8))
        .contains("jabu: cannot write the log file " + blocker.resolve("logs/jabu.log"))
        .contains("JABU_LOG_DIR");
  }

  @Test
  void deadLettersFromTheCommandLine() throws Exception {
    copyConfig();
    assertThat(jabu("/about\n", "run").exit()).isZero();
    assertThat(jabu("", "outbox-failed").stdout()).contains("no dead letters");
    Result retry = jabu("", "outbox-retry", "42");
    assertThat(retry.exit()).isEqualTo(1);
    assertThat(retry.stdout()).contains("post 42 is not a dead letter");
  }

  @Test
  void checkConfigAndVersion() throws Exception {
    copyConfig();
    assertThat(jabu("", "check-config").stdout()).contains("is valid");
    assertThat(jabu("", "version").stdout()).startsWith("jabu ");
  }

  /** Issue 12: two processes on one data folder both ran a scheduler and an outbox worker. */
  @Test
  void aSecondJabuOnTheSameEmbeddedDatabaseIsRefusedWhileToolsStillWork() throws Exception {
    copyConfig();
    Path config = workDir.resolve("config/jabu.yaml");
    Files.writeString(
        config,
        Files.readString(config).replace("  enabled: true\n  host:", "  enabled: false\n  host:"),
        StandardCharsets.UTF_8);
    List<String> command = mainCommand("run");
    Process first = new ProcessBuilder(command).directory(workDir.toFile()).start();
    var out = drain(first.getInputStream());
    var err = drain(first.getErrorStream());
    try {
      // The first answers once it holds the database: from then on the lock is taken.
      first.getOutputStream().write("/about\n".getBytes(StandardCharsets.UTF_8));
      first.getOutputStream().flush();
      for (int i = 0; i < 300 && out.bytes.size() == 0; i++) {
        Thread.sleep(100);
      }
      assertThat(out.bytes.size()).as("the first jabu answered").isPositive();

      Result second = jabu("/about\n", "run");
      assertThat(second.exit()).isEqualTo(Main.ALREADY_RUNNING);
      assertThat(second.stdout()).isEmpty();
      assertThat(second.stderr())
          .contains("another jabu is running on", "jabu.db", "pid " + first.pid(), "PostgreSQL");

      assertThat(jabu("", "check-config").exit()).isZero();
      assertThat(jabu("", "glossary-export").exit()).isZero();
    } finally {
      first.getOutputStream().close();
      assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
      out.join();
      err.join();
    }
    assertThat(first.exitValue()).as(err.bytes.toString(StandardCharsets.UTF_8)).isZero();
    // Once it stopped, the next one starts.
    assertThat(jabu("/about\n", "run").exit()).isZero();
  }
}
