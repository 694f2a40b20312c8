package dev.jabu.core.privacy;

import java.util.List;

/**
 * What one part of jabu keeps about members, for its own tables: it can say what it holds about a
 * member and delete or anonymize all of it. A feature with a new table implements this and adds it
 * to {@link PersonalDataParts} when it is installed; the forget-me test then proves no trace stays.
 */
public interface PersonalData {
  /** What this part holds about {@code subject}; empty when nothing. */
  List<Kept> describe(DataSubject subject);

  /**
   * Deletes or anonymizes everything this part holds about {@code subject}. Runs after every part
   * has been described and before the accounts' links are gone, so {@code subject} stays complete.
   */
  void forget(DataSubject subject);
}
