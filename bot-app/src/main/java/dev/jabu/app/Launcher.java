package dev.jabu.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.console.ConsoleAdapter;
import dev.jabu.app.console.ConsoleOutput;
import dev.jabu.app.console.ConsoleSender;
import dev.jabu.app.console.JsonOutput;
import dev.jabu.app.console.TextOutput;
import dev.jabu.app.http.CalendarSource;
import dev.jabu.app.http.HttpServer;
import dev.jabu.app.http.MeetupFeed;
import dev.jabu.app.http.Readiness;
import dev.jabu.app.http.Webhook;
import dev.jabu.app.metrics.PrometheusMetrics;
import dev.jabu.app.platforms.PlatformAdapters;
import dev.jabu.app.web.PublicSite;
import dev.jabu.app.web.SiteSettings;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.builtin.AboutCommand;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.platform.PlatformStartException;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the configuration, the database and the core, then puts a platform in front of it. */
public final class Launcher {
  public enum Format {
    text,
    json
  }

  private static final Logger log = LoggerFactory.getLogger(Launcher.class);

  private final JabuConfig config;

  /** Prometheus' figures while a core runs with {@code http.metrics} on. */
  private Optional<PrometheusMetrics> metrics = Optional.empty();

  public Launcher(JabuConfig config) {
    this.config = config;
  }

  /** Runs the platforms whose secrets are set, or the console when none is. */
  public int run(Format format) throws Exception {
    return run(format, false);
  }

  /**
   * Runs the platforms whose secrets are set, with the console beside them when {@code
   * withConsole}; the console alone when no secret is set.
   */
  public int run(Format format, boolean withConsole) throws Exception {
    boolean anyPlatform = config.discord().enabled() || config.slack().enabled();
    if (!anyPlatform) {
      return runConsole(format);
    }
    Optional<Format> console = withConsole ? Optional.of(format) : Optional.empty();
    return exclusively(
        () ->
            withCore(
                (features, jabu, database) -> servePlatforms(features, jabu, database, console)));
  }

  /**
   * Runs {@code bot} while holding the embedded database's lock, or refuses with {@link
   * Main#ALREADY_RUNNING} when another jabu holds it. PostgreSQL needs no lock: several instances
   * share it safely.
   */
  private int exclusively(Run bot) throws Exception {
    DatabaseUrl url = config.databaseUrl();
    if (url.sqliteFile().isEmpty()) {
      return bot.run();
    }
    Path file = url.sqliteFile().get();
    DataFolderLock.Result result;
    try {
      result = DataFolderLock.acquire(file);
    } catch (java.io.IOException unusableFolder) {
      // Opening the database explains an unusable folder to the operator, with the fix.
      return bot.run();
    }
    if (result.lock().isEmpty()) {
      System.err.println(
          "jabu: another jabu is running on "
              + file
              + " (pid "
              + result.holderPid()
              + "); stop it first, or use PostgreSQL (JABU_DATABASE_URL) for several instances");
      return Main.ALREADY_RUNNING;
    }
    try (DataFolderLock held = result.lock().get()) {
      return bot.run();
    }
  }

  @FunctionalInterface
  private interface Run {
    int run() throws Exception;
  }

  /**
   * Connects every platform whose secrets are set and serves them from one core until SIGTERM or
   * SIGINT. A platform that refuses jabu (a rejected token) stops the start with {@link
   * Main#PLATFORM_REFUSED} and a message saying what to fix.
   */
  public int runPlatforms() throws Exception {
    return run(Format.text, false);
  }

