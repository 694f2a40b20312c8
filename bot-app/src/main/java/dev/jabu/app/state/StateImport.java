package dev.jabu.app.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.Placeholders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Loads a document from {@link StateExport} into an empty database, SQLite or PostgreSQL, in one
 * transaction: all of it or, when anything is wrong, nothing. Generated ids continue after the
 * highest one the source had handed out.
 */
public final class StateImport {
  private final Database database;

  public StateImport(Database database) {
    this.database = database;
  }

  /** Reads and loads {@code file}; returns the number of rows loaded. */
  public long load(Path file) {
    if (!Files.exists(file)) {
      throw new DataTransferException("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new DataTransferException(file + " is a folder, not an export file");
    }
    JsonNode document;
    try {
      document = StateExport.parse(file);
    } catch (JsonProcessingException e) {
      throw new DataTransferException(
          file + " is not a jabu export (not valid JSON: " + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new DataTransferException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return load(document);
  }

  /** Loads a parsed document; returns the number of rows loaded. */
  public long load(JsonNode document) {
    requireFormat(document);
    return database.inTransaction(connection -> insertAll(connection, document));
  }

  private static void requireFormat(JsonNode document) {
    if (!document.isObject() || !StateExport.FORMAT.equals(document.path("format").asText())) {
      throw new DataTransferException(
          "not a jabu export: the document's format is not \"" + StateExport.FORMAT + "\"");
    }
    int version = document.path("formatVersion").asInt(-1);
    if (version != StateExport.FORMAT_VERSION) {
      throw new DataTransferException(
          "this export has format version "
              + version
              + "; this jabu reads version "
              + StateExport.FORMAT_VERSION);
    }
    if (!document.path("tables").isObject()) {
      throw new DataTransferException("not a jabu export: it has no tables");
    }
  }

  private long insertAll(Connection connection, JsonNode document) throws SQLException {
    StateTables.requireKnownSchema(connection);
    String ours = StateTables.schemaVersion(connection);
    String theirs = document.path("schemaVersion").asText();
    if (!ours.equals(theirs)) {
      throw new DataTransferException(
          "the export was made at schema version "
              + theirs
              + " and this database is at "
              + ours
              + "; import it with the jabu version that made it, then upgrade");
    }
    requireEmpty(connection);
    JsonNode tables = document.get("tables");
    for (Iterator<String> names = tables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!StateTables.ORDER.contains(name)) {
        throw new DataTransferException("the export holds an unknown table: " + name);
      }
    }
    long rows = 0;
    for (String table : StateTables.ORDER) {
      JsonNode node = tables.get(table);
      if (node == null) {
        throw new DataTransferException("the export lacks table " + table);
      }
      rows += insertTable(connection, table, node);
    }
    return rows;
  }

  private static void requireEmpty(Connection connection) throws SQLException {
    List<String> filled = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : StateTables.ORDER) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          long count = rows.getLong(1);
          if (count > 0) {
            filled.add(table + " (" + count + ")");
          }
        }
      }
    }
    if (!filled.isEmpty()) {
      throw new DataTransferException(
          "the database is not empty, so nothing was imported: "
              + String.join(", ", filled)
              + "; import only into a new database (a new SQLite file, or an empty PostgreSQL"
              + " database or schema)");
    }
  }

  private long insertTable(Connection connection, String table, JsonNode node) throws SQLException {
    Map<String, ColumnKind> columns = StateTables.columns(connection, table);
    List<String> names = new ArrayList<>(columns.keySet());
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", names)
            + ") VALUES ("
            + Placeholders.marks(names.size())
            + ")";
    boolean millis = database.dialect() == Dialect.SQLITE;
    long count = 0;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (JsonNode row : node.path("rows")) {
        requireColumns(table, row, names);
        int index = 1;
        for (String column : names) {
          bind(insert, index++, table, column, columns.get(column), row.get(column), millis);
        }
        insert.addBatch();
        if (++count % 500 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      // a duplicate key or a broken reference in an edited document: the rows are at fault, not
      // the database, and the transaction leaves it as it was
      throw new DataTransferException(
          "the database refused the rows of "
              + table
              + ", so nothing was imported: "
              + e.getMessage(),
          e);
    }
    if (StateTables.hasGeneratedId(columns)) {
      StateTables.continueIdsAfter(
          connection, database.dialect(), table, node.path("lastId").asLong(0));
    }
    return count;
  }

  private static void requireColumns(String table, JsonNode row, List<String> names) {
    if (!row.isObject()) {
      throw new DataTransferException("a row of " + table + " is not an object: " + row);
    }
    for (String name : names) {
      if (!row.has(name)) {
        throw new DataTransferException("a row of " + table + " lacks column " + name);
      }
    }
    if (row.size() != names.size()) {
      List<String> unknown = new ArrayList<>();
      row.fieldNames().forEachRemaining(unknown::add);
      unknown.removeAll(names);
      throw new DataTransferException(
          "a row of " + table + " has a column this schema lacks: " + String.join(", ", unknown));
    }
  }

  private static void bind(
      PreparedStatement insert,
      int index,
      String table,
      String column,
      ColumnKind kind,
      JsonNode node,
      boolean millis)
      throws SQLException {
    try {
      kind.bind(insert, index, value(table, column, node), millis);
    } catch (ClassCastException | IllegalArgumentException | DateTimeException e) {
      throw new DataTransferException(
          "the value of " + table + "." + column + " is not " + kind.described() + ": " + node, e);
    }
  }

  private static Object value(String table, String column, JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isTextual()) {
      return value.asText();
    }
    throw new DataTransferException(
        "value of " + table + "." + column + " is not one an export writes: " + value);
  }
}
