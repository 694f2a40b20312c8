package dev.jabu.app;

import dev.jabu.core.outbox.OutboxDispatcher;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the scheduler and other instances queued while nobody types. A failed round is logged
 * and the next one runs.
 */
final class Housekeeping implements AutoCloseable {
  static final long PERIOD_MILLIS = 500;
  private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

  private final OutboxDispatcher dispatcher;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "jabu-housekeeping");
            t.setDaemon(true);
            return t;
          });

  Housekeeping(OutboxDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  void start() {
    timer.scheduleWithFixedDelay(
        this::runOnce, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  void runOnce() {
    try {
      dispatcher.dispatchReady();
    } catch (RuntimeException e) {
      log.error("housekeeping round failed", e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
