package dev.jabu.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {
  @TempDir Path dir;

  @Test
  void copiesTheDatabaseWhileItIsWrittenTo() throws Exception {
    try (Database live = TempDatabase.sqlite()) {
      StateFixture.fill(live);
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicLong written = new AtomicLong();
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                while (writing.get()) {
                  long n = written.get() + 1;
                  live.inTransaction(
                      c -> {
                        try (Statement insert = c.createStatement()) {
                          return insert.executeUpdate(
                              "INSERT INTO deliveries VALUES ('discord', 'd" + n + "', " + n + ")");
                        }
                      });
                  written.set(n);
                }
              });
      while (written.get() < 20) {
        Thread.onSpinWait();
      }
      Path backup = dir.resolve("backups/jabu-backup.db");
      SqliteBackup.copy(live.url(), backup);
      writing.set(false);
      writer.get();

      try (Database copy = Database.open(DatabaseUrl.embedded(backup))) {
        String integrity = copy.withConnection(c -> scalar(c, "PRAGMA integrity_check"));
        assertThat(integrity).isEqualTo("ok");
        long copied =
            Long.parseLong(
                copy.withConnection(
                    c -> scalar(c, "SELECT count(*) FROM deliveries WHERE platform = 'discord'")));
        // a snapshot taken while the writer ran: some of its rows, not necessarily all
        assertThat(copied).isBetween(20L, written.get());
        MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        JsonNode copyTables = new StateExport(copy, clock).document().path("tables");
        JsonNode liveTables = new StateExport(live, clock).document().path("tables");
        for (String table : StateTables.ORDER) {
          if (!table.equals("deliveries")) {
            assertThat(copyTables.path(table)).as(table).isEqualTo(liveTables.path(table));
          }
        }
      }
      try (Stream<Path> files = Files.list(backup.getParent())) {
        assertThat(files).containsExactly(backup);
      }
    }
  }

  @Test
  void refusesToOverwriteAFileOrToCopyPostgresql() throws Exception {
    try (Database live = TempDatabase.sqlite()) {
      Path existing = Files.writeString(dir.resolve("old.db"), "keep me");
      assertThatThrownBy(() -> SqliteBackup.copy(live.url(), existing))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("already exists");
      assertThat(Files.readString(existing)).isEqualTo("keep me");
    }
    DatabaseUrl postgres = DatabaseUrl.resolve("jdbc:postgresql://db.invalid/jabu", Path.of("x"));
    assertThatThrownBy(() -> SqliteBackup.copy(postgres, dir.resolve("pg.db")))
        .hasMessageContaining("pg_dump");
    Path none = dir.resolve("none.db");
    assertThatThrownBy(() -> SqliteBackup.copy(DatabaseUrl.embedded(none), dir.resolve("b.db")))
        .hasMessageContaining("there is no database");
    assertThat(none).doesNotExist();
  }

  private static String scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
