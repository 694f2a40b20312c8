package dev.jabu.core.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of the chain: one log line and one timing per invocation, by command, platform and
 * outcome. Every label comes from a closed set (the registry's command paths, the platforms, the
 * outcomes), never from what a member typed, so the number of series stays bounded.
 */
public final class MeasureCommands implements Middleware {
  static final String TIMER = "jabu.commands";
  private static final String UNRESOLVED = "unknown";
  // a few fixed buckets rather than Micrometer's ~70: enough to read p50/p99 against the targets
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5)
  };
  private static final Logger log = LoggerFactory.getLogger("dev.jabu.commands");

  private final MeterRegistry meters;
  // one timer per label set, made once: building and registering a meter costs more than the
  // glossary lookup it measures. The labels come from closed sets, so this map stays small.
  private final Map<Labels, Timer> timers = new ConcurrentHashMap<>();

  private record Labels(String command, String platform, String outcome) {}

  public MeasureCommands(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public Reply handle(Exchange exchange, Chain next) throws Exception {
    long started = System.nanoTime();
    try {
      Reply reply = next.proceed(exchange);
      record(exchange, exchange.outcome(), System.nanoTime() - started);
      return reply;
    } catch (Exception | Error e) {
      record(exchange, Exchange.Outcome.ERROR, System.nanoTime() - started);
      throw e;
    }
  }

  private void record(Exchange exchange, Exchange.Outcome outcome, long nanos) {
    String command = exchange.command().map(c -> c.path()).orElse(UNRESOLVED);
    String platform = exchange.invocation().platform().id();
    String result = outcome.name().toLowerCase(Locale.ROOT);
    timers
        .computeIfAbsent(new Labels(command, platform, result), this::timer)
        .record(nanos, TimeUnit.NANOSECONDS);
    log.info(
        "command={} platform={} outcome={} ms={}", command, platform, result, nanos / 1_000_000);
  }

  private Timer timer(Labels labels) {
    return Timer.builder(TIMER)
        .description("Commands handled, by command, platform and outcome")
        .tag("command", labels.command())
        .tag("platform", labels.platform())
        .tag("outcome", labels.outcome())
        .serviceLevelObjectives(BUCKETS)
        .register(meters);
  }
}
