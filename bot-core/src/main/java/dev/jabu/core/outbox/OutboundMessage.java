package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A claimed outbox row, as a {@link Sender} gets it.
 *
 * @param relatedPlatformMessageId the parent's platform id for a reply, the target's for an edit or
 *     delete; empty for a post
 * @param message the content; empty for a delete
 * @param nonce the row's idempotency token: stable across attempts, unique per row and at most 25
 *     characters, so it can serve as a Discord message nonce and in Slack message metadata
 * @param enqueuedAt when the row was written; no attempt can have reached the platform earlier
 * @param attempts failed attempts before this claim
 * @param outcomeUnknown an earlier attempt may have reached the platform, so the dispatcher asks
 *     {@link Sender#check} before sending
 * @param claimedBy the dispatcher holding this claim, and {@code claimedAt} since when: together
 *     they fence the claim, so a dispatcher that outlived its lease records nothing
 */
public record OutboundMessage(
    long outboxId,
    String key,
    Operation operation,
    ChannelRef destination,
    Optional<String> relatedPlatformMessageId,
    RichMessage message,
    String nonce,
    Instant enqueuedAt,
    int attempts,
    boolean outcomeUnknown,
    String claimedBy,
    Instant claimedAt) {

  /** Discord accepts nonces of up to 25 characters. */
  public static final int MAX_NONCE_LENGTH = 25;

  public OutboundMessage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(relatedPlatformMessageId, "relatedPlatformMessageId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(claimedAt, "claimedAt");
  }

  /**
   * The nonce of a row: its id and a hash of its key, both base 36. The key hash keeps nonces apart
   * when a database is recreated and ids start over. At most 4 + 13 + 1 + 7 = 25 characters.
   */
  public static String nonceFor(long outboxId, String key) {
    return "jabu"
        + Long.toUnsignedString(outboxId, 36)
        + "."
        + Integer.toUnsignedString(key.hashCode(), 36);
  }
}
