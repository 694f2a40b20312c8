package dev.jabu.app.http;

import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GET /readyz} asks before jabu takes traffic: the database answers, its schema is this
 * build's, and every running platform adapter is connected. Reasons name the failure in a few words
 * and never carry a URL, a secret or a stack trace: the probe's answer is readable by anyone who
 * can reach the port.
 */
public final class Readiness {
  private static final Logger log = LoggerFactory.getLogger(Readiness.class);

  /** One named check: {@code ok}, or the reason it is not. */
  public record Check(String name, boolean ok, String reason) {
    static Check passed(String name) {
      return new Check(name, true, "");
    }

    static Check failed(String name, String reason) {
      return new Check(name, false, reason);
    }
  }

  /**
   * How long a probe waits for the database. The pool waits far longer for a connection (30 s) when
   * PostgreSQL is gone; the probe answers within Kubernetes' default 1 s timeout instead.
   */
  static final Duration PATIENCE = Duration.ofMillis(800);

  private final Database database;
  private final List<PlatformAdapter> adapters;
  private final Duration patience;

  /** The database questions under way; probes arriving meanwhile wait for the same answer. */
  private CompletableFuture<List<Check>> asking;

  /**
   * @param adapters the adapters this process runs; none at the console
   */
  public Readiness(Database database, List<PlatformAdapter> adapters) {
    this(database, adapters, PATIENCE);
  }

  Readiness(Database database, List<PlatformAdapter> adapters, Duration patience) {
    this.database = Objects.requireNonNull(database, "database");
    this.adapters = List.copyOf(adapters);
    this.patience = Objects.requireNonNull(patience, "patience");
  }

  /** Runs every check now, in a fixed order: database, migrations, then each platform. */
  public List<Check> check() {
    List<Check> checks = new ArrayList<>(databaseChecks());
    for (PlatformAdapter adapter : adapters) {
      String name = adapter.platform().id();
      checks.add(adapter.connected() ? Check.passed(name) : Check.failed(name, "not connected"));
    }
    return checks;
  }

  private List<Check> databaseChecks() {
    CompletableFuture<List<Check>> answer;
    synchronized (this) {
      if (asking == null || asking.isDone()) {
        // one question at a time: a hung database holds one thread, not one per probe
        asking = CompletableFuture.supplyAsync(this::askDatabase, Readiness::daemon);
      }
      answer = asking;
    }
    try {
      return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return List.of(
          Check.failed("database", "no answer within " + patience.toMillis() + " ms"),
          Check.failed("migrations", "unknown: the database did not answer"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(
          Check.failed("database", "interrupted"), Check.failed("migrations", "interrupted"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("readiness checks do not throw", e.getCause());
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "jabu-readiness");
    thread.setDaemon(true);
    thread.start();
  }

  private List<Check> askDatabase() {
    Check reachable = databaseReachable();
    // Flyway cannot read its history from a database that does not answer: say so once.
    return List.of(
        reachable,
        reachable.ok()
            ? migrationsApplied()
            : Check.failed("migrations", "unknown: the database is unreachable"));
  }

  private Check databaseReachable() {
    try {
      boolean answered =
          database.withConnection(
              connection -> {
                try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT 1")) {
                  return row.next();
                }
              });
      return answered
          ? Check.passed("database")
          : Check.failed("database", "SELECT 1 returned no row");
    } catch (RuntimeException e) {
      // the exception text may hold the URL: it goes to the debug log, the probe says what kind
      log.debug("readiness: database check failed", e);
      return Check.failed("database", "unreachable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private Check migrationsApplied() {
    try {
      int pending = database.pendingMigrations();
      return pending == 0
          ? Check.passed("migrations")
          : Check.failed("migrations", pending + " pending; restart jabu to apply them");
    } catch (RuntimeException e) {
      log.debug("readiness: migration check failed", e);
      return Check.failed(
          "migrations", "cannot read the history (" + e.getClass().getSimpleName() + ")");
    }
  }
}
