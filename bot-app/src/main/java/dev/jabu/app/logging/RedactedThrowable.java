package dev.jabu.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * A stack trace with secrets masked (logback.xml maps {@code %ex} to this): exception messages from
 * HTTP and JDBC libraries may quote a URL or a header.
 */
public final class RedactedThrowable extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return Redaction.apply(super.throwableProxyToString(proxy));
  }
}
