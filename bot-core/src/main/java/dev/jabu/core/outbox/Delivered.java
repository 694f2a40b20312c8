package dev.jabu.core.outbox;

import java.util.Objects;

/**
 * A claimed row the platform accepted (or a check found there), with the platform's message id:
 * what {@link OutboxStore#markAllSent} records.
 */
public record Delivered(OutboundMessage claimed, String platformMessageId) {
  public Delivered {
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(platformMessageId, "platformMessageId");
  }
}
