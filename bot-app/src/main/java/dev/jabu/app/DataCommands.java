package dev.jabu.app;

import dev.jabu.app.state.DataTransferException;
import dev.jabu.app.state.SqliteBackup;
import dev.jabu.app.state.StateExport;
import dev.jabu.app.state.StateImport;
import dev.jabu.core.Clocks;
import dev.jabu.core.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}, {@code import} and {@code backup}: saving jabu's state and moving it. */
final class DataCommands {
  /** Exit code for an export, import or backup that was refused or failed. */
  static final int REFUSED = 1;

  private DataCommands() {}

  /** Runs {@code work}, turning a refusal into one line on stderr and {@link #REFUSED}. */
  private static int reporting(Callable<Integer> work) throws Exception {
    try {
      return work.call();
    } catch (DataTransferException e) {
      System.err.println("jabu: " + e.getMessage());
      return REFUSED;
    }
  }

  @Command(
      name = "export",
      description = "Writes all of jabu's state as one JSON document (for moving or archiving).")
  static final class Export implements Callable<Integer> {
    @CommandLine.Mixin Main.ConfigOptions options = new Main.ConfigOptions();

    @Option(
        names = {"-o", "--out"},
        required = true,
        description = "the file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
      return Main.withConfig(
          options,
          config ->
              reporting(
                  () -> {
                    try (Database database = Main.openExisting(config.databaseUrl())) {
                      new StateExport(database, Clocks.system()).writeTo(out);
                      System.err.println("jabu: exported " + database.url() + " to " + out);
                    }
                    return 0;
                  }));
    }
  }

  @Command(
      name = "import",
      description =
          "Loads a document from `jabu export` into an empty database (SQLite or PostgreSQL).")
  static final class Import implements Callable<Integer> {
    @CommandLine.Mixin Main.ConfigOptions options = new Main.ConfigOptions();

    @CommandLine.Parameters(paramLabel = "FILE", description = "the export to load")
    Path file;

    @Override
    public Integer call() throws Exception {
      return Main.withConfig(
          options,
          config ->
              reporting(
                  () -> {
                    try (Database database = Database.open(config.databaseUrl())) {
                      long rows = new StateImport(database).load(file);
                      System.err.println(
                          "jabu: imported "
                              + rows
                              + " rows from "
                              + file
                              + " into "
                              + database.url());
                    }
                    return 0;
                  }));
    }
  }

  @Command(
      name = "backup",
      description = "Copies the embedded SQLite database to a new file, also while jabu runs.")
  static final class Backup implements Callable<Integer> {
    @CommandLine.Mixin Main.ConfigOptions options = new Main.ConfigOptions();

    @Option(
        names = {"-o", "--out"},
        required = true,
        description = "the new file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
      return Main.withConfig(
          options,
          config ->
              reporting(
                  () -> {
                    SqliteBackup.copy(config.databaseUrl(), out);
                    System.err.println("jabu: backed up to " + out);
                    return 0;
                  }));
    }
  }
}
