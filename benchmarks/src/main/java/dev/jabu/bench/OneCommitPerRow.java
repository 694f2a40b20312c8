package dev.jabu.bench;

import dev.jabu.core.outbox.Delivered;
import dev.jabu.core.outbox.ForwardingOutboxStore;
import dev.jabu.core.outbox.OutboxStore;
import java.time.Instant;
import java.util.List;

/**
 * A store that records each sent row in its own commit, as the outbox did before issue 21. The
 * drain benchmark runs it beside the real store, so the gain of one commit per round is a ratio
 * measured in the same run.
 */
final class OneCommitPerRow extends ForwardingOutboxStore {
  OneCommitPerRow(OutboxStore store) {
    super(store);
  }

  @Override
  public List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
    return delivered.stream().map(d -> markSent(d.claimed(), d.platformMessageId(), now)).toList();
  }
}
