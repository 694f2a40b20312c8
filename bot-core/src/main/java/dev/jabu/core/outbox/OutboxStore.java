package dev.jabu.core.outbox;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of outbox rows; safe to share between dispatchers, even in different processes. */
public interface OutboxStore {

  /**
   * Adds a pending row.
   *
   * @return false, changing nothing, when a row with the same key and destination already exists
   */
  boolean enqueue(OutboxEntry entry, Instant now);

  /**
   * Moves up to {@code limit} ready rows from PENDING to SENDING and returns them, oldest first. A
   * row is ready when it is PENDING, its destination is on one of {@code platforms}, and the
   * message it refers to (if any) at the same destination has a platform message id. Each row is
   * claimed by exactly one caller, however many race.
   *
   * @param skipIds rows not to claim (those that already failed in this dispatch round)
   */
  List<OutboundMessage> claimReady(
      Set<Platform> platforms, Collection<Long> skipIds, int limit, Instant now);

  void markSent(long id, String platformMessageId, Instant now);

  /** Puts a claimed row back to PENDING, counting the attempt and keeping the error. */
  /**
   * Records a failed attempt: pending again from {@code retryAt}, or FAILED (a dead letter) when
   * empty.
   */
  void markAttemptFailed(long id, String error, Instant now, Optional<Instant> retryAt);

  /** Dead letters, newest first. */
  List<OutboxRow> failed(int limit);

  /** Puts a dead letter back in the queue, attempts reset; false when it is not a dead letter. */
  boolean retry(long id, Instant now);

  Optional<OutboxRow> find(String key, ChannelRef destination);

  /** Every row, oldest first; for tests and operators. */
  List<OutboxRow> all();
}
