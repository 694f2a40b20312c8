package dev.jabu.core.glossary;

import dev.jabu.core.text.Hangul;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name of every entry in the forms the index looks them up by: the plain key, its keystroke
 * jamo, its 초성, and an inverted index of keystroke bigrams that narrows typo search to the few
 * names that could be within reach.
 */
final class NameKeys {
  /** Bits for a key's index beside its bigram (two 21-bit code points) in one long. */
  private static final int KEY_BITS = 21;

  private static final int START = 0x1FFFFE;
  private static final int END = 0x1FFFFF;

  final String[] key;
  final int[] entry;

  /** True when the key is the entry's name or Korean name, not an alias. */
  final boolean[] primary;

  final String[] display;
  final int[][] strokes;

  /**
   * Each key's keystroke count, side by side: a typo search checks thousands of candidates' lengths
   * and reading each from its own array missed the cache for most of them.
   */
  final int[] strokeCount;

  /** Each key's {@link #symbols(int[]) symbols}, side by side for the same reason. */
  final long[] symbols;

  /** Per bigram, the keys that hold it, shortest keystroke sequence first. */
  final Map<Long, int[]> postings;

  /** Indexes of keys sorted by key, for prefix search. */
  final Integer[] byKey;

  /** Indexes of Hangul keys sorted by their 초성, for 초성 prefix search. */
  final Integer[] byChoseong;

  final String[] choseong;

  /** True when the key holds Hangul: a short typo is corrected only within its own script. */
  final boolean[] hangul;

  /** True when the name is an acronym (SLO, MTTR): a short typo never turns into one. */
  final boolean[] acronym;

  NameKeys(List<GlossaryEntry> entries) {
    List<String> keys = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Boolean> primaries = new ArrayList<>();
    List<String> displays = new ArrayList<>();
    for (int e = 0; e < entries.size(); e++) {
      GlossaryEntry entry = entries.get(e);
      List<String> names = entry.names();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int n = 0; n < names.size(); n++) {
        String k = TermKey.of(names.get(n));
        if (!k.isEmpty() && seen.add(k)) {
          keys.add(k);
          owners.add(e);
          primaries.add(n < 2);
          displays.add(names.get(n));
        }
      }
    }
    int size = keys.size();
    key = keys.toArray(String[]::new);
    entry = owners.stream().mapToInt(Integer::intValue).toArray();
    primary = new boolean[size];
    for (int i = 0; i < size; i++) {
      primary[i] = primaries.get(i);
    }
    display = displays.toArray(String[]::new);
    strokes = new int[size][];
    strokeCount = new int[size];
    symbols = new long[size];
    choseong = new String[size];
    acronym = new boolean[size];
    hangul = new boolean[size];
    // Postings from one sorted array of (bigram, key) pairs packed in longs: no boxing per key.
    if (size >= 1 << KEY_BITS) {
      throw new IllegalArgumentException("too many names for the index: " + size);
    }
    long[] pairs = new long[64];
    int count = 0;
    for (int i = 0; i < size; i++) {
      strokes[i] = Hangul.keystrokes(key[i]);
      strokeCount[i] = strokes[i].length;
      symbols[i] = symbols(strokes[i]);
      acronym[i] = Acronyms.isAcronym(display[i]);
      hangul[i] = Hangul.containsHangul(key[i]);
      choseong[i] = hangul[i] ? Hangul.choseong(key[i]) : null;
      for (long bigram : distinct(bigrams(strokes[i]))) {
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, count * 2);
        }
        pairs[count++] = (bigram << KEY_BITS) | i;
      }
    }
    Arrays.sort(pairs, 0, count);
    postings = new HashMap<>();
    for (int start = 0; start < count; ) {
      long bigram = pairs[start] >>> KEY_BITS;
      int end = start;
      while (end < count && pairs[end] >>> KEY_BITS == bigram) {
        end++;
      }
      // by length, so a typo search reads only the names whose length an edit or two can reach
      long[] byLength = new long[end - start];
      for (int j = start; j < end; j++) {
        int i = (int) (pairs[j] & ((1L << KEY_BITS) - 1));
        byLength[j - start] = ((long) strokeCount[i] << KEY_BITS) | i;
      }
      Arrays.sort(byLength);
      int[] posting = new int[byLength.length];
      for (int j = 0; j < posting.length; j++) {
        posting[j] = (int) (byLength[j] & ((1L << KEY_BITS) - 1));
      }
      postings.put(bigram, posting);
      start = end;
    }
    // Keys are unique (the loader refuses a name two entries claim), so natural String sorts and a
    // map back to the index replace comparator sorts over boxed indexes.
    Map<String, Integer> indexOf = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      indexOf.put(key[i], i);
    }
    String[] sortedKeys = key.clone();
    Arrays.sort(sortedKeys);
    byKey = new Integer[size];
    for (int i = 0; i < size; i++) {
      byKey[i] = indexOf.get(sortedKeys[i]);
    }
    List<String> byInitials = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (choseong[i] != null) {
        byInitials.add(choseong[i] + '\u0000' + key[i]);
      }
    }
    String[] sortedInitials = byInitials.toArray(String[]::new);
    Arrays.sort(sortedInitials);
    byChoseong = new Integer[sortedInitials.length];
    for (int i = 0; i < sortedInitials.length; i++) {
      String entry = sortedInitials[i];
      byChoseong[i] = indexOf.get(entry.substring(entry.indexOf('\u0000') + 1));
    }
  }

  int size() {
    return key.length;
  }

  /**
   * Where in {@code posting} (sorted by length) the keys of at least {@code length} strokes begin.
   */
  int firstOfLength(int[] posting, int length) {
    int low = 0;
    int high = posting.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (strokeCount[posting[middle]] < length) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The keystrokes as a set of 64 classes (a code point's class is its value modulo 64, so Latin
   * letters, and jamo, each get one of their own). Each edit adds at most one class to either
   * side's difference, so two words whose classes differ by more than k on one side are more than k
   * edits apart: a check that needs neither word's letters.
   */
  static long symbols(int[] strokes) {
    long set = 0;
    for (int c : strokes) {
      set |= 1L << c;
    }
    return set;
  }

  private static long[] distinct(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** The padded bigrams of a keystroke sequence, each packed in a long. */
  static long[] bigrams(int[] strokes) {
    long[] out = new long[strokes.length + 1];
    int previous = START;
    for (int i = 0; i <= strokes.length; i++) {
      int current = i < strokes.length ? strokes[i] : END;
      out[i] = ((long) previous << 21) | current;
      previous = current;
    }
    return out;
  }
}
