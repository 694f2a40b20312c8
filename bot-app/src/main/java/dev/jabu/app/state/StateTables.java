package dev.jabu.app.state;

import dev.jabu.core.store.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables an export covers, parents before the tables that refer to them, so an import can
 * insert in this order with foreign keys on. A migration that adds a table must add it here: export
 * and import refuse to run while the schema holds a table this list does not name.
 */
public final class StateTables {
  /** Every table jabu's migrations create (besides Flyway's own history), in insert order. */
  public static final List<String> ORDER =
      List.of(
          "audit_log",
          "outbox",
          "glossary_entry",
          "glossary_suggestion",
          "glossary_query",
          "meetup",
          "rsvp",
          "meetup_seat_policy",
          "seat_offer",
          "attendance_event",
          "identity_link",
          "link_code",
          "member_profile",
          "deliveries",
          "scheduled_tasks",
          "schedule_decision",
          "reminder_optout",
          "digest_run",
          "recap",
          "recap_message",
          "recap_preview");

  /**
   * Tables of runtime state that an export leaves out and an import leaves alone: heartbeats
   * describe the processes running on one database, not the community, and would only show as stale
   * instances after a move.
   */
  public static final List<String> RUNTIME = List.of("instance_heartbeat");

  private static final String FLYWAY_HISTORY = "flyway_schema_history";

  private StateTables() {}

  /** The tables in the connection's schema, Flyway's history and SQLite's internals left out. */
  public static Set<String> inSchema(Connection connection) throws SQLException {
    Set<String> tables = new TreeSet<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rows =
        meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.equals(FLYWAY_HISTORY) && !name.startsWith("sqlite_")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  /**
   * Refuses a schema whose tables differ from {@link #ORDER} (besides {@link #RUNTIME}): nothing
   * may be left behind.
   */
  static void requireKnownSchema(Connection connection) throws SQLException {
    Set<String> actual = inSchema(connection);
    Set<String> unknown = new TreeSet<>(actual);
    ORDER.forEach(unknown::remove);
    RUNTIME.forEach(unknown::remove);
    Set<String> missing = new TreeSet<>(ORDER);
    missing.removeAll(actual);
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new DataTransferException(
          "the database's tables do not match what this jabu can copy (not covered: "
              + unknown
              + ", absent: "
              + missing
              + "); use the jabu version that created the database");
    }
  }

  /** The columns of {@code table} in declared order, with their kinds. */
  static Map<String, ColumnKind> columns(Connection connection, String table) throws SQLException {
    Map<String, ColumnKind> columns = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rows.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
        columns.put(name, ColumnKind.of(table, name, meta.getColumnTypeName(i)));
      }
    }
    return columns;
  }

  /** Whether {@code table} numbers its rows itself: an {@code id} column that is a number. */
  static boolean hasGeneratedId(Map<String, ColumnKind> columns) {
    return columns.get("id") == ColumnKind.INTEGER;
  }

  /**
   * The highest id the table has handed out, deleted rows included, so a moved database does not
   * hand the same number out again; 0 when it never handed one out.
   */
  static long lastId(Connection connection, Dialect dialect, String table) throws SQLException {
    String sql =
        dialect == Dialect.SQLITE
            ? "SELECT seq FROM sqlite_sequence WHERE name = '" + table + "'"
            : "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "
                + sequenceOf(connection, table);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  /** Makes the table's next generated id follow {@code lastId} (and every id it holds). */
  static void continueIdsAfter(Connection connection, Dialect dialect, String table, long lastId)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (dialect == Dialect.SQLITE) {
        // inserting explicit ids already raised the counter to the highest id present
        statement.executeUpdate(
            "UPDATE sqlite_sequence SET seq = max(seq, "
                + lastId
                + ") WHERE name = '"
                + table
                + "'");
        statement.executeUpdate(
            "INSERT INTO sqlite_sequence (name, seq) SELECT '"
                + table
                + "', "
                + lastId
                + " WHERE "
                + lastId
                + " > 0 AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '"
                + table
                + "')");
      } else {
        String sequence = sequenceOf(connection, table);
        statement.execute(
            "SELECT CASE WHEN last > 0 THEN setval('"
                + sequence
                + "', last, true) ELSE setval('"
                + sequence
                + "', 1, false) END FROM (SELECT greatest("
                + lastId
                + ", (SELECT coalesce(max(id), 0) FROM "
                + table
                + ")) AS last) AS ids");
      }
    }
  }

  private static String sequenceOf(Connection connection, String table) throws SQLException {
    try (var statement = connection.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
      statement.setString(1, quoted(connection.getSchema()) + "." + table);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        String sequence = rows.getString(1);
        if (sequence == null) {
          throw new DataTransferException("table " + table + " has no identity sequence");
        }
        return sequence;
      }
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The schema version Flyway last applied, e.g. {@code 10}. */
  static String schemaVersion(Connection connection) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM "
                    + FLYWAY_HISTORY
                    + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    if (versions.isEmpty()) {
      throw new DataTransferException("the database has no migrations applied");
    }
    return versions.get(versions.size() - 1);
  }
}
