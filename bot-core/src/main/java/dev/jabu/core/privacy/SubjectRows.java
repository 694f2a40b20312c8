package dev.jabu.core.privacy;

import dev.jabu.core.store.Database;
import dev.jabu.core.store.Placeholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * SQL for the rows that name a member, shared by the {@link PersonalData} parts: a statement's
 * {@code %s} becomes a list of parameters, one per value, so any number of linked accounts fits.
 */
public final class SubjectRows {
  private SubjectRows() {}

  /** Runs {@code select} (a {@code SELECT count(*)} with one {@code %s}) for {@code values}. */
  public static long count(Database database, String select, Collection<String> values) {
    return database.withConnection(
        c -> {
          try (PreparedStatement s = prepare(c, select, List.of(), values);
              ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0L;
          }
        });
  }

  /**
   * Runs {@code sql} (with one {@code %s}) on {@code c}, the {@code leading} parameters first.
   *
   * @return the rows changed
   */
  public static int update(
      Connection c, String sql, List<String> leading, Collection<String> values)
      throws SQLException {
    try (PreparedStatement s = prepare(c, sql, leading, values)) {
      return s.executeUpdate();
    }
  }

  private static PreparedStatement prepare(
      Connection c, String sql, List<String> leading, Collection<String> values)
      throws SQLException {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values for " + sql);
    }
    String marks = Placeholders.marks(values.size());
    PreparedStatement s = c.prepareStatement(sql.formatted(marks));
    int i = 1;
    for (String value : leading) {
      s.setString(i++, value);
    }
    for (String value : values) {
      s.setString(i++, value);
    }
    return s;
  }
}
