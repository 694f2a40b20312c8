package dev.jabu.core.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code ::: kind [title]} ... {@code :::} containers as a block extension, so the real
 * parser decides what is inside: a {@code :::} line within a fenced code block is code, not the
 * container's end. A closing fence needs at least as many colons as the opening one, so an outer
 * {@code ::::} can hold an inner {@code :::}.
 */
final class ContainerParser extends AbstractBlockParser {
  private static final Pattern OPENING =
      Pattern.compile("(:{3,})[ \\t]*(\\p{L}[\\p{L}\\p{N}_-]*)(?:[ \\t]+(.*?))?[ \\t]*");
  private static final Pattern CLOSING = Pattern.compile("(:{3,})[ \\t]*");
  private static final int CODE_INDENT = 4;

  private final Container block;

  private ContainerParser(Container block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block child) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    // the open block deepest in the tree gets its lines first when it is code: ``` ... ::: ... ```
    boolean insideCode = state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock;
    if (!insideCode && state.getIndent() < CODE_INDENT) {
      Matcher closing = CLOSING.matcher(rest(state));
      if (closing.matches() && closing.group(1).length() >= block.fenceLength()) {
        return BlockContinue.finished();
      }
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private static CharSequence rest(ParserState state) {
    CharSequence line = state.getLine().getContent();
    return line.subSequence(state.getNextNonSpaceIndex(), line.length());
  }

  /** A closing fence with no container open: one line that shows as nothing. */
  private static final class StrayFence extends AbstractBlockParser {
    private final Container.Dropped block = new Container.Dropped();

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }
  }

  /** Starts a container at an opening fence that names a kind. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CODE_INDENT) {
        return BlockStart.none();
      }
      Matcher opening = OPENING.matcher(rest(state));
      if (!opening.matches()) {
        return CLOSING.matcher(rest(state)).matches()
            ? BlockStart.of(new StrayFence()).atIndex(state.getLine().getContent().length())
            : BlockStart.none();
      }
      String title = opening.group(3) == null ? "" : opening.group(3);
      Container container = new Container(opening.group(2), title, opening.group(1).length());
      return BlockStart.of(new ContainerParser(container))
          .atIndex(state.getLine().getContent().length());
    }
  }
}
