package dev.jabu.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class JdaShutdownNoiseTest {
  private final LoggerContext context = new LoggerContext();
  private final JdaShutdownNoise filter = new JdaShutdownNoise();

  private FilterReply decide(String logger, Throwable t) {
    return filter.decide(null, context.getLogger(logger), Level.ERROR, "failed", null, t);
  }

  @Test
  void jdasInterruptedLockDuringItsOwnShutdownIsDropped() {
    assertThat(
            decide(
                "net.dv8tion.jda.api.requests.RestRateLimiter",
                new IllegalStateException("Unable to acquire lock while thread is interrupted!")))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void everyOtherErrorIsKept() {
    assertThat(
            decide(
                "net.dv8tion.jda.api.requests.RestRateLimiter",
                new IllegalStateException("Bucket exceeded")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("net.dv8tion.jda.api.requests.RestRateLimiter", null))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(
            decide(
                "dev.jabu.core.outbox.Outbox",
                new IllegalStateException("Unable to acquire lock while thread is interrupted!")))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}
