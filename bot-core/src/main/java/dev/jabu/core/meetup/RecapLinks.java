package dev.jabu.core.meetup;

import java.util.Optional;

/**
 * Where a meetup's recap is, for its summary. The recap feature provides it; without recaps there
 * is none, and the summary shows the meetup's recap address alone, if it has one.
 */
@FunctionalInterface
public interface RecapLinks {
  RecapLinks NONE = meetupId -> Optional.empty();

  Optional<RecapLink> find(long meetupId);

  /**
   * @param url the recap's web address, when it was published from one
   */
  record RecapLink(String title, Optional<String> url) {}
}
