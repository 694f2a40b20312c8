package dev.jabu.core.testkit;

import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import dev.jabu.core.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Migrated databases for tests that clean up after themselves when closed. */
public final class TempDatabase {
  private TempDatabase() {}

  /** A SQLite file in a new temporary directory, removed on close. */
  public static Database sqlite() {
    Path dir;
    try {
      dir = Files.createTempDirectory("jabu-db-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Database.open(DatabaseUrl.embedded(dir.resolve("jabu.db")))
        .afterClose(() -> deleteRecursively(dir));
  }

  /**
   * A fresh schema in the test PostgreSQL ({@link TestPostgres}), dropped on close. Pair with
   * {@link RequiresPostgres} so a machine without PostgreSQL skips instead of failing.
   */
  public static Database postgres() {
    byte[] random = new byte[6];
    ThreadLocalRandom.current().nextBytes(random);
    DatabaseUrl url =
        TestPostgres.url().withSchema("jabu_test_" + HexFormat.of().formatHex(random));
    String schema = url.schema().orElseThrow();
    return Database.open(url).afterClose(() -> dropSchema(url, schema));
  }

  private static void dropSchema(DatabaseUrl url, String schema) {
    try (Connection connection = url.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new StoreException("cannot drop test schema " + schema, e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
