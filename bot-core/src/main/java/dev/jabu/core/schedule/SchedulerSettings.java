package dev.jabu.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler polls and how long work that came due during downtime stays worth sending.
 *
 * @param pollingInterval how often each instance looks for due items; bounds how late one can be
 * @param heartbeatInterval how often a running item says it is alive
 * @param missedHeartbeats after this many missed heartbeats an item is taken to have died with its
 *     instance and is run again (items are idempotent)
 * @param threads items run at once per instance
 * @param grace how late an item may still be sent; later ones are recorded as skipped
 * @param retention how long sent posts and the scheduler's decisions are kept ({@link Retention})
 */
public record SchedulerSettings(
    Duration pollingInterval,
    Duration heartbeatInterval,
    int missedHeartbeats,
    int threads,
    Duration grace,
    Duration retention) {

  /** Sent posts and decisions are kept 90 days: long enough to answer "was it sent?". */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  public SchedulerSettings(
      Duration pollingInterval,
      Duration heartbeatInterval,
      int missedHeartbeats,
      int threads,
      Duration grace) {
    this(pollingInterval, heartbeatInterval, missedHeartbeats, threads, grace, DEFAULT_RETENTION);
  }

  public SchedulerSettings {
    Objects.requireNonNull(pollingInterval, "pollingInterval");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(retention, "retention");
    if (pollingInterval.isNegative() || pollingInterval.isZero()) {
      throw new IllegalArgumentException("pollingInterval must be positive");
    }
    if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
      throw new IllegalArgumentException("heartbeatInterval must be positive");
    }
    if (missedHeartbeats < 4) {
      // db-scheduler's own floor: fewer would declare live items dead
      throw new IllegalArgumentException("missedHeartbeats must be at least 4");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative");
    }
    if (retention.compareTo(Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException("retention must be at least a day");
    }
  }

  /**
   * Half-second polls keep reminders within a second of their time; a five-second heartbeat with
   * four misses lets another instance (or a restart) take over a dead item within about 20 s.
   */
  public static SchedulerSettings defaults() {
    return new SchedulerSettings(
        Duration.ofMillis(500), Duration.ofSeconds(5), 4, 4, Duration.ofHours(6));
  }

  public SchedulerSettings withRetention(Duration retention) {
    return new SchedulerSettings(
        pollingInterval, heartbeatInterval, missedHeartbeats, threads, grace, retention);
  }

  /** How long an item whose instance died waits before it is run again. */
  public Duration deadAfter() {
    return heartbeatInterval.multipliedBy(missedHeartbeats);
  }
}
