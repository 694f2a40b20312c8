package dev.jabu.core.glossary;

import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's proposal: a new entry, or an edit of {@code targetId}. The proposed entry is kept in
 * the file format; a moderator approves or rejects it and the proposer is told.
 */
public record Suggestion(
    long id,
    UserRef proposer,
    Locale locale,
    Optional<String> targetId,
    String body,
    Status status,
    Optional<String> reason,
    Instant createdAt) {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }
}
