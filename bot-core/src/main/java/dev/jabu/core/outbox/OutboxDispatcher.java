package dev.jabu.core.outbox;

import dev.jabu.core.platform.Platform;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends ready outbox rows through the {@link Sender} of their destination's platform. Several
 * dispatchers may run at once, in one process or many: the store hands each row to one of them.
 * Rows for a platform without a sender stay pending until one is registered.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH_SIZE = 20;
  private static final int MAX_ERROR_LENGTH = 1000;

  private final OutboxStore store;
  private final Map<Platform, Sender> senders = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final RetryPolicy retries;

  public OutboxDispatcher(OutboxStore store, Collection<Sender> senders, Clock clock) {
    this(store, senders, clock, RetryPolicy.defaults());
  }

  public OutboxDispatcher(
      OutboxStore store, Collection<Sender> senders, Clock clock, RetryPolicy retries) {
    this.store = store;
    this.clock = clock;
    this.retries = retries;
    for (Sender sender : senders) {
      if (this.senders.putIfAbsent(sender.platform(), sender) != null) {
        throw new IllegalArgumentException("two senders for " + sender.platform().id());
      }
    }
  }

  /**
   * Sends everything that is ready, including replies and edits that become ready because their
   * parent or target was sent in this same call. A row that fails is put back and not tried again
   * in this call.
   *
   * @return how many rows were sent
   */
  public int dispatchReady() {
    Set<Long> failed = new HashSet<>();
    int sent = 0;
    while (true) {
      List<OutboundMessage> batch =
          store.claimReady(senders.keySet(), failed, BATCH_SIZE, clock.instant());
      if (batch.isEmpty()) {
        return sent;
      }
      for (OutboundMessage message : batch) {
        if (send(message)) {
          sent++;
        } else {
          failed.add(message.outboxId());
        }
      }
    }
  }

  private boolean send(OutboundMessage message) {
    Sender sender = senders.get(message.destination().platform());
    SendResult result;
    try {
      result = sender.send(message);
    } catch (Exception e) {
      Instant now = clock.instant();
      int attempts =
          store.find(message.key(), message.destination()).map(OutboxRow::attempts).orElse(0) + 1;
      Optional<Instant> retryAt =
          e instanceof SendFailure refused && refused.isPermanent()
              ? Optional.empty()
              : retries.next(
                  attempts,
                  e instanceof SendFailure limited ? limited.retryAfter() : Optional.empty(),
                  now);
      if (retryAt.isPresent()) {
        log.warn(
            "outbox: {} {} to {} failed (attempt {}); retrying at {}",
            message.operation(),
            message.key(),
            message.destination(),
            attempts,
            retryAt.get(),
            e);
      } else {
        log.error(
            "outbox: {} {} to {} failed (attempt {}); kept as a dead letter",
            message.operation(),
            message.key(),
            message.destination(),
            attempts,
            e);
      }
      store.markAttemptFailed(message.outboxId(), describe(e), now, retryAt);
      return false;
    }
    // Outside the try: if recording fails after a successful send, the row stays SENDING (outcome
    // unknown) rather than going back to PENDING and being sent twice.
    store.markSent(message.outboxId(), result.platformMessageId(), clock.instant());
    return true;
  }

  private static String describe(Exception e) {
    String text = e.toString();
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }
}
