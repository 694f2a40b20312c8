package dev.jabu.core.outbox;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A store that hands every call to another; tests override the calls they want to disturb. */
public class ForwardingOutboxStore implements OutboxStore {
  private final OutboxStore store;

  public ForwardingOutboxStore(OutboxStore store) {
    this.store = store;
  }

  @Override
  public boolean enqueue(OutboxEntry entry, Instant now) {
    return store.enqueue(entry, now);
  }

  @Override
  public int enqueueAll(java.util.List<OutboxEntry> entries, Instant now) {
    return store.enqueueAll(entries, now);
  }

  @Override
  public void release(List<OutboundMessage> claimed, Instant now) {
    store.release(claimed, now);
  }

  @Override
  public void afterCommit(Runnable action) {
    store.afterCommit(action);
  }

  @Override
  public List<OutboundMessage> claimReady(
      String claimer,
      Set<Platform> platforms,
      Collection<String> skipDestinations,
      int limit,
      Instant now,
      Duration lease) {
    return store.claimReady(claimer, platforms, skipDestinations, limit, now, lease);
  }

  @Override
  public boolean markSent(OutboundMessage claimed, String platformMessageId, Instant now) {
    return store.markSent(claimed, platformMessageId, now);
  }

  @Override
  public List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
    return store.markAllSent(delivered, now);
  }

  @Override
  public boolean markAttemptFailed(
      OutboundMessage claimed,
      String error,
      boolean outcomeUnknown,
      Optional<Instant> retryAt,
      Instant now) {
    return store.markAttemptFailed(claimed, error, outcomeUnknown, retryAt, now);
  }

  @Override
  public boolean postpone(OutboundMessage claimed, String reason, Instant until, Instant now) {
    return store.postpone(claimed, reason, until, now);
  }

  @Override
  public List<OutboxRow> failed(int limit) {
    return store.failed(limit);
  }

  @Override
  public boolean retry(long id, Instant now) {
    return store.retry(id, now);
  }

  @Override
  public Optional<OutboxRow> find(String key, ChannelRef destination) {
    return store.find(key, destination);
  }

  @Override
  public List<OutboxRow> all() {
    return store.all();
  }

  @Override
  public int repoint(ChannelRef destination, String from, String to) {
    return store.repoint(destination, from, to);
  }

  @Override
  public Optional<dev.jabu.core.message.RichMessage> latestContent(
      ChannelRef destination, String platformMessageId) {
    return store.latestContent(destination, platformMessageId);
  }

  @Override
  public int pruneSent(Instant cutoff) {
    return store.pruneSent(cutoff);
  }
}
