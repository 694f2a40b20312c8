package dev.jabu.core.platform;

import dev.jabu.core.outbox.Sender;
import java.time.Duration;
import java.util.Optional;

/**
 * A chat platform jabu is connected to, as the launcher runs it. Each adapter module provides one
 * ({@code DiscordAdapter}, {@code SlackAdapter}); the console is run by the launcher itself.
 */
public interface PlatformAdapter extends AutoCloseable {
  Platform platform();

  /**
   * Connects and starts taking the platform's events; returns once connected.
   *
   * @throws PlatformStartException when the platform refuses jabu (a rejected token, a missing
   *     permission), with a message the operator can act on
   */
  void start() throws PlatformStartException;

  /** Posts the outbox rows meant for this platform. */
  Sender sender();

  /** Whether the platform connection is up now (readiness probes, {@code /about}). */
  boolean connected();

  /**
   * The platform's own heartbeat round trip, where its connection reports one (Discord's gateway).
   */
  default Optional<Duration> gatewayLatency() {
    return Optional.empty();
  }

  /**
   * The platform's own event calendar, where meetups are mirrored; empty when it has none or it is
   * switched off.
   */
  default Optional<NativeEvents> nativeEvents() {
    return Optional.empty();
  }

  /** Disconnects; events stop arriving. Safe to call more than once. */
  @Override
  void close();
}
