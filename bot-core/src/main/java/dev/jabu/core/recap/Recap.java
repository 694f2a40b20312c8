package dev.jabu.core.recap;

import dev.jabu.core.platform.ChannelRef;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A recap as stored.
 *
 * @param revision 1 when first published, raised by every edit; edits name their outbox keys after
 *     it, since the outbox keeps one row per key and destination
 * @param messages per channel, the outbox keys of the messages posted there: the parent post first,
 *     then the replies in thread order
 */
public record Recap(
    long id,
    Optional<Long> meetupId,
    String title,
    RecapSource.Origin origin,
    int revision,
    State state,
    Map<ChannelRef, List<String>> messages,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public enum State {
    /**
     * Stored, its messages being put in the outbox; publishing again with the source finishes it.
     */
    PUBLISHING,
    PUBLISHED,
    DELETED
  }

  public Recap {
    Objects.requireNonNull(meetupId, "meetupId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(state, "state");
    Map<ChannelRef, List<String>> copy = new LinkedHashMap<>();
    messages.forEach((channel, keys) -> copy.put(channel, List.copyOf(keys)));
    messages = Collections.unmodifiableMap(copy);
  }
}
