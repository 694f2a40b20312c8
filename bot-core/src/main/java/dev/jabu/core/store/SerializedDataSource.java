package dev.jabu.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections each hold the process's SQLite writer lock from the moment they
 * are taken until they are closed. Libraries that bring their own JDBC (the scheduler) then queue
 * behind jabu's writers fairly instead of meeting SQLite's busy handler, which can starve them.
 */
final class SerializedDataSource implements DataSource {
  private final DataSource pool;
  private final ReentrantLock writers;

  SerializedDataSource(DataSource pool, ReentrantLock writers) {
    this.pool = pool;
    this.writers = writers;
  }

  @Override
  public Connection getConnection() throws SQLException {
    writers.lock();
    try {
      return holdingLock(pool.getConnection());
    } catch (SQLException | RuntimeException e) {
      writers.unlock();
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials come from the pool");
  }

  private Connection holdingLock(Connection connection) {
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                if (closed[0]) {
                  return null;
                }
                closed[0] = true;
                try {
                  connection.close();
                } finally {
                  writers.unlock();
                }
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return pool.isWrapperFor(type);
  }
}
