package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored outbox row, for lookups by tests and operators. Nullable columns are optionals.
 *
 * @param outcomeUnknown the last attempt may have reached the platform; the next one checks first
 * @param claimedBy the dispatcher that last claimed the row, at {@code claimedAt}
 */
public record OutboxRow(
    long id,
    String key,
    ChannelRef destination,
    Operation operation,
    Optional<String> relatedKey,
    RichMessage message,
    OutboxStatus status,
    Optional<String> platformMessageId,
    int attempts,
    Optional<String> lastError,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> sentAt,
    boolean outcomeUnknown,
    Optional<String> claimedBy,
    Optional<Instant> claimedAt) {}
