package dev.jabu.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who ran which command, when, and how it ended.
 *
 * @param actor the person's key, e.g. {@code discord:123}
 * @param command the command path, e.g. {@code meetup cancel}
 * @param detail free text, or null
 */
public record AuditEntry(
    Instant at,
    String actor,
    String command,
    Outcome outcome,
    String correlationId,
    String detail) {

  public enum Outcome {
    OK,
    /** The member lacked the required role. */
    DENIED,
    /** The handler failed. */
    ERROR,
    /** The input was invalid or the action not allowed in the current state. */
    REJECTED
  }

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(correlationId, "correlationId");
  }
}
