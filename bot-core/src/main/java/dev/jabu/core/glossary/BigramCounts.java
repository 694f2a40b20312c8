package dev.jabu.core.glossary;

import java.util.Arrays;

/**
 * One thread's count, per name, of the padded keystroke bigrams it shares with one word: the typo
 * search's candidates and the suggestions' similarities. The counts stay until another word needs
 * them, so a word no name is near, counted for its correction, is not counted again for its
 * suggestions.
 */
final class BigramCounts {
  private final NameKeys names;
  final int[] count;

  /** The names counted, in the order first counted; {@link #size} of them. */
  final int[] touched;

  int size;

  // Whose counts these are and which name lengths they cover. A count is exact for every name of
  // the range except those sharing fewer than unsure bigrams, which may have been left uncounted.
  private String key;
  private int shortest;
  private int longest = -1;
  private int unsure;

  BigramCounts(NameKeys names) {
    this.names = names;
    count = new int[names.size()];
    touched = new int[names.size()];
  }

  /** Whether these are the counts of {@code key}'s keystrokes. */
  boolean holds(String key) {
    return key.equals(this.key);
  }

  /**
   * Counts, per name of {@code shortest} to {@code longest} strokes, the bigrams it shares with
   * {@code key}'s keystrokes {@code query}, adding to what is counted for the same key rather than
   * starting over. A name that shares fewer than {@code needed} bigrams is of no use to the caller
   * and may be left uncounted. Returns where in {@link #touched} the names this call counted begin
   * (0 when it started over).
   */
  int count(String key, int[] query, int shortest, int longest, int needed) {
    int from = Math.max(0, shortest);
    int start = size;
    if (longest < from) {
      return start;
    }
    boolean overlaps = from <= this.longest && longest >= this.shortest;
    boolean reusable =
        holds(key)
            && from <= this.longest + 1
            && longest >= this.shortest - 1
            && (!overlaps || needed >= unsure);
    if (!reusable) {
      clear();
      countLengths(query, from, longest, needed);
      this.shortest = from;
      this.longest = longest;
      this.unsure = needed;
      this.key = key;
      return 0;
    }
    this.key = null; // until the counts are whole again
    if (from < this.shortest) {
      countLengths(query, from, this.shortest - 1, needed);
    }
    if (longest > this.longest) {
      countLengths(query, this.longest + 1, longest, needed);
    }
    this.shortest = Math.min(this.shortest, from);
    this.longest = Math.max(this.longest, longest);
    this.unsure = Math.max(unsure, needed);
    this.key = key;
    return start;
  }

  /**
   * Counts the names of {@code shortest} to {@code longest} strokes (none counted yet). A name
   * sharing {@code needed} of the query's bigrams holds one of any (bigrams - needed + 1) of them:
   * names are taken from that many of the shortest postings, and the longer ones only add to names
   * already taken. A short word's longest postings (a letter at its start or end) hold thousands of
   * names sharing nothing else with it.
   */
  private void countLengths(int[] query, int shortest, int longest, int needed) {
    long[] grams = NameKeys.bigrams(query);
    int[][] lists = new int[grams.length][];
    int[] from = new int[grams.length];
    int[] to = new int[grams.length];
    long[] bySize = new long[grams.length];
    for (int g = 0; g < grams.length; g++) {
      int[] posting = names.postings.get(grams[g]);
      if (posting != null) {
        lists[g] = posting;
        from[g] = names.firstOfLength(posting, shortest);
        to[g] = names.firstOfLength(posting, longest + 1);
      }
      bySize[g] = (long) (to[g] - from[g]) << 32 | g;
    }
    if (needed > 1) {
      Arrays.sort(bySize);
    }
    int taking = Math.max(1, grams.length - needed + 1);
    for (int k = 0; k < bySize.length; k++) {
      int g = (int) bySize[k];
      if (lists[g] == null) {
        continue;
      }
      if (k < taking) {
        add(lists[g], from[g], to[g]);
      } else {
        addToCounted(lists[g], from[g], to[g]);
      }
    }
  }

  private void add(int[] posting, int from, int to) {
    for (int p = from; p < to; p++) {
      int i = posting[p];
      if (count[i]++ == 0) {
        touched[size++] = i;
      }
    }
  }

  /** Adds one only to names already counted: no other can still share enough. */
  private void addToCounted(int[] posting, int from, int to) {
    for (int p = from; p < to; p++) {
      int i = posting[p];
      if (count[i] != 0) {
        count[i]++;
      }
    }
  }

  private void clear() {
    for (int i = 0; i < size; i++) {
      count[touched[i]] = 0;
    }
    size = 0;
    key = null;
    longest = -1;
    unsure = 0;
  }
}
