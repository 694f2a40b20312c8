package dev.jabu.core.engine;

/**
 * A cross-cutting rule (dedupe, rate limit, permission, audit) applied to every invocation, once,
 * in one place. Call {@code next.proceed(exchange)} to go on, or return a reply to stop here.
 */
@FunctionalInterface
public interface Middleware {
  Reply handle(Exchange exchange, Chain next) throws Exception;

  /** The rest of the chain. */
  @FunctionalInterface
  interface Chain {
    Reply proceed(Exchange exchange) throws Exception;
  }
}
