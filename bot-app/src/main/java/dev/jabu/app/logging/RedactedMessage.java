package dev.jabu.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with secrets masked (logback.xml maps {@code %msg} to this). */
public final class RedactedMessage extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return Redaction.apply(super.convert(event));
  }
}
