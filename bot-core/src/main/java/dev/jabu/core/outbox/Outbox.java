package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where features put what the bot posts on its own. Each call is idempotent per (key, destination):
 * repeating it, e.g. after a crash, changes nothing and returns false.
 */
public final class Outbox {
  private static final RichMessage NO_CONTENT = new RichMessage(List.of(), List.of());

  private final OutboxStore store;
  private final Clock clock;
  private final AtomicLong enqueued = new AtomicLong();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final List<DirectMessageDetour> detours = new CopyOnWriteArrayList<>();

  public Outbox(OutboxStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A new message at {@code destination}. */
  public boolean post(String key, ChannelRef destination, RichMessage message) {
    return enqueue(new OutboxEntry(key, Operation.POST, destination, null, message));
  }

  /** A reply in the thread of the message {@code parentKey} at the same destination. */
  public boolean reply(String key, String parentKey, ChannelRef destination, RichMessage message) {
    return enqueue(new OutboxEntry(key, Operation.REPLY, destination, parentKey, message));
  }

  /** New content for the message {@code targetKey} at the same destination. */
  public boolean edit(String key, String targetKey, ChannelRef destination, RichMessage message) {
    return enqueue(new OutboxEntry(key, Operation.EDIT, destination, targetKey, message));
  }

  /** Removes the message {@code targetKey} at the destination. */
  public boolean delete(String key, String targetKey, ChannelRef destination) {
    return enqueue(new OutboxEntry(key, Operation.DELETE, destination, targetKey, NO_CONTENT));
  }

  /** Whether a message with this key was queued for the destination (sent or not). */
  public boolean contains(String key, ChannelRef destination) {
    return store.find(key, destination).isPresent();
  }

  /** The platform's id for the row with this key and destination, once it was sent. */
  public java.util.Optional<String> platformId(String key, ChannelRef destination) {
    return store.find(key, destination).flatMap(OutboxRow::platformMessageId);
  }

  /**
   * The content last sent as this platform message at the destination, to post it again when the
   * platform lost it (a moderator deleted an announcement); see {@link OutboxStore#latestContent}.
   */
  public java.util.Optional<RichMessage> latestContent(
      ChannelRef destination, String platformMessageId) {
    return store.latestContent(destination, platformMessageId);
  }

  /** Offers a way round for direct messages a member does not take; see {@link #detour}. */
  public void addDetour(DirectMessageDetour detour) {
    detours.add(detour);
  }

  /**
   * Where a direct message its member refused should go instead, asked of each feature that offered
   * a detour; empty when none has one.
   */
  public java.util.Optional<DirectMessageDetour.Detour> detour(OutboundMessage message) {
    for (DirectMessageDetour d : detours) {
      java.util.Optional<DirectMessageDetour.Detour> found = d.detour(message);
      if (found.isPresent()) {
        return found;
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Queues many rows in one go, all or none: a fan-out (a notice to each of thousands of members)
   * costs one transaction, not one per person.
   *
   * @return how many were new
   */
  public int enqueueAll(List<OutboxEntry> entries) {
    int added = store.enqueueAll(entries, clock.instant());
    if (added > 0) {
      enqueued.addAndGet(added);
      wakeListeners();
    }
    return added;
  }

  private boolean enqueue(OutboxEntry entry) {
    boolean added = store.enqueue(entry, clock.instant());
    if (added) {
      enqueued.incrementAndGet();
      wakeListeners();
    }
    return added;
  }

  /** A worker woken before the rows are committed would find nothing, and sleep on. */
  private void wakeListeners() {
    store.afterCommit(() -> listeners.forEach(Runnable::run));
  }

  /**
   * Calls {@code listener} on the enqueuing thread after each row this process adds, once the row
   * is committed; an {@link OutboxWorker} wakes up this way. The listener must return at once.
   *
   * @return undoes the subscription
   */
  public Runnable onEnqueued(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * How many rows this process has put in the outbox so far. A caller that dispatches after its own
   * work (the console, after each line) compares it to skip an empty trip to the database.
   */
  public long enqueuedCount() {
    return enqueued.get();
  }
}
