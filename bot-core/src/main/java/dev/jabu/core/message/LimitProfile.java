package dev.jabu.core.message;

import java.util.function.ToIntFunction;

/**
 * The size limits one platform puts on one message, as the core splitter needs them.
 *
 * <p>{@link MessageSplitter} counts a piece as the sum of its blocks' measures plus {@value
 * MessageSplitter#BLOCK_SEPARATOR_CHARS} characters between each two blocks (a blank line, as
 * renderers separate them). Ready profiles are in {@link LimitProfiles}.
 *
 * @param maxMessageChars the most characters one message may hold in all (Discord content 2,000)
 * @param maxBlockChars the most characters one block may hold (Slack section 3,000)
 * @param maxBlocks the most blocks one message may hold (Slack 50)
 * @param measure how many characters a block takes once rendered for this platform, markup
 *     included; the adapter supplies its renderer's measure so the limits hold after escaping
 */
public record LimitProfile(
    String name,
    int maxMessageChars,
    int maxBlockChars,
    int maxBlocks,
    ToIntFunction<Block> measure) {

  public LimitProfile {
    if (maxMessageChars < 1 || maxBlockChars < 1 || maxBlocks < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public LimitProfile withMeasure(ToIntFunction<Block> measure) {
    return new LimitProfile(name, maxMessageChars, maxBlockChars, maxBlocks, measure);
  }
}
