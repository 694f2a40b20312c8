package dev.jabu.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Switches the log file to one JSON object per line once the configuration asks for it, and tells
 * whether the log file could be opened at all.
 */
public final class LogFormat {
  private static final String FILE_APPENDER = "FILE";

  private LogFormat() {}

  public static void json() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another logging backend: its own configuration decides
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (!(root.getAppender(FILE_APPENDER) instanceof OutputStreamAppender<ILoggingEvent> file)) {
      return;
    }
    JsonLines layout = new JsonLines();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    file.setEncoder(encoder);
  }

  /**
   * The log file when it could not be opened (its folder cannot be created or written). Logback's
   * own complaints are silenced so stdout carries answers only, so jabu has to say it.
   */
  public static Optional<String> unwritableFile() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return Optional.empty();
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    return root.getAppender(FILE_APPENDER) instanceof FileAppender<ILoggingEvent> file
            && !file.isStarted()
        ? Optional.of(file.getFile())
        : Optional.empty();
  }
}
