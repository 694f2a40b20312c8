package dev.jabu.core.message;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one splitter: cuts a {@link RichMessage} into messages that each keep a platform's {@link
 * LimitProfile}.
 *
 * <p>Every piece holds at most {@code maxBlocks} blocks; every block measures at most {@code
 * maxBlockChars} (and {@code maxMessageChars}); and the measures of a piece's blocks, plus {@value
 * #BLOCK_SEPARATOR_CHARS} characters between each two (pieces are shown with a blank line between
 * blocks), add up to at most {@code maxMessageChars}.
 *
 * <p>Whole blocks are packed greedily, in order; a heading that would end a piece moves to the next
 * one with the block it heads, when they fit together. A block over the limit is cut into blocks of
 * the same kind: text at sentence ends (Korean endings included), then word gaps, then between
 * characters (never inside a surrogate pair or a Hangul syllable); code at line ends, keeping its
 * language; lists and fields between entries. Styles, links and mentions survive a cut. Buttons go
 * on the last piece. Nothing is lost, repeated or reordered, and no piece or block is empty.
 */
public final class MessageSplitter {
  /** Characters counted between two blocks of one piece: the blank line that separates them. */
  public static final int BLOCK_SEPARATOR_CHARS = 2;

  // a fixed clock keeps the measure a pure function; relative times only differ by a few chars
  private static final PlainTextRenderer MEASURE =
      new PlainTextRenderer(
          ZoneOffset.UTC, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  private MessageSplitter() {}

  /**
   * The length of a block as {@link PlainTextRenderer} shows it (UTC, English): the default measure
   * of the ready {@link LimitProfiles}.
   */
  public static int plainLength(Block block) {
    return MEASURE.render(block).length();
  }

  /**
   * Cuts {@code message} to {@code profile}. A message that already fits comes back as the only
   * piece; an empty one gives no pieces.
   *
   * @throws IllegalArgumentException if the profile is too small to hold even one character of a
   *     block (or a divider)
   */
  public static List<RichMessage> split(RichMessage message, LimitProfile profile) {
    int blockLimit = Math.min(profile.maxBlockChars(), profile.maxMessageChars());
    Predicate<Block> fits = b -> profile.measure().applyAsInt(b) <= blockLimit;
    List<Block> blocks = new ArrayList<>();
    for (Block block : message.blocks()) {
      if (!BlockCutter.isEmpty(block)) {
        blocks.addAll(BlockCutter.cut(block, fits));
      }
    }
    return pack(blocks, message.buttons(), profile);
  }

  private static List<RichMessage> pack(
      List<Block> blocks, List<Button> buttons, LimitProfile profile) {
    List<RichMessage> pieces = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    int used = 0;
    for (Block block : blocks) {
      int size = profile.measure().applyAsInt(block);
      int total = current.isEmpty() ? size : used + BLOCK_SEPARATOR_CHARS + size;
      if (!current.isEmpty()
          && (total > profile.maxMessageChars() || current.size() >= profile.maxBlocks())) {
        Block heading = current.get(current.size() - 1);
        int headingSize = profile.measure().applyAsInt(heading);
        // a heading goes with what it heads: never last in a piece when the next one can take it
        boolean carry =
            heading instanceof Block.Heading
                && current.size() > 1
                && profile.maxBlocks() > 1
                && headingSize + BLOCK_SEPARATOR_CHARS + size <= profile.maxMessageChars();
        if (carry) {
          current.remove(current.size() - 1);
        }
        pieces.add(new RichMessage(current, List.of()));
        current = new ArrayList<>();
        total = size;
        if (carry) {
          current.add(heading);
          total = headingSize + BLOCK_SEPARATOR_CHARS + size;
        }
      }
      current.add(block);
      used = total;
    }
    if (!current.isEmpty() || !buttons.isEmpty()) {
      pieces.add(new RichMessage(current, buttons));
    }
    return pieces;
  }
}
