package dev.jabu.app.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * How a column's value looks in the export document, whatever the dialect stores: the same document
 * must come out of SQLite and PostgreSQL for the same state.
 */
enum ColumnKind {
  /** Whole numbers (ids, epoch milliseconds, counters): a JSON number. */
  INTEGER,
  TEXT,
  /** SQLite keeps 0/1, PostgreSQL a boolean: a JSON boolean. */
  BOOLEAN,
  /**
   * The scheduler's timestamps: PostgreSQL {@code timestamptz}, SQLite epoch milliseconds (as the
   * scheduler's JDBC layer writes them). An ISO-8601 instant in the document.
   */
  TIMESTAMP,
  /** Bytes (the scheduler's task data): base64 in the document. */
  BYTES;

  private static final Map<String, ColumnKind> BY_TYPE_NAME =
      Map.ofEntries(
          Map.entry("BIGINT", INTEGER),
          Map.entry("INTEGER", INTEGER),
          Map.entry("INT", INTEGER),
          Map.entry("SMALLINT", INTEGER),
          Map.entry("INT8", INTEGER),
          Map.entry("INT4", INTEGER),
          Map.entry("INT2", INTEGER),
          // PostgreSQL's driver names identity columns after their serial type
          Map.entry("BIGSERIAL", INTEGER),
          Map.entry("SERIAL", INTEGER),
          Map.entry("TEXT", TEXT),
          Map.entry("VARCHAR", TEXT),
          Map.entry("BOOLEAN", BOOLEAN),
          Map.entry("BOOL", BOOLEAN),
          Map.entry("BIT", BOOLEAN),
          Map.entry("TIMESTAMP", TIMESTAMP),
          Map.entry("TIMESTAMPTZ", TIMESTAMP),
          Map.entry("BLOB", BYTES),
          Map.entry("BYTEA", BYTES));

  /**
   * The kind of a column from the type name its driver reports.
   *
   * @throws DataTransferException for a type no migration uses yet, so a new one is noticed
   */
  static ColumnKind of(String table, String column, String typeName) {
    String base = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT).replaceAll("\\(.*", "");
    ColumnKind kind = BY_TYPE_NAME.get(base.strip());
    if (kind == null) {
      throw new DataTransferException(
          "column "
              + table
              + "."
              + column
              + " has type "
              + typeName
              + ", which export cannot copy");
    }
    return kind;
  }

  /** What a value of this kind looks like in the document, for an import's refusal. */
  String described() {
    return switch (this) {
      case INTEGER -> "a whole number";
      case TEXT -> "text";
      case BOOLEAN -> "true or false";
      case TIMESTAMP -> "an ISO-8601 instant";
      case BYTES -> "base64 text";
    };
  }

  /** Reads the value at {@code index} as the document holds it: Long, String, Boolean or null. */
  Object read(ResultSet rows, int index) throws SQLException {
    Object value =
        switch (this) {
          case INTEGER -> rows.getLong(index);
          case TEXT -> rows.getString(index);
          case BOOLEAN -> rows.getBoolean(index);
          case BYTES -> {
            byte[] bytes = rows.getBytes(index);
            yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
          }
          case TIMESTAMP -> {
            Object raw = rows.getObject(index);
            if (raw == null) {
              yield null;
            }
            yield raw instanceof Number millis
                ? Instant.ofEpochMilli(millis.longValue()).toString()
                : rows.getObject(index, OffsetDateTime.class).toInstant().toString();
          }
        };
    return rows.wasNull() ? null : value;
  }

  /**
   * Binds a document value (Long, String, Boolean or null); {@code timestampsAsMillis} on SQLite,
   * where the scheduler keeps epoch milliseconds.
   */
  void bind(PreparedStatement statement, int index, Object value, boolean timestampsAsMillis)
      throws SQLException {
    if (value == null) {
      statement.setObject(index, null);
      return;
    }
    switch (this) {
      case INTEGER -> statement.setLong(index, (Long) value);
      case TEXT -> statement.setString(index, (String) value);
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case BYTES -> statement.setBytes(index, Base64.getDecoder().decode((String) value));
      case TIMESTAMP -> {
        Instant instant = Instant.parse((String) value);
        if (timestampsAsMillis) {
          statement.setLong(index, instant.toEpochMilli());
        } else {
          statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
      }
    }
  }
}
