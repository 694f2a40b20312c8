package dev.jabu.core.outbox;

import dev.jabu.core.platform.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the outbox's sends came to, counted by platform and outcome ({@code jabu.outbox.sends}).
 * Both labels come from short fixed lists, never from a message or a member. Every pair is
 * registered at start, so a scrape shows zeros before the first send.
 */
final class SendOutcomes {
  /** What one claimed row came to. */
  enum Outcome {
    /** The platform took it. */
    SENT,
    /** A send whose answer was lost was found on the platform: not sent again. */
    FOUND,
    /** Failed; tried again later. */
    RETRYING,
    /** Given up on: a dead letter for an operator. */
    DEAD,
    /** The platform asked to wait (a rate limit). */
    RATE_LIMITED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<Platform, Map<Outcome, Counter>> counters = new EnumMap<>(Platform.class);

  SendOutcomes(MeterRegistry meters, Collection<Platform> platforms) {
    for (Platform platform : platforms) {
      Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(
            outcome,
            Counter.builder("jabu.outbox.sends")
                .description("Outbox rows handled by the dispatcher, by what became of them")
                .tag("platform", platform.id())
                .tag("outcome", outcome.label())
                .register(meters));
      }
      counters.put(platform, byOutcome);
    }
  }

  void count(Platform platform, Outcome outcome) {
    Map<Outcome, Counter> byOutcome = counters.get(platform);
    if (byOutcome != null) {
      byOutcome.get(outcome).increment();
    }
  }
}
