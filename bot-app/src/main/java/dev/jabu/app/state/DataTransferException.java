package dev.jabu.app.state;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An export, import or backup that was refused or failed; the message tells the operator why. */
public final class DataTransferException extends RuntimeException {
  public DataTransferException(String message) {
    super(message);
  }

  public DataTransferException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A file that cannot be written, said without a stack trace: the operator fixes the path. */
  static DataTransferException cannotWrite(Path file, IOException e) {
    String reason =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof FileAlreadyExistsException
                ? "a file is in the way of its folder"
                : e instanceof NoSuchFileException
                    ? "no file can be created there"
                    : e instanceof FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : String.valueOf(e.getMessage());
    return new DataTransferException("cannot write " + file + ": " + reason, e);
  }
}
