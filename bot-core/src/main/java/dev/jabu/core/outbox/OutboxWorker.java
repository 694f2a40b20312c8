package dev.jabu.core.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox moving while the bot runs: one thread dispatches as soon as this process
 * enqueues a row, and otherwise every poll interval, for rows enqueued by other instances, retries
 * coming due and expired claims. Idle, it costs one indexed query per interval. A failed round is
 * logged and the next one runs.
 */
public final class OutboxWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

  private final OutboxDispatcher dispatcher;
  private final Outbox outbox;
  private final Duration pollInterval;
  private final Semaphore wakeUps = new Semaphore(0);
  private final Thread thread;
  private volatile boolean running;
  private Runnable unsubscribe = () -> {};

  public OutboxWorker(OutboxDispatcher dispatcher, Outbox outbox, Duration pollInterval) {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
    this.dispatcher = dispatcher;
    this.outbox = outbox;
    this.pollInterval = pollInterval;
    this.thread = new Thread(this::run, "jabu-outbox-worker");
    thread.setDaemon(true);
  }

  /** Starts the loop; the first round runs at once, for whatever was left from before. */
  public synchronized void start() {
    if (running) {
      throw new IllegalStateException("the outbox worker is already running");
    }
    running = true;
    unsubscribe = outbox.onEnqueued(this::wakeUp);
    thread.start();
  }

  /**
   * Asks for a round now. {@link Outbox} calls it for rows this process enqueues; call it yourself
   * after committing rows written outside {@code Outbox} (or inside a transaction of your own).
   */
  public void wakeUp() {
    // One pending wake-up is enough: the next round sees every row stored before it began.
    if (wakeUps.availablePermits() == 0) {
      wakeUps.release();
    }
  }

  private void run() {
    while (running) {
      try {
        dispatcher.dispatchReady();
      } catch (RuntimeException e) {
        log.error("outbox round failed; trying again in {}", pollInterval, e);
      }
      try {
        wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Stops within the dispatcher's shutdown grace, whatever the depth of the queue: nothing new is
   * claimed, sends under way get the grace to finish and record themselves, and what is still
   * queued stays queued for the next start. A send cut off stays claimed and is checked on the
   * platform after its lease, before it is repeated.
   */
  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    unsubscribe.run();
    dispatcher.stopClaiming();
    wakeUp();
    try {
      thread.join(Math.max(1, dispatcher.settings().shutdownGrace().toMillis()));
      if (thread.isAlive()) {
        log.warn(
            "outbox: sends still under way after {}; they are checked after the next start",
            dispatcher.settings().shutdownGrace());
        thread.interrupt();
        thread.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
