package dev.jabu.app.state;

import dev.jabu.core.store.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A consistent copy of the embedded SQLite file, taken while jabu runs on it. {@code VACUUM INTO}
 * reads in one transaction, so writers carry on under WAL and the copy is a compact, complete
 * database that jabu opens as it is.
 */
public final class SqliteBackup {
  private SqliteBackup() {}

  /** Copies the database at {@code url} to {@code out}, which must not exist yet. */
  public static void copy(DatabaseUrl url, Path out) {
    Path source =
        url.sqliteFile()
            .orElseThrow(
                () ->
                    new DataTransferException(
                        "backup copies the embedded SQLite file; for PostgreSQL use pg_dump, or"
                            + " `jabu export` for a document any jabu can import"));
    if (!Files.isRegularFile(source)) {
      throw new DataTransferException("there is no database at " + source + " to back up");
    }
    Path target = out.toAbsolutePath();
    if (Files.exists(target)) {
      throw new DataTransferException(target + " already exists; choose a new file name");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(partial);
      try (Connection connection = url.connect()) {
        try (Statement pragma = connection.createStatement()) {
          pragma.executeUpdate("PRAGMA busy_timeout = 10000");
        }
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
          vacuum.setString(1, partial.toString());
          vacuum.execute();
        }
      }
      Files.move(partial, target);
    } catch (SQLException e) {
      throw new DataTransferException("the backup of " + source + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw DataTransferException.cannotWrite(target, e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the partial copy is named as such; a later backup removes it
      }
    }
  }
}
