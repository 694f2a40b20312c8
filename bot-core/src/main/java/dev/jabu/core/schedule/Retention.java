package dev.jabu.core.schedule;

import dev.jabu.core.outbox.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history jabu writes as it works from growing forever: posts sent and the scheduler's
 * decisions older than the retention age ({@code scheduler.retention}, 90 days by default) are
 * pruned. A scheduled task runs it every hour; it is idempotent, so a rerun changes nothing.
 */
public final class Retention {
  /** The scheduler task that runs {@link #prune()}. */
  public static final String TASK = Upkeep.HISTORY_PRUNE;

  public static final Duration EVERY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final OutboxStore outbox;
  private final DecisionLog decisions;
  private final Clock clock;
  private final Duration age;

  public Retention(OutboxStore outbox, DecisionLog decisions, Clock clock, Duration age) {
    this.outbox = outbox;
    this.decisions = decisions;
    this.clock = clock;
    this.age = age;
  }

  /** What one pass pruned: outbox rows removed or emptied, decisions removed. */
  public record Pruned(int outboxRows, int decisions) {}

  public Pruned prune() {
    var cutoff = clock.instant().minus(age);
    Pruned pruned = new Pruned(outbox.pruneSent(cutoff), decisions.forgetDecidedBefore(cutoff));
    if (pruned.outboxRows() + pruned.decisions() > 0) {
      log.info(
          "retention: pruned {} sent outbox rows and {} schedule decisions older than {}",
          pruned.outboxRows(),
          pruned.decisions(),
          cutoff);
    }
    return pruned;
  }
}
