package dev.jabu.core.message;

import dev.jabu.core.platform.Platform;

/**
 * Ready limit profiles, all measured as plain text ({@link MessageSplitter#plainLength}). An
 * adapter swaps in its own renderer's measure with {@link LimitProfile#withMeasure}, so markup and
 * escaping are counted too.
 */
public final class LimitProfiles {
  /** Discord message content: 2,000 characters. */
  public static final LimitProfile DISCORD_CONTENT =
      new LimitProfile("discord-content", 2000, 2000, 100, MessageSplitter::plainLength);

  /** Discord embeds: 4,096 per description, 6,000 per message. */
  public static final LimitProfile DISCORD_EMBED =
      new LimitProfile("discord-embed", 6000, 4096, 100, MessageSplitter::plainLength);

  /** Slack Block Kit: 3,000 per section, 50 blocks, 40,000 characters of text per message. */
  public static final LimitProfile SLACK =
      new LimitProfile("slack", 40_000, 3000, 50, MessageSplitter::plainLength);

  /** The console has no real limit; this only keeps a runaway message readable. */
  public static final LimitProfile CONSOLE =
      new LimitProfile("console", 1_000_000, 1_000_000, 10_000, MessageSplitter::plainLength);

  private LimitProfiles() {}

  /**
   * The profile posts on {@code platform} are cut to until its adapter supplies its own: Discord's
   * message content (the stricter of its two), Slack's Block Kit, the console's.
   */
  public static LimitProfile forPlatform(Platform platform) {
    return switch (platform) {
      case DISCORD -> DISCORD_CONTENT;
      case SLACK -> SLACK;
      case CONSOLE -> CONSOLE;
    };
  }
}
