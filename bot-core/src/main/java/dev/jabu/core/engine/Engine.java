package dev.jabu.core.engine;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one way in: every platform's invocation runs through the same middleware chain to the
 * command's handler and comes back as a neutral {@link Reply}. A failing handler is logged with the
 * correlation id and answered kindly; it never silences other commands.
 */
public final class Engine {
  private static final Logger log = LoggerFactory.getLogger(Engine.class);

  private final List<Middleware> middleware;
  private final Clock clock;
  private final ZoneId communityZone;

  /**
   * @param middleware applied in order; one of them must be the {@link ResolveCommand} step, since
   *     the handler runs the command it resolved
   */
  public Engine(List<Middleware> middleware, Clock clock, ZoneId communityZone) {
    this.middleware = List.copyOf(middleware);
    this.clock = clock;
    this.communityZone = communityZone;
  }

  public Reply handle(Invocation received) {
    // Member text is made safe once, here, so every store and renderer sees the same characters.
    Invocation invocation = received.cleaned();
    MDC.put("cid", invocation.correlationId());
    Exchange exchange = new Exchange(invocation);
    try {
      return step(0, exchange);
    } catch (Exception | StackOverflowError e) {
      log.error(
          "command failed [cid={}] {} from {}",
          invocation.correlationId(),
          exchange.command().map(c -> c.path()).orElse("?"),
          invocation.member().user().key(),
          e);
      return failure(invocation);
    } finally {
      MDC.remove("cid");
    }
  }

  private Reply step(int index, Exchange exchange) throws Exception {
    if (index < middleware.size()) {
      return middleware.get(index).handle(exchange, next -> step(index + 1, next));
    }
    var command =
        exchange
            .command()
            .orElseThrow(() -> new IllegalStateException("no ResolveCommand in the chain"));
    var context =
        new CommandContext(
            exchange.invocation(), command, clock, communityZone, exchange.moderator());
    return command.leaf().handler().handle(context);
  }

  private static Reply failure(Invocation invocation) {
    var locale = invocation.locale();
    return Reply.privately(
        RichMessage.builder()
            .paragraph(Messages.get(locale, "engine.error"))
            .block(
                new dev.jabu.core.message.Block.Context(
                    List.of(
                        Span.text(Messages.get(locale, "engine.error.code") + " "),
                        Span.code(invocation.correlationId()))))
            .build());
  }
}
