package dev.jabu.app;

import dev.jabu.app.config.ConfigException;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.config.Secrets;
import dev.jabu.app.logging.LogFormat;
import dev.jabu.app.logging.Redaction;
import dev.jabu.core.builtin.AboutCommand;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import dev.jabu.core.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** jabu's command line: {@code run}, {@code console}, {@code check-config}, {@code version}. */
@Command(
    name = "jabu",
    mixinStandardHelpOptions = true,
    // every subcommand answers --help (and --version) too
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "A community bot for DevOps meetups, on Discord and Slack from one core.",
    subcommands = {
      Main.Run.class,
      Main.Console.class,
      Main.CheckConfig.class,
      Main.GlossaryExport.class,
      Main.OutboxFailed.class,
      Main.OutboxRetry.class,
      StatusCommandLine.class,
      Main.SlackManifest.class,
      DiscordInviteCommand.class,
      DataCommands.Export.class,
      DataCommands.Import.class,
      DataCommands.Backup.class,
      Main.PrintVersion.class
    })
public final class Main implements Runnable {
  /** Exit code for a configuration that cannot be used. */
  public static final int BAD_CONFIG = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Exit code for a database that cannot be opened or migrated. */
  public static final int NO_DATABASE = 3;

  /** Exit code for a platform that refused to let jabu connect (e.g. a rejected token). */
  public static final int PLATFORM_REFUSED = 4;

  /** Exit code when another jabu already runs on the same embedded database. */
  public static final int ALREADY_RUNNING = 5;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** jabu's command line, with a database that cannot be opened explained in one line. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              if (e instanceof StoreException) {
                // The operator needs the reason, not a stack trace: the trace goes to the log
                // file only (stderr shows warnings and errors).
                LoggerFactory.getLogger(Main.class)
                    .info("database unavailable; the reason was printed on stderr", e);
                System.err.println("jabu: " + e.getMessage());
                System.err.println(
                    "      fix: check JABU_DATABASE_URL or database.file in the configuration;"
                        + " the full error is in the log");
                return NO_DATABASE;
              }
              throw e;
            });
  }

  /**
   * Opens the database of a jabu that has run before, for the commands that read or repair it
   * (status, export, the outbox, the glossary export). A missing SQLite file means the command runs
   * in the wrong folder or with another configuration: creating an empty database there would
   * answer "nothing waiting" or write an empty export, so it is refused instead.
   */
  static Database openExisting(DatabaseUrl url) {
    url.sqliteFile()
        .filter(file -> !Files.exists(file))
        .ifPresent(
            file -> {
              throw new StoreException(
                  "there is no jabu database at "
                      + file
                      + " (database.file is relative to the folder jabu runs in)",
                  null);
            });
    return Database.open(url);
  }

  static class ConfigOptions {
    @Option(
        names = {"-c", "--config"},
        description = "the configuration file (default: ${DEFAULT-VALUE})",
        defaultValue = "config/jabu.yaml")
    Path config;

    JabuConfig load() throws ConfigException {
      return ConfigLoader.load(config, System.getenv());
    }
  }

  /** How the console prints answers; only the commands that run it take this. */
  static class FormatOption {
    @Option(
        names = "--format",
        description = "console output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
        defaultValue = "text")
    Launcher.Format format;
  }

  /** Loads the configuration or explains every problem and exits with {@link #BAD_CONFIG}. */
  static int withConfig(ConfigOptions options, ConfigAction action) throws Exception {
    Redaction.remember(Secrets.from(System.getenv()));
    JabuConfig config;
    try {
      config = options.load();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return BAD_CONFIG;
    }
    if (config.jsonLogs()) {
      LogFormat.json();
    }
    LogFormat.unwritableFile()
        .ifPresent(
            file ->
                System.err.println(
                    "jabu: cannot write the log file "
                        + file
                        + "; only warnings reach stderr\n"
                        + "      fix: make that folder writable, or point JABU_LOG_DIR at one"
                        + " that is"));
    return action.run(config);
  }

  @FunctionalInterface
  interface ConfigAction {
    int run(JabuConfig config) throws Exception;
  }

  @Command(
      name = "run",
      description =
          "Starts jabu: the platform adapters whose tokens are set, or the console when none is.")
  static final class Run implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();
    @CommandLine.Mixin FormatOption output = new FormatOption();

    @Option(
        names = "--console",
        description =
            "also run the console on stdin beside the platforms whose tokens are set (it runs"
                + " alone when none is)")
    boolean console;

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).run(output.format, console));
    }
  }

  @Command(name = "console", description = "Starts jabu with the console as its platform.")
  static final class Console implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();
    @CommandLine.Mixin FormatOption output = new FormatOption();

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).runConsole(output.format));
    }
  }

  @Command(
      name = "check-config",
      description = "Validates the configuration and the environment, then exits.")
  static final class CheckConfig implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
      return withConfig(
          options,
          config -> {
            try {
              Features.from(config);
            } catch (ConfigException e) {
              System.err.println(e.getMessage());
              return BAD_CONFIG;
            }
            System.out.println(
                "jabu: "
                    + options.config
                    + " is valid ("
                    + config.core().communityName()
                    + ", "
                    + config.core().zone()
                    + ")");
            return 0;
          });
    }
  }

  @Command(
      name = "glossary-export",
      description =
          "Writes the glossary entries approved in chat in the file format, ready to commit.")
  static final class GlossaryExport implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();

    @Option(
        names = {"-o", "--out"},
        description = "the file to write (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).exportGlossary(out));
    }
  }

  @Command(
      name = "outbox-failed",
      description = "Lists the posts jabu gave up on after its retries (dead letters).")
  static final class OutboxFailed implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).listFailedPosts());
    }
  }

  @Command(name = "outbox-retry", description = "Puts a dead letter back in the outbox.")
  static final class OutboxRetry implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();

    @CommandLine.Parameters(paramLabel = "ID", description = "the post's number")
    long id;

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).retryPost(id));
    }
  }

  @Command(
      name = "slack-manifest",
      description = "Prints the Slack app manifest (YAML) to paste when creating the app.")
  static final class SlackManifest implements Callable<Integer> {
    @CommandLine.Mixin ConfigOptions options = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
      return withConfig(options, config -> new Launcher(config).printSlackManifest());
    }
  }

  @Command(name = "version", description = "Prints jabu's version.")
  static final class PrintVersion implements Callable<Integer> {
    @Override
    public Integer call() {
      System.out.println("jabu " + AboutCommand.version());
      return 0;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"jabu " + AboutCommand.version()};
    }
  }
}
