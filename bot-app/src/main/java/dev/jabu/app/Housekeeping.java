package dev.jabu.app;

import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.outbox.OutboxDispatcher;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that comes due while nobody types: meetups that ended are finished (and summarized, when
 * configured), and whatever that queued is sent. A failed round is logged and the next one runs.
 */
final class Housekeeping implements AutoCloseable {
  static final long PERIOD_SECONDS = 30;
  private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

  private final Optional<MeetupService> meetups;
  private final boolean autoSummaries;
  private final OutboxDispatcher dispatcher;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "jabu-housekeeping");
            t.setDaemon(true);
            return t;
          });

  Housekeeping(
      Optional<MeetupService> meetups, boolean autoSummaries, OutboxDispatcher dispatcher) {
    this.meetups = meetups;
    this.autoSummaries = autoSummaries;
    this.dispatcher = dispatcher;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::runOnce, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
  }

  void runOnce() {
    try {
      meetups.ifPresent(m -> m.finishEnded(autoSummaries));
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
