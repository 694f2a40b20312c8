package dev.jabu.app.state;

/** An export, import or backup that was refused or failed; the message tells the operator why. */
public final class DataTransferException extends RuntimeException {
  public DataTransferException(String message) {
    super(message);
  }

  public DataTransferException(String message, Throwable cause) {
    super(message, cause);
  }
}
