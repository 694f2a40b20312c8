package dev.jabu.core.engine;

import dev.jabu.core.command.ParsedCommand;
import java.util.Objects;
import java.util.Optional;

/**
 * One invocation on its way through the middleware chain. The command is known once the resolve
 * step has run; the outcome is what audit records.
 */
public final class Exchange {
  public enum Outcome {
    OK,
    DENIED,
    REJECTED,
    ERROR,
    /** a platform's redelivery of an invocation already handled */
    DUPLICATE,
    /** refused by the per-person rate limit */
    LIMITED
  }

  private final Invocation invocation;
  private ParsedCommand command;
  private Outcome outcome = Outcome.OK;
  private boolean moderator;

  public Exchange(Invocation invocation) {
    this.invocation = Objects.requireNonNull(invocation);
  }

  public Invocation invocation() {
    return invocation;
  }

  public Optional<ParsedCommand> command() {
    return Optional.ofNullable(command);
  }

  void resolved(ParsedCommand command) {
    this.command = command;
  }

  /** Whether the invoker is a moderator; known once the permission check has run. */
  public boolean moderator() {
    return moderator;
  }

  void moderator(boolean moderator) {
    this.moderator = moderator;
  }

  public Outcome outcome() {
    return outcome;
  }

  public void outcome(Outcome outcome) {
    this.outcome = outcome;
  }
}
