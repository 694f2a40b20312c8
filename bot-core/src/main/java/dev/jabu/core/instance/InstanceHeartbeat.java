package dev.jabu.core.instance;

import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's row in {@code instance_heartbeat}: written at {@link #start()} and every {@link
 * #EVERY} after on a timer thread of its own (not the scheduler, which runs each task on one
 * instance only), deleted at {@link #close()}. Rows a day old are removed by whoever beats next, so
 * crashed instances do not pile up.
 */
public final class InstanceHeartbeat implements AutoCloseable {
  public static final Duration EVERY = Duration.ofSeconds(30);
  static final Duration FORGET_AFTER = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);

  private final Database database;
  private final Clock clock;
  private final String version;
  private final Supplier<List<PlatformAdapter>> platforms;
  private final String id;
  private final Instant startedAt;
  private ScheduledExecutorService timer;

  public InstanceHeartbeat(
      Database database, Clock clock, String version, Supplier<List<PlatformAdapter>> platforms) {
    this.database = database;
    this.clock = clock;
    this.version = version;
    this.platforms = platforms;
    this.id = newId();
    this.startedAt = clock.instant();
  }

  public String id() {
    return id;
  }

  /** Beats now and then every {@link #EVERY} until closed. */
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "jabu-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::beatQuietly, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Writes this instance's row now, and drops the rows of instances silent for a day. */
  public void beat() {
    Instant now = clock.instant();
    database.inTransaction(
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO instance_heartbeat"
                      + " (instance_id, version, started_at, platforms, beat_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_id) DO UPDATE"
                      + " SET platforms = excluded.platforms, beat_at = excluded.beat_at")) {
            upsert.setString(1, id);
            upsert.setString(2, version);
            upsert.setLong(3, startedAt.toEpochMilli());
            upsert.setString(4, platformStates());
            upsert.setLong(5, now.toEpochMilli());
            upsert.executeUpdate();
          }
          try (PreparedStatement prune =
              c.prepareStatement("DELETE FROM instance_heartbeat WHERE beat_at < ?")) {
            prune.setLong(1, now.minus(FORGET_AFTER).toEpochMilli());
            prune.executeUpdate();
          }
          return null;
        });
  }

  /** The platforms and their connections, in words an operator reads in either status. */
  private String platformStates() {
    List<PlatformAdapter> running = platforms.get();
    if (running.isEmpty()) {
      return "console";
    }
    return String.join(
        ", ",
        running.stream()
            .map(a -> a.platform().id() + (a.connected() ? " connected" : " NOT connected"))
            .toList());
  }

  private void beatQuietly() {
    try {
      beat();
    } catch (RuntimeException e) {
      // the database may be away for a moment; the next beat tries again, readiness reports it
      log.warn("could not write the heartbeat of instance {}", id, e);
    }
  }

  /** Stops beating and removes this instance's row: a clean stop is not a stale instance. */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    timer = null;
    try {
      database.inTransaction(
          c -> {
            try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM instance_heartbeat WHERE instance_id = ?")) {
              delete.setString(1, id);
              delete.executeUpdate();
            }
            return null;
          });
    } catch (RuntimeException e) {
      log.warn("could not remove the heartbeat of instance {}", id, e);
    }
  }

  private static String newId() {
    String host = System.getenv().getOrDefault("HOSTNAME", "jabu");
    String random = UUID.randomUUID().toString().substring(0, 8);
    return host + "-" + ProcessHandle.current().pid() + "-" + random;
  }
}
