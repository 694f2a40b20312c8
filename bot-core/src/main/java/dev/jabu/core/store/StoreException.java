package dev.jabu.core.store;

/**
 * A database operation failed; wraps the {@link java.sql.SQLException} so stores stay unchecked.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
