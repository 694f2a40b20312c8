package dev.jabu.core.glossary;

import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link GlossaryStore} on the {@code glossary_*} tables. */
public final class JdbcGlossaryStore implements GlossaryStore {
  private static final String SUGGESTION_COLUMNS =
      "id, proposer, locale, target_id, body, status, reason, created_at";

  private final Database database;

  public JdbcGlossaryStore(Database database) {
    this.database = database;
  }

  @Override
  public List<String> entryBodies() {
    return database.withConnection(
        c -> {
          List<String> bodies = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery("SELECT body FROM glossary_entry ORDER BY id")) {
            while (rows.next()) {
              bodies.add(rows.getString(1));
            }
          }
          return bodies;
        });
  }

  @Override
  public String entriesVersion() {
    return database.withConnection(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rows =
                  s.executeQuery(
                      "SELECT COUNT(*), COALESCE(SUM(updated_at), 0) FROM glossary_entry")) {
            rows.next();
            return rows.getLong(1) + ":" + rows.getLong(2);
          }
        });
  }

  @Override
  public void saveEntry(String id, String body, String approvedBy, Instant at) {
    database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE glossary_entry SET body = ?, approved_by = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, body);
            update.setString(2, approvedBy);
            update.setLong(3, at.toEpochMilli());
            update.setString(4, id);
            if (update.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO glossary_entry (id, body, approved_by, updated_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, body);
            insert.setString(3, approvedBy);
            insert.setLong(4, at.toEpochMilli());
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public long suggest(
      UserRef proposer, Locale locale, Optional<String> targetId, String body, Instant at) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO glossary_suggestion (proposer, locale, target_id, body, status,"
                      + " created_at) VALUES (?, ?, ?, ?, 'PENDING', ?)",
                  new String[] {"id"})) {
            insert.setString(1, proposer.key());
            insert.setString(2, locale.getLanguage());
            insert.setString(3, targetId.orElse(null));
            insert.setString(4, body);
            insert.setLong(5, at.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  @Override
  public List<Suggestion> pending() {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + SUGGESTION_COLUMNS
                      + " FROM glossary_suggestion WHERE status = 'PENDING' ORDER BY id")) {
            return suggestions(query);
          }
        });
  }

  @Override
  public Optional<Suggestion> suggestion(long id) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT " + SUGGESTION_COLUMNS + " FROM glossary_suggestion WHERE id = ?")) {
            query.setLong(1, id);
            return suggestions(query).stream().findFirst();
          }
        });
  }

  private static List<Suggestion> suggestions(PreparedStatement query) throws SQLException {
    List<Suggestion> result = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        result.add(
            new Suggestion(
                rows.getLong("id"),
                UserRef.parse(rows.getString("proposer")),
                Locale.forLanguageTag(rows.getString("locale")),
                Optional.ofNullable(rows.getString("target_id")),
                rows.getString("body"),
                Suggestion.Status.valueOf(rows.getString("status")),
                Optional.ofNullable(rows.getString("reason")),
                Instant.ofEpochMilli(rows.getLong("created_at"))));
      }
    }
    return result;
  }

  @Override
  public boolean decide(
      long id, Suggestion.Status status, String moderator, String reason, Instant at) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE glossary_suggestion SET status = ?, decided_by = ?, reason = ?,"
                      + " decided_at = ? WHERE id = ? AND status = 'PENDING'")) {
            update.setString(1, status.name());
            update.setString(2, moderator);
            update.setString(3, reason);
            update.setLong(4, at.toEpochMilli());
            update.setLong(5, id);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void recordQueries(List<AskedQuery> queries) {
    if (queries.isEmpty()) {
      return;
    }
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO glossary_query (at, term, entry_id) VALUES (?, ?, ?)")) {
            for (AskedQuery q : queries) {
              insert.setLong(1, q.at().toEpochMilli());
              insert.setString(2, q.term());
              insert.setString(3, q.entryId().orElse(null));
              insert.addBatch();
            }
            return insert.executeBatch().length;
          }
        });
  }

  @Override
  public List<Count> mostAsked(int limit) {
    return counts(
        "SELECT entry_id, COUNT(*) AS n FROM glossary_query WHERE entry_id IS NOT NULL"
            + " GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT ?",
        limit);
  }

  @Override
  public List<Count> notFound(int limit) {
    return counts(
        "SELECT term, COUNT(*) AS n FROM glossary_query WHERE entry_id IS NULL"
            + " GROUP BY term ORDER BY n DESC, term LIMIT ?",
        limit);
  }

  private List<Count> counts(String sql, int limit) {
    return database.withConnection(
        (Connection c) -> {
          try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setInt(1, limit);
            List<Count> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                result.add(new Count(rows.getString(1), rows.getLong(2)));
              }
            }
            return result;
          }
        });
  }
}
