package dev.jabu.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox delivers.
 *
 * @param retries when a failed attempt is tried again, and when it becomes a dead letter
 * @param lease how long a claim protects a row being sent. A claim older than this belongs to a
 *     dispatcher presumed dead, and the row's outcome is unknown: another dispatcher checks the
 *     platform, then sends it if it is not there. Senders must give up on a call well within it.
 * @param concurrency how many destinations are sent to at once; one row per destination at a time
 * @param pollInterval how often an {@link OutboxWorker} looks for rows nobody told it about: rows
 *     enqueued by other instances, retries coming due, expired claims
 * @param shutdownGrace how long a stopping {@link OutboxWorker} lets sends under way finish; it
 *     claims nothing new, and what is still queued goes out after the next start
 */
public record DeliverySettings(
    RetryPolicy retries,
    Duration lease,
    int concurrency,
    Duration pollInterval,
    Duration shutdownGrace) {

  public static final int MAX_CONCURRENCY = 64;

  public DeliverySettings {
    Objects.requireNonNull(retries, "retries");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("concurrency must be 1.." + MAX_CONCURRENCY);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("the shutdown grace must not be negative");
    }
  }

  /**
   * Eight attempts with doubling waits, eight destinations at once, a look every second, and a
   * two-minute lease: four times the 30 s a sender call may take, and short enough that a message
   * taken over is usually still inside Discord's few-minute nonce dedupe (docs/delivery.md). A stop
   * waits five seconds for sends under way, well inside the 30 s Kubernetes and Nomad give.
   */
  public static DeliverySettings defaults() {
    return new DeliverySettings(
        RetryPolicy.defaults(),
        Duration.ofMinutes(2),
        8,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5));
  }

  public DeliverySettings withRetries(RetryPolicy retries) {
    return new DeliverySettings(retries, lease, concurrency, pollInterval, shutdownGrace);
  }

  public DeliverySettings withLease(Duration lease) {
    return new DeliverySettings(retries, lease, concurrency, pollInterval, shutdownGrace);
  }

  public DeliverySettings withConcurrency(int concurrency) {
    return new DeliverySettings(retries, lease, concurrency, pollInterval, shutdownGrace);
  }

  public DeliverySettings withPollInterval(Duration pollInterval) {
    return new DeliverySettings(retries, lease, concurrency, pollInterval, shutdownGrace);
  }

  public DeliverySettings withShutdownGrace(Duration shutdownGrace) {
    return new DeliverySettings(retries, lease, concurrency, pollInterval, shutdownGrace);
  }
}
