package dev.jabu.core.engine;

import dev.jabu.core.command.Role;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;

/** Lets a member run a moderator command only when they are a moderator. */
public final class CheckPermission implements Middleware {
  private final Moderators moderators;

  public CheckPermission(Moderators moderators) {
    this.moderators = moderators;
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    var command = exchange.command().orElseThrow();
    boolean moderator = moderators.isModerator(exchange.invocation().member());
    exchange.moderator(moderator);
    if (command.requiredRole() == Role.MODERATOR && !moderator) {
      exchange.outcome(Exchange.Outcome.DENIED);
      return Reply.privately(
          RichMessage.text(
              Messages.get(exchange.invocation().locale(), "engine.denied", "/" + command.path())));
    }
    return next.proceed(exchange);
  }
}
