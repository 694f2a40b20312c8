package dev.jabu.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on one connection; may throw {@link SQLException}. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
