package dev.jabu.core.text;

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbours each cost one, and no substring is edited twice. It
 * works on int sequences, so callers choose the unit: code points for command names, Hangul jamo
 * ({@link Hangul#keystrokes}) for glossary terms.
 */
public final class EditDistance {
  private EditDistance() {}

  public static int distance(String a, String b) {
    return bounded(a.codePoints().toArray(), b.codePoints().toArray(), Integer.MAX_VALUE - 1);
  }

  /**
   * The distance when it is at most {@code max}, otherwise {@code max + 1}: rows whose every cell
   * is already over {@code max} end the work early.
   */
  public static int bounded(int[] a, int[] b, int max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    int[] twoBack = new int[b.length + 1];
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum > max) {
        return max + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length], max + 1);
  }
}
