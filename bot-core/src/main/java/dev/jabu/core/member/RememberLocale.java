package dev.jabu.core.member;

import dev.jabu.core.engine.Exchange;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Middleware;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.store.StoreException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes, for every command, the account it came from and the locale it carried: what personal
 * messages later follow. A failure to note it never costs the member their command.
 */
public final class RememberLocale implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(RememberLocale.class);

  private final MemberProfiles profiles;
  private final Clock clock;

  public RememberLocale(MemberProfiles profiles, Clock clock) {
    this.profiles = profiles;
    this.clock = clock;
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    Invocation invocation = exchange.invocation();
    try {
      profiles.seen(invocation.member().user().key(), invocation.locale(), clock.instant());
    } catch (StoreException e) {
      log.warn(
          "could not note the locale of {} [cid={}]",
          invocation.member().user().key(),
          invocation.correlationId(),
          e);
    }
    return next.proceed(exchange);
  }
}
