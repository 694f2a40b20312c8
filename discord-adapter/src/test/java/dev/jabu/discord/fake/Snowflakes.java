package dev.jabu.discord.fake;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: the creation time in the high bits, so "messages after a time" works as on Discord.
 * Each generator has its own worker bits, so two generators never make the same id.
 */
final class Snowflakes {
  static final long DISCORD_EPOCH = 1420070400000L;

  private final Clock clock;
  private final long worker;
  private final AtomicLong sequence = new AtomicLong();

  Snowflakes(Clock clock, int worker) {
    this.clock = clock;
    this.worker = worker & 0x1F;
  }

  String next() {
    long time = clock.millis() - DISCORD_EPOCH;
    long id = (time << 22) | (worker << 17) | (sequence.getAndIncrement() & 0x1FFFF);
    return Long.toUnsignedString(id);
  }
}
