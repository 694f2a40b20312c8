package dev.jabu.core.outbox;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.time.Duration;
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
   * Adds rows at once, in order, all or none (a store that can, in one transaction), each only when
   * its key is new at its destination.
   *
   * @return how many rows were added
   */
  default int enqueueAll(List<OutboxEntry> entries, Instant now) {
    int added = 0;
    for (OutboxEntry entry : entries) {
      added += enqueue(entry, now) ? 1 : 0;
    }
    return added;
  }

  /**
   * Hands back claimed rows that were never sent (the dispatcher stopped before their turn): they
   * wait again as they did, while the claim is still the caller's. A store that cannot leaves them
   * claimed; they are checked on the platform after their lease.
   */
  default void release(List<OutboundMessage> claimed, Instant now) {}

  /**
   * Runs {@code action} once what this thread has written is committed: at once, unless the caller
   * made its enqueues part of a larger transaction that is still open.
   */
  default void afterCommit(Runnable action) {
    action.run();
  }

  /**
   * Claims up to {@code limit} ready rows for {@code claimer} (PENDING or expired SENDING becomes
   * SENDING, claimed now) and returns them, oldest first. Each row is claimed by exactly one
   * caller, however many race, in this process or others. A row is ready when:
   *
   * <ul>
   *   <li>its destination is on one of {@code platforms} and not in {@code skipDestinations};
   *   <li>it is PENDING and due, or SENDING with a claim older than {@code lease} (its claimer is
   *       presumed dead; the row comes back with {@link OutboundMessage#outcomeUnknown()});
   *   <li>the message it refers to (if any) at the same destination has a platform message id;
   *   <li>no other row of its destination is SENDING, and, unless it is itself SENDING, no earlier
   *       PENDING row of its destination is ready but for its retry time: one row in flight per
   *       destination, in enqueue order.
   * </ul>
   */
  List<OutboundMessage> claimReady(
      String claimer,
      Set<Platform> platforms,
      Collection<String> skipDestinations,
      int limit,
      Instant now,
      Duration lease);

  /**
   * Records the platform's message id of a claimed row.
   *
   * @return false, changing nothing, when the claim was lost (taken over after its lease)
   */
  boolean markSent(OutboundMessage claimed, String platformMessageId, Instant now);

  /**
   * Records many sent rows at once, each fenced like {@link #markSent}, in one transaction where
   * the store can: a dispatch round's bookkeeping costs one commit, not one per row. Should the
   * call fail, none of them is recorded; they stay claimed and are checked on the platform after
   * their lease, like a send whose bookkeeping was lost.
   *
   * @return for each row, in order, whether it was recorded (false: its claim was lost)
   */
  default List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
    return delivered.stream().map(d -> markSent(d.claimed(), d.platformMessageId(), now)).toList();
  }

  /**
   * Records a failed attempt of a claimed row: pending again from {@code retryAt}, or FAILED (a
   * dead letter) when empty.
   *
   * @param outcomeUnknown the attempt may have reached the platform, so the next one checks first
   * @return false, changing nothing, when the claim was lost (taken over after its lease)
   */
  boolean markAttemptFailed(
      OutboundMessage claimed,
      String error,
      boolean outcomeUnknown,
      Optional<Instant> retryAt,
      Instant now);

  /**
   * Puts a claimed row back until {@code until}, as a platform's rate limit asks; not a failed
   * attempt, and whether its outcome is unknown stays as it was.
   *
   * @return false, changing nothing, when the claim was lost (taken over after its lease)
   */
  boolean postpone(OutboundMessage claimed, String reason, Instant until, Instant now);

  /** Dead letters, newest first. */
  List<OutboxRow> failed(int limit);

  /** Puts a dead letter back in the queue, attempts reset; false when it is not a dead letter. */
  boolean retry(long id, Instant now);

  Optional<OutboxRow> find(String key, ChannelRef destination);

  /**
   * Points the rows at {@code destination} that hold the platform id {@code from} to {@code to}:
   * the message was deleted on the platform and posted again, and later replies and edits go to the
   * new one.
   */
  int repoint(ChannelRef destination, String from, String to);

  /**
   * The content last sent as the message with this platform id (its post or its latest edit), to
   * post it again after it was deleted; empty when nothing is kept (pruned, or never sent).
   */
  Optional<dev.jabu.core.message.RichMessage> latestContent(
      ChannelRef destination, String platformMessageId);

  /**
   * Prunes rows sent before {@code cutoff}. Edits and deletes are removed. A post or reply keeps
   * its key, destination and platform message id, because a later edit, delete or reply in its
   * thread needs them (a recap can be edited years later); only its content is dropped. Rows not
   * yet sent, and dead letters, are never touched.
   *
   * @return how many rows were removed or emptied
   */
  int pruneSent(Instant cutoff);

  /** Every row, oldest first; for tests and operators. */
  List<OutboxRow> all();
}
