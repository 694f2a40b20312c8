package dev.jabu.core.recap;

import dev.jabu.core.platform.ChannelRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recaps in the database, with the outbox keys of what each one posted where. */
public interface RecapStore {

  /** Stores a new recap as {@link Recap.State#PUBLISHING}, revision 1, with no messages yet. */
  Recap create(
      Optional<Long> meetupId,
      String title,
      RecapSource.Origin origin,
      String createdBy,
      Instant now);

  Optional<Recap> find(long id);

  /** The newest recap still {@link Recap.State#PUBLISHING} from this source, to finish it. */
  Optional<Recap> unfinished(RecapSource.Origin origin);

  /**
   * Records a publish or an edit as done, in one transaction: the recap becomes PUBLISHED at {@code
   * revision} with these fields, and its messages are replaced by {@code messages}.
   */
  void published(
      long id,
      int revision,
      Optional<Long> meetupId,
      String title,
      RecapSource.Origin origin,
      Map<ChannelRef, List<String>> messages,
      Instant now);

  /** Marks a recap deleted; its message keys stay, as a record of what was removed. */
  void deleted(long id, Instant now);

  /** The newest recaps, deleted ones included, newest first. */
  List<Recap> recent(int limit);

  /** The newest published recap of a meetup. */
  Optional<Recap> latestPublished(long meetupId);
}
