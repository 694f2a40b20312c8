package dev.jabu.app.http;

import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  private final Database database;
  private final List<PlatformAdapter> adapters;

  /**
   * @param adapters the adapters this process runs; none at the console
   */
  public Readiness(Database database, List<PlatformAdapter> adapters) {
    this.database = Objects.requireNonNull(database, "database");
    this.adapters = List.copyOf(adapters);
  }

  /** Runs every check now, in a fixed order: database, migrations, then each platform. */
  public List<Check> check() {
    List<Check> checks = new ArrayList<>();
    Check reachable = databaseReachable();
    checks.add(reachable);
    // Flyway cannot read its history from a database that does not answer: say so once.
    checks.add(
        reachable.ok()
            ? migrationsApplied()
            : Check.failed("migrations", "unknown: the database is unreachable"));
    for (PlatformAdapter adapter : adapters) {
      String name = adapter.platform().id();
      checks.add(adapter.connected() ? Check.passed(name) : Check.failed(name, "not connected"));
    }
    return checks;
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
