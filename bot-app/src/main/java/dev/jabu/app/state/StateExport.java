package dev.jabu.app.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes all of jabu's state as one JSON document: a header (format, its version, the schema
 * version, when) and every table of {@link StateTables#ORDER} with its rows. Rows are sorted by
 * their values, so the same state gives the same document on SQLite and PostgreSQL.
 */
public final class StateExport {
  /** The document's {@code format} field. */
  public static final String FORMAT = "jabu-export";

  /** Raised when the document's shape changes, not when the schema does. */
  public static final int FORMAT_VERSION = 1;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Database database;
  private final Clock clock;

  public StateExport(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * The whole state, read in one snapshot so it is consistent while jabu runs: a deferred read
   * transaction on SQLite (writers carry on under WAL; the pool's connections would take the write
   * lock), repeatable read on PostgreSQL.
   */
  public ObjectNode document() {
    try (Connection connection = database.url().connect()) {
      connection.setAutoCommit(false);
      if (database.dialect() == Dialect.POSTGRESQL) {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
      }
      try {
        return read(connection);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new DataTransferException("cannot read the database: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@link #document()} to {@code out}, replacing it only once complete. An existing file is
   * replaced only when it is an older export: a mistyped {@code --out} must not turn the database,
   * or anything else, into an export.
   */
  public void writeTo(Path out) {
    if (Files.exists(out) && !isExport(out)) {
      throw new DataTransferException(
          out + " exists and is not a jabu export, so it was left alone; choose a new file name");
    }
    ObjectNode document = document();
    Path absolute = out.toAbsolutePath();
    Path dir = absolute.getParent();
    Path partial = null;
    try {
      Files.createDirectories(dir);
      partial = Files.createTempFile(dir, absolute.getFileName().toString(), ".partial");
      JSON.writeValue(partial.toFile(), document);
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw DataTransferException.cannotWrite(out, e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // named .partial; never mistaken for an export
        }
      }
    }
  }

  private ObjectNode read(Connection connection) throws SQLException {
    StateTables.requireKnownSchema(connection);
    ObjectNode document = JSON.createObjectNode();
    document.put("format", FORMAT);
    document.put("formatVersion", FORMAT_VERSION);
    document.put("schemaVersion", StateTables.schemaVersion(connection));
    document.put("exportedAt", clock.instant().toString());
    ObjectNode tables = document.putObject("tables");
    for (String table : StateTables.ORDER) {
      tables.set(table, readTable(connection, table));
    }
    return document;
  }

  private ObjectNode readTable(Connection connection, String table) throws SQLException {
    Map<String, ColumnKind> columns = StateTables.columns(connection, table);
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT " + String.join(", ", columns.keySet()) + " FROM " + table)) {
      while (result.next()) {
        List<Object> row = new ArrayList<>(columns.size());
        int index = 1;
        for (ColumnKind kind : columns.values()) {
          row.add(kind.read(result, index++));
        }
        rows.add(row);
      }
    }
    // sorted here, not by ORDER BY: the two databases collate text differently
    rows.sort(ROW_ORDER);
    ObjectNode node = JSON.createObjectNode();
    if (StateTables.hasGeneratedId(columns)) {
      node.put("lastId", StateTables.lastId(connection, database.dialect(), table));
    }
    ArrayNode array = node.putArray("rows");
    for (List<Object> row : rows) {
      ObjectNode object = array.addObject();
      int index = 0;
      for (String column : columns.keySet()) {
        object.set(column, JSON.valueToTree(row.get(index++)));
      }
    }
    return node;
  }

  private static final Comparator<Object> VALUE_ORDER =
      Comparator.nullsFirst(
          (a, b) -> {
            if (a instanceof Long x && b instanceof Long y) {
              return Long.compare(x, y);
            }
            if (a instanceof Boolean x && b instanceof Boolean y) {
              return Boolean.compare(x, y);
            }
            return a.toString().compareTo(b.toString());
          });

  private static final Comparator<List<Object>> ROW_ORDER =
      (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int order = VALUE_ORDER.compare(a.get(i), b.get(i));
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };

  /**
   * Whether {@code file} begins as {@link #writeTo} writes: an object whose first field is format.
   */
  private static boolean isExport(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      return parser.nextToken() == JsonToken.START_OBJECT
          && "format".equals(parser.nextFieldName())
          && FORMAT.equals(parser.nextTextValue());
    } catch (IOException notJson) {
      return false;
    }
  }

  /** Reads a document written by {@link #writeTo}. */
  static JsonNode parse(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }
}
