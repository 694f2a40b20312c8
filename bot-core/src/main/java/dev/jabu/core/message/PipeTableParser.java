package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses pipe tables: a one-line paragraph with pipes, then a delimiter row such as {@code
 * |---|:--:|} with as many cells, then rows until a blank line or a line without a pipe. The
 * delimiter row must hold a pipe, so a lone {@code ---} under a line stays a setext heading. Cells
 * are split at unescaped pipes and {@code \|} is a literal pipe, as on GitHub.
 */
final class PipeTableParser extends AbstractBlockParser {
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
  private static final int CODE_INDENT = 4;

  private final PipeTable block = new PipeTable();
  private final List<List<String>> rows = new ArrayList<>();

  private PipeTableParser(List<String> header) {
    rows.add(header);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank() || indexOfPipe(state.getLine().getContent()) < 0) {
      return BlockContinue.none();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    // the parser also hands over what is left of the delimiter row: nothing
    if (!line.getContent().toString().isBlank()) {
      rows.add(cells(line.getContent()));
    }
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    int columns = rows.get(0).size();
    for (List<String> cells : rows) {
      PipeTable.Row row = new PipeTable.Row();
      // rows with fewer cells than the header are padded, extra cells are dropped (as on GitHub)
      for (int c = 0; c < columns; c++) {
        PipeTable.Cell cell = new PipeTable.Cell();
        String text = c < cells.size() ? cells.get(c) : "";
        inlineParser.parse(SourceLines.of(SourceLine.of(text, null)), cell);
        row.appendChild(cell);
      }
      block.appendChild(row);
    }
  }

  /** The cells of a row: split at unescaped pipes, outer pipes optional, {@code \|} unescaped. */
  static List<String> cells(CharSequence line) {
    String text = line.toString().strip();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    if (text.startsWith("|")) {
      cells.remove(0);
    }
    if (text.endsWith("|") && !text.endsWith("\\|") && !cells.isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static int indexOfPipe(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        return i;
      }
    }
    return -1;
  }

  /** Turns a one-line paragraph into a table's header when a delimiter row follows it. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      List<SourceLine> paragraph = matched.getParagraphLines().getLines();
      CharSequence line = state.getLine().getContent();
      if (state.getIndent() >= CODE_INDENT
          || paragraph.size() != 1
          || indexOfPipe(paragraph.get(0).getContent()) < 0
          || indexOfPipe(line) < 0) {
        return BlockStart.none();
      }
      List<String> delimiters =
          cells(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      List<String> header = cells(paragraph.get(0).getContent());
      if (delimiters.isEmpty()
          || delimiters.size() != header.size()
          || !delimiters.stream().allMatch(d -> DELIMITER_CELL.matcher(d).matches())) {
        return BlockStart.none();
      }
      return BlockStart.of(new PipeTableParser(header))
          .atIndex(line.length())
          .replaceParagraphLines(1);
    }
  }
}
