package dev.jabu.discord.fake;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: the creation time in the high bits, so "messages after a time" works as on Discord.
 */
final class Snowflakes {
  static final long DISCORD_EPOCH = 1420070400000L;

  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  Snowflakes(Clock clock) {
    this.clock = clock;
  }

  String next() {
    long candidate = (clock.millis() - DISCORD_EPOCH) << 22;
    return Long.toUnsignedString(last.updateAndGet(prev -> Math.max(prev + 1, candidate)));
  }
}
