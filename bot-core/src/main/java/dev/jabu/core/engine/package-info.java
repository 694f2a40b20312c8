/**
 * The command engine: {@link dev.jabu.core.engine.Invocation} in, {@link
 * dev.jabu.core.engine.Reply} out, through one middleware chain (dedupe, rate limit, resolve,
 * audit, permission) to the handler. Deliveries already handled are remembered in memory and, when
 * instances share a database, in its {@code deliveries} table ({@link
 * dev.jabu.core.engine.DeliveryStore}).
 */
package dev.jabu.core.engine;