  /**
   * Serves the platforms until SIGTERM or SIGINT; with {@code console}, also the console on stdin
   * (its own posts, and posts to platforms not connected, print there) until its input ends.
   */
  private int servePlatforms(
      Features features, Jabu jabu, Database database, Optional<Format> console) throws Exception {
    // built while the platforms connect (about a second each, side by side on two cores); the
    // start waits for it below, so that the first question is answered within its 3 seconds
    CompletableFuture<Void> warmedUp =
        CompletableFuture.runAsync(
            () -> features.glossary().ifPresent(GlossaryService::warmUp),
            task -> {
              Thread thread = new Thread(task, "jabu-glossary-warm-up");
              thread.setDaemon(true); // a refused platform ends the start without waiting for it
              thread.start();
            });
    List<PlatformAdapter> adapters = PlatformAdapters.create(config, jabu, features.meetups());
    metrics.ifPresent(m -> m.platforms(adapters));
    jabu.platforms(adapters);
    // platforms with their own event calendar (Discord scheduled events) mirror announced meetups
    features
        .meetups()
        .ifPresent(
            meetups -> adapters.forEach(a -> a.nativeEvents().ifPresent(meetups::mirrorAsEvents)));
    try {
      for (PlatformAdapter adapter : adapters) {
        adapter.start();
        log.info("{} connected", adapter.platform().id());
      }
      warmedUp.join();
    } catch (PlatformStartException e) {
      System.err.println("jabu: " + e.getMessage());
      adapters.forEach(PlatformAdapter::close);
      return Main.PLATFORM_REFUSED;
    }
    List<Sender> senders = new ArrayList<>(adapters.stream().map(PlatformAdapter::sender).toList());
    Optional<ConsoleOutput> consoleOutput = console.map(this::consoleOutput);
    consoleOutput.ifPresent(
        output ->
            Arrays.stream(Platform.values())
                .filter(p -> adapters.stream().noneMatch(a -> a.platform() == p))
                .forEach(p -> senders.add(new ConsoleSender(p, output))));
    OutboxDispatcher dispatcher = jabu.dispatcher(senders, config.delivery());
    OutboxWorker worker = jabu.outboxWorker(dispatcher);
    List<Webhook> webhooks = PlatformAdapters.webhooks(adapters, config);
    Optional<HttpServer> http;
    try {
      http = startPlatformHttp(features, webhooks, new Readiness(database, adapters));
    } catch (RuntimeException e) {
      System.err.println(
          "jabu: cannot serve HTTP (probes, calendar feed, Slack's request URL) on "
              + config.http().map(h -> h.host() + ":" + h.port()).orElse("?")
              + " ("
              + e.getMessage()
              + "); free the port or change http.port");
      adapters.forEach(PlatformAdapter::close);
      return Main.PLATFORM_REFUSED;
    }
    Scheduler scheduler = jabu.scheduling().start();
    jabu.heartbeat().start();
    StopSignal stop = new StopSignal(config.delivery().shutdownGrace().plusSeconds(10));
    // closed last: a signal's hook lets the JVM halt only once everything below has stopped
    try (stop) {
      try {
        worker.start();
        consoleOutput.ifPresent(
            output -> {
              ConsoleAdapter beside = consoleAdapter(jabu, dispatcher, output, false);
              Thread reader =
                  new Thread(
                      () -> {
                        try {
                          beside.run(stdin());
                        } catch (Exception e) {
                          log.warn("the console stopped", e);
                        } finally {
                          stop.request(); // the end of input stops jabu, as the console does
                        }
                      },
                      "jabu-console");
              reader.setDaemon(true);
              reader.start();
            });
        stop.await();
        log.info("stopping: finishing the posts under way");
      } finally {
        jabu.heartbeat().close();
        worker.close();
        scheduler.stop();
        adapters.forEach(PlatformAdapter::close);
        http.ifPresent(HttpServer::close);
      }
    }
    return 0;
  }

  /** Runs the console on stdin and stdout until the end of input. */
  public int runConsole(Format format) throws Exception {
    return exclusively(
        () ->
            withCore((features, jabu, database) -> serveConsole(format, features, jabu, database)));
  }

  private int serveConsole(Format format, Features features, Jabu jabu, Database database)
      throws Exception {
    boolean interactive = System.console() != null;
    ConsoleOutput output = consoleOutput(format);
    List<Sender> senders =
        Arrays.stream(Platform.values()).map(p -> (Sender) new ConsoleSender(p, output)).toList();
    // One destination at a time: the console prints posts in the order they were queued.
    OutboxDispatcher dispatcher = jabu.dispatcher(senders, config.delivery().withConcurrency(1));
    ConsoleAdapter console = consoleAdapter(jabu, dispatcher, output, interactive);
    OutboxWorker worker = jabu.outboxWorker(dispatcher);
    Optional<HttpServer> http = startConsoleHttp(features, new Readiness(database, List.of()));
    if (interactive) {
      stdout.println(
          "jabu — "
              + config.core().communityName()
              + " (console). /help, /as discord:alice, /quit");
    }
    Scheduler scheduler = jabu.scheduling().start();
    jabu.heartbeat().start();
    // The console reads on its own thread, so SIGTERM or Ctrl-C stops jabu in the same order as
    // the end of input does instead of halting it mid-read with its heartbeat left behind.
    AtomicReference<Exception> failure = new AtomicReference<>();
    StopSignal stop = new StopSignal(config.delivery().shutdownGrace().plusSeconds(10));
    // closed last: a signal's hook lets the JVM halt only once everything below has stopped
    try (stop) {
      try {
        worker.start();
        Thread reader =
            new Thread(
                () -> {
                  try {
                    console.run(stdin());
                  } catch (Exception e) {
                    failure.set(e);
                  } finally {
                    stop.request();
                  }
                },
                "jabu-console");
        reader.setDaemon(true);
        reader.start();
        stop.await();
      } finally {
        jabu.heartbeat().close();
        scheduler.stop();
        worker.close();
        http.ifPresent(HttpServer::close);
      }
    }
    stdout.flush();
    if (failure.get() != null) {
      throw failure.get();
    }
    return 0;
  }

