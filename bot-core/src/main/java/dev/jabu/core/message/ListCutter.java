package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a list between items. An item too long to fit even alone is cut like its children are; its
 * later parts start a new list at the same number, so an ordered list keeps counting right.
 */
final class ListCutter {
  private record Entry(int number, List<Block> item, boolean continuation) {}

  private ListCutter() {}

  static List<Block> cut(Block.ListBlock list, Predicate<Block> fits) {
    List<Entry> entries = new ArrayList<>();
    int number = list.start();
    for (List<Block> item : list.items()) {
      int n = number++;
      List<List<Block>> parts =
          BlockCutter.sequence(
              item, children -> new Block.ListBlock(list.ordered(), n, List.of(children)), fits);
      for (int i = 0; i < parts.size(); i++) {
        entries.add(new Entry(n, parts.get(i), i > 0));
      }
    }
    List<Block> lists = new ArrayList<>();
    int from = 0;
    while (from < entries.size()) {
      int start = from;
      // the later parts of a cut item start a new list, so a run stops before one
      int limit = start + 1;
      while (limit < entries.size() && !entries.get(limit).continuation()) {
        limit++;
      }
      int end =
          BlockCutter.longestRun(start, limit, e -> fits.test(of(list, entries.subList(start, e))));
      lists.add(of(list, entries.subList(start, end)));
      from = end;
    }
    return lists;
  }

  private static Block.ListBlock of(Block.ListBlock list, List<Entry> entries) {
    List<List<Block>> items = new ArrayList<>();
    entries.forEach(e -> items.add(e.item()));
    return new Block.ListBlock(list.ordered(), entries.get(0).number(), items);
  }
}
