package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jabu export}, {@code import} and {@code backup} as an operator runs them. */
class DataCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(originalErr);
  }

  @Test
  void exportImportAndBackupFromTheCommandLine() throws Exception {
    Path source = config("source");
    Path target = config("target");
    try (Database database = Database.open(DatabaseUrl.embedded(dir.resolve("source/jabu.db")))) {
      database.withConnection(
          c -> {
            try (Statement insert = c.createStatement()) {
              return insert.executeUpdate("INSERT INTO digest_run VALUES ('2026-W02', 7)");
            }
          });
    }
    Path export = dir.resolve("out/state.json");

    assertThat(jabu("export", "--config", source.toString(), "--out", export.toString())).isZero();
    JsonNode document = new ObjectMapper().readTree(export.toFile());
    assertThat(document.at("/tables/digest_run/rows/0/week").asText()).isEqualTo("2026-W02");

    assertThat(jabu("import", "--config", target.toString(), export.toString())).isZero();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("imported 1 rows");
    assertThat(jabu("import", "--config", target.toString(), export.toString()))
        .isEqualTo(DataCommands.REFUSED);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("jabu: the database is not empty, so nothing was imported: digest_run (1)");

    Path backup = dir.resolve("backup.db");
    assertThat(jabu("backup", "--config", target.toString(), "--out", backup.toString())).isZero();
    try (Database copy = Database.open(DatabaseUrl.embedded(backup))) {
      long rows =
          copy.withConnection(
              c -> {
                try (Statement count = c.createStatement();
                    var result = count.executeQuery("SELECT count(*) FROM digest_run")) {
                  result.next();
                  return result.getLong(1);
                }
              });
      assertThat(rows).isEqualTo(1);
    }
    assertThat(jabu("backup", "--config", target.toString(), "--out", backup.toString()))
        .isEqualTo(DataCommands.REFUSED);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("already exists");
  }

  /**
   * Run in the wrong folder, the commands that read a jabu's database created an empty one there
   * and answered from it: "none running", an empty export, exit code 0.
   */
  @Test
  void commandsThatReadTheDatabaseRefuseOneThatDoesNotExistAndCreateNone() throws Exception {
    Path config = config("elsewhere");
    Path database = dir.resolve("elsewhere/jabu.db");
    String[][] commands = {
      {"status"},
      {"export", "--out", dir.resolve("state.json").toString()},
      {"outbox-failed"},
      {"outbox-retry", "1"},
    };
    for (String[] command : commands) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 2);
      args[command.length] = "--config";
      args[command.length + 1] = config.toString();

      assertThat(jabu(args)).as(command[0]).isEqualTo(Main.NO_DATABASE);
      assertThat(database).as(command[0]).doesNotExist();
    }
    assertThat(dir.resolve("state.json")).doesNotExist();
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("jabu: there is no jabu database at " + database);
  }

  /** Troubleshooting sends operators to `bin/jabu COMMAND --help`; it answered "Unknown option". */
  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      assertThat(jabu(command, "--help")).as(command).isZero();
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("Unknown option");
  }

  /** `--format json` was offered by every command and ignored by all but the console's. */
  @Test
  void onlyTheCommandsThatPrintAnswersOfferAnOutputFormat() {
    var commands = Main.commandLine().getSubcommands();
    assertThat(commands.get("run").getCommandSpec().findOption("--format")).isNotNull();
    assertThat(commands.get("console").getCommandSpec().findOption("--format")).isNotNull();
    for (String name : List.of("status", "export", "import", "backup", "check-config")) {
      assertThat(commands.get(name).getCommandSpec().findOption("--format")).as(name).isNull();
      assertThat(commands.get(name).getCommandSpec().findOption("--config")).as(name).isNotNull();
    }
  }

  private int jabu(String... args) {
    return Main.commandLine().execute(args);
  }

  private Path config(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(folder.resolve("glossary"));
    return Files.writeString(
        folder.resolve("jabu.yaml"),
        "database:\n  file: " + folder.resolve("jabu.db") + "\nhttp:\n  enabled: false\n");
  }
}
