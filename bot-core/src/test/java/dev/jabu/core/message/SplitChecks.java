package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

/** Assertions and views shared by the splitter tests. */
final class SplitChecks {
  private SplitChecks() {}

  /** Asserts every limit of {@code profile} holds for every piece, and nothing is empty. */
  static void assertWithinLimits(List<RichMessage> pieces, LimitProfile profile) {
    assertThat(pieces).isNotEmpty();
    for (RichMessage piece : pieces) {
      assertThat(piece.isEmpty()).as("empty piece").isFalse();
      assertThat(piece.blocks()).hasSizeLessThanOrEqualTo(profile.maxBlocks());
      int total = 0;
      for (Block block : piece.blocks()) {
        int size = profile.measure().applyAsInt(block);
        assertThat(size).as("measure of %s", block).isLessThanOrEqualTo(profile.maxBlockChars());
        assertThat(BlockCutter.isEmpty(block)).as("empty block %s", block).isFalse();
        assertThat(MessageSplitter.plainLength(block)).isPositive();
        total += size;
      }
      total += MessageSplitter.BLOCK_SEPARATOR_CHARS * Math.max(0, piece.blocks().size() - 1);
      assertThat(total).as("piece %s", piece).isLessThanOrEqualTo(profile.maxMessageChars());
    }
    for (int i = 0; i < pieces.size() - 1; i++) {
      assertThat(pieces.get(i).buttons()).as("buttons before the last piece").isEmpty();
    }
  }

  /** Everything a reader sees in the pieces, whitespace and layout removed, in order. */
  static String content(List<RichMessage> pieces) {
    return pieces.stream()
        .flatMap(p -> p.blocks().stream())
        .map(SplitChecks::content)
        .collect(Collectors.joining())
        .replaceAll("\\s+", "");
  }

  static String content(RichMessage message) {
    return content(List.of(message));
  }

  /**
   * The words of one block; field names are left out because every part of a cut field repeats its
   * name.
   */
  static String content(Block block) {
    if (block instanceof Block.Heading h) {
      return spans(h.spans());
    } else if (block instanceof Block.Paragraph p) {
      return spans(p.spans());
    } else if (block instanceof Block.Context c) {
      return spans(c.spans());
    } else if (block instanceof Block.ListBlock l) {
      return l.items().stream()
          .flatMap(List::stream)
          .map(SplitChecks::content)
          .collect(Collectors.joining(" "));
    } else if (block instanceof Block.Quote q) {
      return q.blocks().stream().map(SplitChecks::content).collect(Collectors.joining(" "));
    } else if (block instanceof Block.CodeBlock c) {
      return c.code();
    } else if (block instanceof Block.Fields f) {
      return f.fields().stream().map(x -> spans(x.value())).collect(Collectors.joining(" "));
    } else if (block instanceof Block.Image i) {
      return i.alt() + " " + i.url();
    }
    return "<divider>";
  }

  static String spans(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (s instanceof Span.Text t) {
        b.append(t.text());
      } else if (s instanceof Span.Link l) {
        b.append(l.text().equals(l.url()) ? l.url() : l.text() + " " + l.url());
      } else if (s instanceof Span.Timestamp t) {
        b.append(t.instant());
      } else {
        b.append(s.plain());
      }
    }
    return b.toString();
  }

  /** The plain text of a piece that holds text blocks only. */
  static String text(RichMessage piece) {
    return piece.blocks().stream().map(SplitChecks::content).collect(Collectors.joining("\n"));
  }
}
