package dev.jabu.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bot as the crash test runs it: the launcher's wiring (features from the configuration, the
 * scheduler and the outbox worker) with a {@link FileSink} as its only platform, and nothing else.
 * It runs until it is killed.
 */
public final class CrashTestBot {
  private CrashTestBot() {}

  /** Arguments: the configuration file, the sink's posts file, the sink's checks file. */
  public static void main(String[] args) throws Exception {
    JabuConfig config = ConfigLoader.load(Path.of(args[0]), Map.of());
    Database database = Database.open(DatabaseUrl.embedded(config.databaseFile()));
    Jabu jabu =
        new Jabu(
            config.core(),
            config.scheduler(),
            database,
            Clocks.system(),
            Features.from(config).list());
    OutboxDispatcher dispatcher =
        jabu.dispatcher(
            List.of(new FileSink(Path.of(args[1]), Path.of(args[2]))), config.delivery());
    OutboxWorker worker = jabu.outboxWorker(dispatcher);
    worker.start();
    Scheduler scheduler = jabu.scheduling().start();
    System.out.println("started");
    Thread.sleep(Long.MAX_VALUE);
    scheduler.stop();
    worker.close();
  }
}
