package dev.jabu.core.platform;

/** A platform refused to let jabu connect; the message says what the operator should do. */
public final class PlatformStartException extends Exception {
  public PlatformStartException(String message) {
    super(message);
  }

  public PlatformStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
