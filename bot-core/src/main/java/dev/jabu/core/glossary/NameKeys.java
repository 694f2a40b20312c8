package dev.jabu.core.glossary;

import dev.jabu.core.text.Hangul;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name of every entry in the forms the index looks them up by: the plain key, its keystroke
 * jamo, its 초성, and an inverted index of keystroke bigrams that narrows typo search to the few
 * names that could be within reach.
 */
final class NameKeys {
  private static final int START = 0x1FFFFE;
  private static final int END = 0x1FFFFF;

  final String[] key;
  final int[] entry;

  /** True when the key is the entry's name or Korean name, not an alias. */
  final boolean[] primary;

  final String[] display;
  final int[][] strokes;
  final Map<Long, int[]> postings;

  /** Indexes of keys sorted by key, for prefix search. */
  final Integer[] byKey;

  /** Indexes of Hangul keys sorted by their 초성, for 초성 prefix search. */
  final Integer[] byChoseong;

  final String[] choseong;

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
    choseong = new String[size];
    long[][] keyBigrams = new long[size][];
    Map<Long, int[]> sizes = new HashMap<>();
    for (int i = 0; i < size; i++) {
      strokes[i] = Hangul.keystrokes(key[i]);
      choseong[i] = Hangul.containsHangul(key[i]) ? Hangul.choseong(key[i]) : null;
      keyBigrams[i] = distinct(bigrams(strokes[i]));
      for (long bigram : keyBigrams[i]) {
        sizes.computeIfAbsent(bigram, b -> new int[1])[0]++;
      }
    }
    // Two passes, so each posting list is one exact-size int array and nothing is boxed per key.
    postings = new HashMap<>(sizes.size() * 2);
    Map<Long, int[]> filled = new HashMap<>(sizes.size() * 2);
    sizes.forEach(
        (bigram, count) -> {
          postings.put(bigram, new int[count[0]]);
          filled.put(bigram, new int[1]);
        });
    for (int i = 0; i < size; i++) {
      for (long bigram : keyBigrams[i]) {
        postings.get(bigram)[filled.get(bigram)[0]++] = i;
      }
    }
    byKey = new Integer[size];
    Arrays.setAll(byKey, i -> i);
    Arrays.sort(byKey, Comparator.comparing((Integer i) -> key[i]));
    byChoseong =
        Arrays.stream(byKey)
            .filter(i -> choseong[i] != null)
            .sorted(Comparator.comparing((Integer i) -> choseong[i]))
            .toArray(Integer[]::new);
  }

  int size() {
    return key.length;
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