  /** Standard output, buffered, in UTF-8; flushed by the console after each answer. */
  private final PrintWriter stdout =
      new PrintWriter(
          new BufferedWriter(
              new OutputStreamWriter(
                  new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
              1 << 16));

  private ConsoleOutput consoleOutput(Format format) {
    PlainTextRenderer renderer =
        new PlainTextRenderer(config.core().zone(), config.core().defaultLocale());
    return format == Format.json
        ? new JsonOutput(stdout, renderer)
        : new TextOutput(stdout, renderer);
  }

  private ConsoleAdapter consoleAdapter(
      Jabu jabu, OutboxDispatcher dispatcher, ConsoleOutput output, boolean interactive) {
    return new ConsoleAdapter(
        jabu,
        dispatcher,
        output,
        config.consoleUser(),
        config.consoleModerator(),
        config.core().defaultLocale(),
        interactive ? stdout : null);
  }

  private static BufferedReader stdin() {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** What runs on a built core: the platforms, the console, a command-line tool. */
  @FunctionalInterface
  private interface CoreWork {
    int run(Features features, Jabu jabu, Database database) throws Exception;
  }

  /**
   * Loads the features, opens the database and builds the core for {@code work}, then closes them;
   * broken feature files end it with {@link Main#BAD_CONFIG}.
   */
  private int withCore(CoreWork work) throws Exception {
    // the database opens and migrates while the glossary files are read: two independent tenths
    // of a second of every start, side by side on two cores
    CompletableFuture<Database> opening =
        CompletableFuture.supplyAsync(
            this::openDatabase, task -> new Thread(task, "jabu-open-database").start());
    Features features;
    try {
      features = Features.from(config);
    } catch (dev.jabu.app.config.ConfigException e) {
      System.err.println(e.getMessage());
      closeOpened(opening);
      return Main.BAD_CONFIG;
    }
    try (Database database = opened(opening)) {
      Jabu jabu =
          new Jabu(config.core(), config.scheduler(), database, Clocks.system(), features.list());
      if (config.http().map(JabuConfig.Http::metrics).orElse(false)) {
        metrics = Optional.of(new PrometheusMetrics(jabu, database));
      }
      try {
        return work.run(features, jabu, database);
      } finally {
        metrics.ifPresent(PrometheusMetrics::close);
        metrics = Optional.empty();
        // query statistics are kept in memory between batches; write the last ones
        features.glossary().ifPresent(GlossaryService::close);
      }
    }
  }

  /** Writes the entries approved in chat, in the glossary file format, to a file or stdout. */
  public int exportGlossary(java.nio.file.Path out) throws Exception {
    var folder = config.glossaryFolder();
    if (folder.isEmpty()) {
      System.err.println("jabu: the glossary is switched off in the configuration");
      return Main.BAD_CONFIG;
    }
    List<dev.jabu.core.glossary.GlossaryEntry> entries;
    try {
      entries = Features.loadGlossary(folder.get());
    } catch (dev.jabu.app.config.ConfigException e) {
      System.err.println(e.getMessage());
      return Main.BAD_CONFIG;
    }
    try (Database database = Main.openExisting(config.databaseUrl())) {
      String yaml =
          new dev.jabu.core.glossary.GlossaryService(
                  entries, new dev.jabu.core.glossary.JdbcGlossaryStore(database), Clocks.system())
              .export();
      if (out == null) {
        System.out.print(yaml);
      } else {
        java.nio.file.Files.writeString(out, yaml, StandardCharsets.UTF_8);
        System.err.println("jabu: wrote " + out);
      }
    }
    return 0;
  }

  /**
   * The probes, calendar feed and the platforms' webhooks whenever {@code http} is enabled: an
   * orchestrator probes a Discord-only bot too. It starts before this returns, and a port already
   * in use is thrown: without probes the bot would be restarted over and over anyway.
   */
  private Optional<HttpServer> startPlatformHttp(
      Features features, List<Webhook> webhooks, Readiness readiness) {
    if (config.http().isEmpty()) {
      return Optional.empty();
    }
    HttpServer server = httpServer(features, webhooks, readiness);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    log.info("HTTP on {}:{}", config.http().get().host(), server.port());
    return Optional.of(server);
  }

  /**
   * The console's calendar feed (and probes beside it) when meetups are on: it starts in the
   * background, and a port already in use costs the feed, not the console.
   */
  private Optional<HttpServer> startConsoleHttp(Features features, Readiness readiness) {
    boolean pages = config.http().flatMap(JabuConfig.Http::web).isPresent();
    if (config.http().isEmpty() || (features.meetups().isEmpty() && !pages)) {
      return Optional.empty();
    }
    return Optional.of(startInBackground(httpServer(features, List.of(), readiness)));
  }

  private HttpServer httpServer(Features features, List<Webhook> webhooks, Readiness readiness) {
    CalendarSource source = features.meetups().map(MeetupFeed::of).orElse(CalendarSource.NONE);
    return new HttpServer(
        config.http().get().host(),
        config.http().get().port(),
        source,
        config.core().communityName(),
        AboutCommand.version(),
        webhooks,
        readiness::check,
        metrics.map(m -> m::scrape),
        config.http().get().web().map(web -> publicSite(features, web)));
  }

  /** The public page over the same glossary and meetups the commands answer from. */
  private PublicSite publicSite(Features features, JabuConfig.Web web) {
    return new PublicSite(
        features.glossary(),
        features.meetups(),
        new SiteSettings(
            config.core().communityName(),
            config.core().zone(),
            config.core().defaultLocale(),
            config.http().get().publicUrl(),
            web.searchesPerMinute(),
            Clocks.system()));
  }

  private HttpServer startInBackground(HttpServer server) {
    // Started beside the console, not before it: the first answer need not wait for Jetty.
    Thread starter =
        new Thread(
            () -> {
              try {
                server.start();
                log.info(
                    "calendar feed on http://{}:{}/calendar.ics",
                    config.http().get().host(),
                    server.port());
              } catch (RuntimeException e) {
                log.warn(
                    "calendar feed not started on port {}: {}",
                    config.http().get().port(),
                    e.getMessage());
                server.close();
              }
            },
            "jabu-http-start");
    starter.setDaemon(true);
    starter.start();
    return server;
  }

  /** Prints the Slack app manifest generated from the command specs; notes go to stderr. */
  public int printSlackManifest() throws Exception {
    int printed =
        withCore(
            (features, jabu, database) -> {
              System.out.print(PlatformAdapters.slackManifest(config, jabu));
              return 0;
            });
    if (printed != 0) {
      return printed;
    }
    if (config.slack().requestUrl().isEmpty() && !config.slack().socketMode()) {
      System.err.println(
          "jabu: no slack.request-url is set, so this manifest uses Socket Mode; set it to jabu's"
              + " public https://…/slack/events address for HTTP mode");
    }
    return 0;
  }

  /** Prints the dead letters, one line each: id, operation, destination, key, attempts, error. */
  public int listFailedPosts() {
    try (Database database = Main.openExisting(config.databaseUrl())) {
      var failed = new dev.jabu.core.outbox.JdbcOutboxStore(database).failed(1000);
      if (failed.isEmpty()) {
        System.out.println("jabu: no dead letters; every post went out");
      }
      for (var row : failed) {
        System.out.println(
            row.id()
                + "\t"
                + row.operation()
                + "\t"
                + row.destination().key()
                + "\t"
                + row.key()
                + "\t"
                + row.attempts()
                + " attempts\t"
                + row.lastError().orElse(""));
      }
    }
    return 0;
  }

  /** Puts one dead letter back in the outbox; a running jabu sends it on its next round. */
  public int retryPost(long id) {
    try (Database database = Main.openExisting(config.databaseUrl())) {
      boolean queued =
          new dev.jabu.core.outbox.JdbcOutboxStore(database).retry(id, Clocks.system().instant());
      System.out.println(
          queued
              ? "jabu: post " + id + " is queued again"
              : "jabu: post " + id + " is not a dead letter");
      return queued ? 0 : 1;
    }
  }

  private Database openDatabase() {
    return Database.open(config.databaseUrl());
  }

  /** The database {@code opening} opened, or what stopped it, as {@link #openDatabase} throws. */
  private static Database opened(CompletableFuture<Database> opening) throws Exception {
    try {
      return opening.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw (Error) e.getCause();
    }
  }

  /** Closes a database opened for a start that stopped on its configuration. */
  private static void closeOpened(CompletableFuture<Database> opening) {
    try {
      opening.join().close();
    } catch (java.util.concurrent.CompletionException notOpened) {
      // the configuration's problem is the one to report
    }
  }
}
