package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a code block at line ends into several code blocks of the same language, so each renders as
 * its own fenced block. Blank lines at a cut are dropped; a single line over the limit is cut
 * between characters.
 */
final class CodeCutter {
  private CodeCutter() {}

  static List<Block> cut(Block.CodeBlock code, Predicate<Block> fits) {
    List<String> lines = List.of(code.code().split("\n", -1));
    List<Block> pieces = new ArrayList<>();
    int pos = 0;
    while (true) {
      while (pos < lines.size() && lines.get(pos).isBlank()) {
        pos++;
      }
      if (pos == lines.size()) {
        return pieces;
      }
      int from = pos;
      if (!fits.test(block(code, lines.subList(from, from + 1)))) {
        pieces.addAll(hardCut(code, lines.get(from), fits));
        pos = from + 1;
      } else {
        int end =
            BlockCutter.longestRun(
                from, lines.size(), e -> fits.test(block(code, lines.subList(from, e))));
        pieces.add(block(code, lines.subList(from, end)));
        pos = end;
      }
    }
  }

  private static Block.CodeBlock block(Block.CodeBlock code, List<String> lines) {
    int end = lines.size();
    while (end > 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new Block.CodeBlock(code.language(), String.join("\n", lines.subList(0, end)));
  }

  private static List<Block> hardCut(Block.CodeBlock code, String line, Predicate<Block> fits) {
    List<Block> pieces = new ArrayList<>();
    int start = 0;
    while (start < line.length()) {
      int from = start;
      List<TextBoundaries.Cut> cuts = new ArrayList<>(TextBoundaries.characters(line, from));
      cuts.add(new TextBoundaries.Cut(line.length(), line.length()));
      int best =
          TextCutter.latestFitting(
              cuts,
              c -> fits.test(new Block.CodeBlock(code.language(), line.substring(from, c.end()))));
      if (best < 0) {
        throw new IllegalArgumentException("the limit is too small for a single character");
      }
      int end = cuts.get(best).end();
      pieces.add(new Block.CodeBlock(code.language(), line.substring(from, end)));
      start = end;
    }
    return pieces;
  }
}
