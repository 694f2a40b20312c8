package dev.jabu.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * jabu's database: a connection pool on a {@link DatabaseUrl}, migrated to the current schema on
 * open. Stores take one of these and do their JDBC work through {@link #inTransaction} or {@link
 * #withConnection}.
 */
public final class Database implements AutoCloseable {
  private final DatabaseUrl url;
  private final HikariDataSource dataSource;
  private final List<Runnable> afterClose = new ArrayList<>();

  private final List<Runnable> beforeClose = new ArrayList<>();

  /**
   * The connection of the transaction this thread has open, if any: store calls made inside it join
   * it, so a feature can make several stores' writes one commit (a cancel and its notices).
   */
  private final ThreadLocal<Connection> open = new ThreadLocal<>();

  /** What to run once this thread's open transaction has committed. */
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

  /** Queues this process's SQLite write transactions fairly; null on PostgreSQL. */
  private final java.util.concurrent.locks.ReentrantLock sqliteWriters;

  private Database(DatabaseUrl url, HikariDataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
    this.sqliteWriters =
        url.dialect() == Dialect.SQLITE ? new java.util.concurrent.locks.ReentrantLock(true) : null;
  }

  /**
   * Connects and migrates. For a SQLite file the parent directories and the file are created.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Database open(DatabaseUrl url) {
    url.sqliteFile().map(Path::getParent).ifPresent(Database::createDirectories);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(poolConfig(url));
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to the database at " + url + ": " + e, e);
    }
    Database database = new Database(url, dataSource);
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw new StoreException("cannot migrate the database at " + url + ": " + e, e);
    }
    return database;
  }

  private static HikariConfig poolConfig(DatabaseUrl url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    config.setDataSourceProperties(url.credentials());
    url.schema().ifPresent(config::setSchema);
    if (url.dialect() == Dialect.SQLITE) {
      config.setPoolName("jabu-sqlite");
      // one writer at a time anyway; a few connections let readers run beside it under WAL
      config.setMaximumPoolSize(4);
      config.addDataSourceProperty("journal_mode", "WAL");
      // every commit reaches the disk before it returns: an RSVP that was answered is kept
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
      // take the write lock at BEGIN: a deferred transaction that later upgrades its lock fails
      // with SQLITE_BUSY at once instead of waiting out busy_timeout
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    } else {
      config.setPoolName("jabu-postgresql");
      config.setMaximumPoolSize(8);
    }
    return config;
  }

  /**
   * This build's schema: the highest migration version, the same in both dialects' folders
   * (DatabaseTest keeps it so). Raise it with every new migration.
   */
  static final int SCHEMA_VERSION = 18;

  /**
   * Migrates unless the history already ends, successfully, at this build's version: then there is
   * nothing to do, and Flyway (a few hundred classes and a scan of every migration, about a tenth
   * of a second at each start) is not loaded. Anything else — a new database, an older schema, a
   * failed migration, a newer one — goes to Flyway as before.
   */
  private void migrate() {
    if (appliedVersion() != SCHEMA_VERSION) {
      flyway().migrate();
    }
  }

  /** The version the history ends at when every migration in it succeeded; -1 otherwise. */
  private int appliedVersion() {
    try (Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rows =
            statement.executeQuery(
                "SELECT MAX(CAST(version AS INTEGER)), SUM(CASE WHEN success THEN 0 ELSE 1 END)"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
      return rows.next() && rows.getInt(2) == 0 && !rows.wasNull() ? rows.getInt(1) : -1;
    } catch (SQLException noHistoryYet) {
      return -1;
    }
  }

  /**
   * How many of this build's migrations the database has not applied yet (readiness probes): 0 once
   * {@link #open} migrated it, more when it was rolled back or this build is newer.
   *
   * @throws StoreException when the database cannot be reached
   */
  public int pendingMigrations() {
    try {
      return flyway().info().pending().length;
    } catch (RuntimeException e) {
      throw new StoreException("cannot read the migration history: " + e.getMessage(), e);
    }
  }

  private Flyway flyway() {
    FluentConfiguration flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(url.dialect().migrationLocation())
            .failOnMissingLocations(true);
    url.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
    return flyway.load();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the database folder " + dir + ": " + e, e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The pool for libraries that run their own SQL (the scheduler). On SQLite each of its
   * connections waits its turn behind this process's writers, as jabu's own transactions do.
   */
  public DataSource sharedDataSource() {
    return sqliteWriters == null ? dataSource : new SerializedDataSource(dataSource, sqliteWriters);
  }

  public Dialect dialect() {
    return url.dialect();
  }

  public DatabaseUrl url() {
    return url;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * Called while this thread already has a transaction open, {@code work} joins it: everything
   * commits together, or nothing does.
   */
  public <T> T inTransaction(SqlWork<T> work) {
    if (open.get() != null) {
      return withConnection(work);
    }
    if (sqliteWriters == null) {
      return transaction(work);
    }
    // SQLite has one writer at a time, and its busy handler is not first-come first-served: under
    // sustained load a waiting writer can starve past busy_timeout. A fair lock queues them here.
    sqliteWriters.lock();
    try {
      return transaction(work);
    } finally {
      sqliteWriters.unlock();
    }
  }

  private <T> T transaction(SqlWork<T> work) {
    List<Runnable> committed = new ArrayList<>();
    T outcome =
        withConnection(
            connection -> {
              connection.setAutoCommit(false);
              open.set(connection);
              afterCommit.set(committed);
              try {
                T result = work.run(connection);
                connection.commit();
                return result;
              } catch (SQLException | RuntimeException | Error e) {
                committed.clear();
                // Errors too: a pooled connection must never go back with its transaction open.
                try {
                  connection.rollback();
                } catch (SQLException rollbackFailure) {
                  e.addSuppressed(rollbackFailure);
                }
                throw e;
              } finally {
                open.remove();
                afterCommit.remove();
                connection.setAutoCommit(true);
              }
            });
    committed.forEach(Runnable::run);
    return outcome;
  }

  /**
   * Runs {@code action} once this thread's open transaction has committed (never, if it rolls
   * back), or now when none is open: a wake-up for readers on other connections, who cannot see the
   * rows before.
   */
  public void afterCommit(Runnable action) {
    List<Runnable> waiting = afterCommit.get();
    if (waiting == null) {
      action.run();
    } else {
      waiting.add(action);
    }
  }

  /**
   * Runs {@code work} on a pooled connection in auto-commit mode, or on this thread's open
   * transaction when there is one.
   */
  public <T> T withConnection(SqlWork<T> work) {
    Connection joined = open.get();
    if (joined != null) {
      try {
        return work.run(joined);
      } catch (SQLException e) {
        throw new StoreException("database operation failed: " + e.getMessage(), e);
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("database operation failed: " + e.getMessage(), e);
    }
  }

  /**
   * Registers cleanup to run after the pool closes (temporary test databases remove themselves).
   */
  public Database afterClose(Runnable action) {
    synchronized (afterClose) {
      afterClose.add(action);
    }
    return this;
  }

  /**
   * Registers work to run just before the pool closes, while it still serves: writes that were
   * waiting in memory.
   */
  public Database beforeClose(Runnable action) {
    synchronized (beforeClose) {
      beforeClose.add(action);
    }
    return this;
  }

  @Override
  public void close() {
    List<Runnable> first;
    synchronized (beforeClose) {
      first = List.copyOf(beforeClose);
      beforeClose.clear();
    }
    first.forEach(Runnable::run);
    dataSource.close();
    List<Runnable> actions;
    synchronized (afterClose) {
      actions = List.copyOf(afterClose);
      afterClose.clear();
    }
    actions.forEach(Runnable::run);
  }
}
