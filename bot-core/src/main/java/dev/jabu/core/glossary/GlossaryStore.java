package dev.jabu.core.glossary;

import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the glossary keeps in the database: approved entries, suggestions and asked questions. */
public interface GlossaryStore {
  /** Approved entries, in the file format, by id. */
  List<String> entryBodies();

  void saveEntry(String id, String body, String approvedBy, Instant at);

  /**
   * A fingerprint of the approved entries that changes whenever one is saved, here or by another
   * instance sharing the database.
   */
  String entriesVersion();

  long suggest(UserRef proposer, Locale locale, Optional<String> targetId, String body, Instant at);

  List<Suggestion> pending();

  Optional<Suggestion> suggestion(long id);

  /**
   * Decides a pending suggestion; false when it was no longer pending (decided by someone else).
   */
  boolean decide(long id, Suggestion.Status status, String moderator, String reason, Instant at);

  /** Stores asked questions in one transaction. */
  void recordQueries(List<AskedQuery> queries);

  /** Entry ids with how often they were the answer, most first. */
  List<Count> mostAsked(int limit);

  /** Terms that found nothing, most asked first. */
  List<Count> notFound(int limit);

  record Count(String what, long times) {}

  /** One asked question: the term as asked and the entry that answered it, if any. */
  record AskedQuery(Instant at, String term, Optional<String> entryId) {}
}
