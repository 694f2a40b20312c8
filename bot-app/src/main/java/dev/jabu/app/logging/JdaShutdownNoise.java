package dev.jabu.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops the error JDA logs when it stops itself while a request is finishing: after Discord refuses
 * the token, JDA shuts down and interrupts its rate limiter mid-request, which then fails to take a
 * lock "while thread is interrupted" and logs that with a stack trace. It is no fault of the
 * request and says nothing the operator can act on; jabu's own message about the token says it all.
 */
public final class JdaShutdownNoise extends TurboFilter {
  private static final String INTERRUPTED = "while thread is interrupted";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    boolean interruptedLock =
        t instanceof IllegalStateException
            && t.getMessage() != null
            && t.getMessage().contains(INTERRUPTED);
    return interruptedLock && logger.getName().startsWith("net.dv8tion.jda")
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }
}
