/**
 * The command engine: {@link dev.jabu.core.engine.Invocation} in, {@link
 * dev.jabu.core.engine.Reply} out, through one middleware chain (dedupe, rate limit, resolve,
 * audit, permission) to the handler.
 */
package dev.jabu.core.engine;
