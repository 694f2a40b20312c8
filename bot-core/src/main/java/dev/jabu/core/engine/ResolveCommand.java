package dev.jabu.core.engine;

import dev.jabu.core.parse.CommandParser;
import dev.jabu.core.parse.ParseOutcome;

/** Turns the input (text or a structured call) into a typed command, or explains the mistake. */
public final class ResolveCommand implements Middleware {
  private final CommandParser parser;

  public ResolveCommand(CommandParser parser) {
    this.parser = parser;
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    Invocation invocation = exchange.invocation();
    ParseOutcome outcome =
        invocation.input() instanceof Input.Text text
            ? parser.parse(text.line(), invocation.platform())
            : parser.resolve((Input.Call) invocation.input(), invocation.platform());
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      exchange.resolved(parsed.command());
      return next.proceed(exchange);
    }
    exchange.outcome(Exchange.Outcome.REJECTED);
    return Reply.privately(((ParseOutcome.Rejected) outcome).explain(invocation.locale()));
  }
}
