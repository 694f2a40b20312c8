package dev.jabu.app;

import dev.jabu.core.Clocks;
import dev.jabu.core.builtin.AboutCommand;
import dev.jabu.core.instance.InstanceRow;
import dev.jabu.core.instance.Instances;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.OutboxBacklog;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.schedule.SchedulerSettings;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.store.Database;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/jabu status}: what the database of a running jabu shows, from the shell — every
 * instance sharing it with its platforms as of its last heartbeat (stale ones marked), the outbox
 * queue, the posts given up on and the next scheduled work.
 */
@Command(
    name = "status",
    description =
        "Shows what jabu's database holds now: the running instances and their platforms (from"
            + " their heartbeats), posts waiting and given up on, the next scheduled work.")
final class StatusCommandLine implements Callable<Integer> {
  private static final int SHOWN = 5;

  @CommandLine.Mixin Main.ConfigOptions options = new Main.ConfigOptions();

  @Override
  public Integer call() throws Exception {
    return Main.withConfig(
        options,
        config -> {
          try (Database database = Main.openExisting(config.databaseUrl())) {
            print(database, Clocks.system(), System.out);
          }
          return 0;
        });
  }

  static void print(Database database, Clock clock, PrintStream out) {
    Instant now = clock.instant();
    OutboxBacklog backlog = OutboxBacklog.read(database, now);
    out.println("jabu " + AboutCommand.version() + " — database " + database.url());
    List<InstanceRow> instances = Instances.read(database, now);
    out.println("instances:" + (instances.isEmpty() ? " none running" : ""));
    for (InstanceRow instance : instances) {
      out.println(
          "  "
              + instance.id()
              + "  "
              + instance.version()
              + "  started "
              + instance.startedAt()
              + "  last beat "
              + instance.beatAt()
              + "  "
              + instance.platforms()
              + (instance.stale()
                  ? "  STALE (no heartbeat for over " + Instances.STALE_AFTER.toSeconds() + " s)"
                  : ""));
    }
    out.println(
        "outbox: "
            + (backlog.waiting() == 0
                ? "nothing waiting"
                : backlog.waiting()
                    + " waiting, the oldest for "
                    + backlog.oldestWait().toSeconds()
                    + " s")
            + "; "
            + backlog.deadLetters()
            + " given up on");
    List<Scheduling.Pending> next =
        new Scheduling(database, clock, SchedulerSettings.defaults()).upcomingWork(SHOWN);
    out.println("next scheduled work:" + (next.isEmpty() ? " none" : ""));
    for (Scheduling.Pending item : next) {
      out.println("  " + item.at() + "  " + item.task() + "  " + item.item());
    }
    List<OutboxRow> failed = new JdbcOutboxStore(database).failed(SHOWN);
    if (!failed.isEmpty()) {
      out.println(
          "given up on (bin/jabu outbox-failed lists all, outbox-retry ID sends one again):");
    }
    for (OutboxRow row : failed) {
      out.println(
          "  #"
              + row.id()
              + "  "
              + row.updatedAt()
              + "  "
              + row.destination().platform().id().toLowerCase(Locale.ROOT)
              + "  "
              + row.lastError().orElse("?"));
    }
  }
}
