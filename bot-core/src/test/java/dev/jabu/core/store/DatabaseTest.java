package dev.jabu.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path temp;

  @Test
  void opening_a_fresh_path_creates_the_directories_and_file_and_migrates() {
    Path file = temp.resolve("nested/data/jabu.db");

    try (Database database = Database.open(DatabaseUrl.resolve(null, file))) {
      assertThat(database.dialect()).isEqualTo(Dialect.SQLITE);
      assertThat(file).isRegularFile();
      assertThat(tables(database)).contains("audit_log", "outbox", "flyway_schema_history");
    }
  }

  @Test
  void reopening_keeps_the_data_and_does_not_migrate_again() {
    Path file = temp.resolve("jabu.db");
    try (Database database = Database.open(DatabaseUrl.embedded(file))) {
      database.withConnection(c -> c.createStatement().executeUpdate(insertAudit()));
    }

    try (Database database = Database.open(DatabaseUrl.embedded(file))) {
      assertThat(new JdbcAuditStore(database).recent(5)).hasSize(1);
    }
  }

  @Test
  void pending_migrations_are_none_after_open_and_counted_when_history_is_missing() {
    try (Database database = Database.open(DatabaseUrl.embedded(temp.resolve("jabu.db")))) {
      assertThat(database.pendingMigrations()).isZero();

      database.withConnection(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "DELETE FROM flyway_schema_history WHERE installed_rank >"
                          + " (SELECT MAX(installed_rank) - 2 FROM flyway_schema_history)"));

      assertThat(database.pendingMigrations()).isEqualTo(2);
    }
  }

  @Test
  void the_schema_version_is_the_newest_migration_of_both_dialects() throws Exception {
    for (Dialect dialect : Dialect.values()) {
      String folder = dialect.migrationLocation().substring("classpath:".length());
      Path migrations = Path.of(getClass().getClassLoader().getResource(folder).toURI());
      int newest;
      try (var files = java.nio.file.Files.list(migrations)) {
        newest =
            files
                .map(f -> f.getFileName().toString())
                .filter(name -> name.matches("V\\d+__.*\\.sql"))
                .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                .max()
                .orElseThrow();
      }
      assertThat(newest).as(folder).isEqualTo(Database.SCHEMA_VERSION);
    }
  }

  @Test
  void a_failed_migration_in_the_history_is_refused_at_the_next_open() {
    Path file = temp.resolve("jabu.db");
    try (Database database = Database.open(DatabaseUrl.embedded(file))) {
      database.withConnection(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "UPDATE flyway_schema_history SET success = 0 WHERE installed_rank ="
                          + " (SELECT MAX(installed_rank) FROM flyway_schema_history)"));
    }

    assertThatThrownBy(() -> Database.open(DatabaseUrl.embedded(file)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot migrate");
  }

  @Test
  void pending_migrations_of_a_closed_database_is_a_store_error() {
    Database database = Database.open(DatabaseUrl.embedded(temp.resolve("jabu.db")));
    database.close();

    assertThatThrownBy(database::pendingMigrations).isInstanceOf(StoreException.class);
  }

  @Test
  void sqlite_connections_use_wal_a_busy_timeout_and_foreign_keys() {
    try (Database database = Database.open(DatabaseUrl.embedded(temp.resolve("jabu.db")))) {
      assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(database, "busy_timeout")).isEqualTo("10000");
      assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
    }
  }

  @Test
  void sqlite_transactions_take_the_write_lock_when_they_begin() {
    Path file = temp.resolve("jabu.db");
    try (Database database = Database.open(DatabaseUrl.embedded(file))) {
      database.inTransaction(
          connection -> {
            // Nothing written yet: only a transaction that began IMMEDIATE holds the lock now.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = other.createStatement()) {
              statement.execute("PRAGMA busy_timeout = 0");
              assertThatThrownBy(() -> statement.execute("BEGIN IMMEDIATE"))
                  .isInstanceOf(SQLException.class)
                  .hasMessageContaining("SQLITE_BUSY");
            }
            return null;
          });
    }
  }

  @Test
  void a_transaction_that_throws_is_rolled_back() {
    try (Database database = Database.open(DatabaseUrl.embedded(temp.resolve("jabu.db")))) {
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      connection -> {
                        connection.createStatement().executeUpdate(insertAudit());
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");

      assertThat(new JdbcAuditStore(database).recent(5)).isEmpty();
    }
  }

  @Test
  void an_unreachable_server_fails_with_the_address_and_without_the_password() {
    DatabaseUrl url =
        DatabaseUrl.resolve(
            "jdbc:postgresql://127.0.0.1:1/jabu?user=bot&password=s3cret&connectTimeout=2", null);

    assertThatThrownBy(() -> Database.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "cannot connect to the database at jdbc:postgresql://127.0.0.1:1/jabu")
        .hasMessageNotContaining("s3cret");
  }

  private static String insertAudit() {
    return "INSERT INTO audit_log (at, actor, command, outcome, correlation_id)"
        + " VALUES (0, 'console:me', 'help', 'OK', 'c1')";
  }

  private static String pragma(Database database, String name) {
    return database.withConnection(
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
          }
        });
  }

  private static List<String> tables(Database database) {
    return database.withConnection(
        connection -> {
          List<String> names = new ArrayList<>();
          try (ResultSet result =
              connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
              names.add(result.getString("TABLE_NAME"));
            }
          }
          return names;
        });
  }
}
