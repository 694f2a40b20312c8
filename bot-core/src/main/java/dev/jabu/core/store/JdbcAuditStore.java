package dev.jabu.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditStore} on the {@code audit_log} table. */
public final class JdbcAuditStore implements AuditStore {
  private final Database database;

  public JdbcAuditStore(Database database) {
    this.database = database;
  }

  @Override
  public void record(AuditEntry entry) {
    database.withConnection(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO audit_log (at, actor, command, outcome, correlation_id, detail)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.at().toEpochMilli());
            insert.setString(2, entry.actor());
            insert.setString(3, entry.command());
            insert.setString(4, entry.outcome().name());
            insert.setString(5, entry.correlationId());
            insert.setString(6, entry.detail());
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public List<AuditEntry> recent(int limit) {
    if (limit < 1) {
      return List.of();
    }
    return database.withConnection(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT at, actor, command, outcome, correlation_id, detail FROM audit_log"
                      + " ORDER BY at DESC, id DESC LIMIT ?")) {
            query.setInt(1, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                entries.add(
                    new AuditEntry(
                        Instant.ofEpochMilli(rows.getLong("at")),
                        rows.getString("actor"),
                        rows.getString("command"),
                        AuditEntry.Outcome.valueOf(rows.getString("outcome")),
                        rows.getString("correlation_id"),
                        rows.getString("detail")));
              }
            }
            return entries;
          }
        });
  }
}
