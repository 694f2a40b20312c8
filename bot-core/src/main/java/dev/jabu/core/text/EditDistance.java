package dev.jabu.core.text;

/**
 * Damerau-Levenshtein distance in its <em>optimal string alignment</em> form: insertions,
 * deletions, substitutions and transpositions of two adjacent symbols each cost 1, and no substring
 * is edited twice (so {@code CA -> ABC} is 3, not 2). That restriction is what typo matching needs
 * and keeps the algorithm to three rows.
 *
 * <p>Works over int sequences so callers can compare code points, or decomposed Hangul jamo, with
 * the same code.
 */
public final class EditDistance {
  private EditDistance() {}

  /** The distance between two strings, compared code point by code point. */
  public static int distance(String a, String b) {
    return distance(a.codePoints().toArray(), b.codePoints().toArray());
  }

  public static int distance(int[] a, int[] b) {
    return bounded(a, b, Integer.MAX_VALUE - 1);
  }

  /** Whether the strings are at most {@code max} edits apart; stops as soon as they cannot be. */
  public static boolean withinDistance(String a, String b, int max) {
    return withinDistance(a.codePoints().toArray(), b.codePoints().toArray(), max);
  }

  public static boolean withinDistance(int[] a, int[] b, int max) {
    if (max < 0) {
      return false;
    }
    return distanceUpTo(a, b, max) <= max;
  }

  /** The distance when it is at most {@code max}, otherwise {@code max + 1} (found early). */
  public static int distanceUpTo(int[] a, int[] b, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    return bounded(a, b, max);
  }

  /**
   * The distance, or {@code max + 1} as soon as it is known to exceed {@code max}. A row's minimum
   * never decreases in later rows (a transposition reaches back two rows, but the row between is at
   * most one more than that), so once a whole row is over the bound the answer is too.
   */
  private static int bounded(int[] a, int[] b, int max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    int[] beforePrevious = new int[b.length + 1];
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          value = Math.min(value, beforePrevious[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length], max + 1);
  }
}
