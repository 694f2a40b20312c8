package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Cuts one block that is over the limit into several blocks of the same kind, each within it. Text
 * is cut by {@link TextCutter}, code at line ends by {@link CodeCutter}, lists between items by
 * {@link ListCutter}; containers (quotes, list items) cut their children and regroup them.
 */
final class BlockCutter {
  private BlockCutter() {}

  /**
   * @param fits whether a block is within the limits (its measure in its final container)
   * @return blocks that each fit, in order, holding all of {@code block}'s text
   */
  static List<Block> cut(Block block, Predicate<Block> fits) {
    if (fits.test(block)) {
      return List.of(block);
    }
    if (block instanceof Block.Heading h) {
      return text(h.spans(), spans -> new Block.Heading(h.level(), spans), fits);
    } else if (block instanceof Block.Paragraph p) {
      return text(p.spans(), Block.Paragraph::new, fits);
    } else if (block instanceof Block.Context c) {
      return text(c.spans(), Block.Context::new, fits);
    } else if (block instanceof Block.Quote q) {
      return sequence(q.blocks(), Block.Quote::new, fits).stream()
          .map(group -> (Block) new Block.Quote(group))
          .toList();
    } else if (block instanceof Block.ListBlock l) {
      return ListCutter.cut(l, fits);
    } else if (block instanceof Block.CodeBlock c) {
      return CodeCutter.cut(c, fits);
    } else if (block instanceof Block.Fields f) {
      return fields(f, fits);
    } else if (block instanceof Block.Image i) {
      // an image whose address alone is over the limit can only be shown as its words
      Span link = new Span.Link(i.url(), i.url());
      List<Span> words =
          i.alt().isBlank() ? List.of(link) : List.of(Span.text(i.alt() + " "), link);
      return cut(new Block.Paragraph(words), fits);
    }
    throw new IllegalArgumentException("the limit is too small for " + block);
  }

  private static List<Block> text(
      List<Span> spans, Function<List<Span>, Block> wrap, Predicate<Block> fits) {
    return TextCutter.cut(spans, s -> fits.test(wrap.apply(s))).stream().map(wrap).toList();
  }

  /**
   * Cuts the children of a container so each fits inside it alone, then regroups them greedily:
   * each group holds as many consecutive children as fit in one container.
   */
  static List<List<Block>> sequence(
      List<Block> children, Function<List<Block>, Block> wrap, Predicate<Block> fits) {
    List<Block> parts = new ArrayList<>();
    for (Block child : children) {
      parts.addAll(cut(child, c -> fits.test(wrap.apply(List.of(c)))));
    }
    return greedy(parts, group -> fits.test(wrap.apply(group)));
  }

  private static List<Block> fields(Block.Fields block, Predicate<Block> fits) {
    List<Block.Field> parts = new ArrayList<>();
    for (Block.Field f : block.fields()) {
      Function<List<Span>, Block.Field> withValue = v -> new Block.Field(f.name(), v, f.inline());
      if (fits.test(new Block.Fields(List.of(f)))) {
        parts.add(f);
      } else {
        TextCutter.cut(f.value(), v -> fits.test(new Block.Fields(List.of(withValue.apply(v)))))
            .forEach(v -> parts.add(withValue.apply(v)));
      }
    }
    return greedy(parts, group -> fits.test(new Block.Fields(group))).stream()
        .map(group -> (Block) new Block.Fields(group))
        .toList();
  }

  /** Consecutive groups, each as long as {@code fits} allows; every single item must fit. */
  static <T> List<List<T>> greedy(List<T> items, Predicate<List<T>> fits) {
    List<List<T>> groups = new ArrayList<>();
    int from = 0;
    while (from < items.size()) {
      int start = from;
      int end = longestRun(start, items.size(), e -> fits.test(items.subList(start, e)));
      groups.add(List.copyOf(items.subList(start, end)));
      from = end;
    }
    return groups;
  }

  /**
   * The largest {@code end} in {@code (from, max]} for which {@code fits} holds, given that a run
   * of one item always goes (it was cut to fit) and a run that does not fit never fits when longer.
   * It gallops (runs of 2, 3, 5, 9, ... items) and then bisects, so a run of k items costs O(log k)
   * measures rather than k, and a list of thousands of items is not measured quadratically.
   */
  static int longestRun(int from, int max, IntPredicate fits) {
    int good = from + 1;
    int bad = max + 1;
    for (int step = 1; good < max; step = Math.min(2 * step, max)) {
      int probe = Math.min(max, good + step);
      if (!fits.test(probe)) {
        bad = probe;
        break;
      }
      good = probe;
    }
    while (bad - good > 1) {
      int mid = (good + bad) >>> 1;
      if (fits.test(mid)) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return good;
  }

  /** Whether a block shows nothing at all (no words, no items), so no piece should carry it. */
  static boolean isEmpty(Block block) {
    if (block instanceof Block.Heading h) {
      return FlatText.isBlank(h.spans());
    } else if (block instanceof Block.Paragraph p) {
      return FlatText.isBlank(p.spans());
    } else if (block instanceof Block.Context c) {
      return FlatText.isBlank(c.spans());
    } else if (block instanceof Block.Quote q) {
      return q.blocks().stream().allMatch(BlockCutter::isEmpty);
    } else if (block instanceof Block.ListBlock l) {
      return l.items().isEmpty();
    } else if (block instanceof Block.CodeBlock c) {
      return c.code().isBlank();
    } else if (block instanceof Block.Fields f) {
      return f.fields().isEmpty();
    }
    return false;
  }
}
