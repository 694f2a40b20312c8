package dev.jabu.core.engine;

import dev.jabu.core.command.Role;
import dev.jabu.core.store.AuditEntry;
import dev.jabu.core.store.AuditStore;
import java.time.Clock;

/**
 * Writes one audit row per moderator command: who, what, the outcome (allowed, denied or failed)
 * and the correlation id that also marks the logs.
 */
public final class AuditModeratorActions implements Middleware {
  private final AuditStore store;
  private final Clock clock;

  public AuditModeratorActions(AuditStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    var command = exchange.command().orElseThrow();
    if (command.requiredRole() == Role.MEMBER) {
      return next.proceed(exchange);
    }
    try {
      Reply reply = next.proceed(exchange);
      record(exchange, exchange.outcome(), null);
      return reply;
    } catch (Exception | Error e) {
      record(exchange, Exchange.Outcome.ERROR, e.getClass().getSimpleName());
      throw e;
    }
  }

  private void record(Exchange exchange, Exchange.Outcome outcome, String detail) {
    Invocation invocation = exchange.invocation();
    store.record(
        new AuditEntry(
            clock.instant(),
            invocation.member().user().key(),
            exchange.command().orElseThrow().path(),
            AuditEntry.Outcome.valueOf(outcome.name()),
            invocation.correlationId(),
            detail));
  }
}
