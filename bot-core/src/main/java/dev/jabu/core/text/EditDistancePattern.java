package dev.jabu.core.text;

/**
 * One word compiled once to be measured against many others, with the same distance as {@link
 * EditDistance} (optimal string alignment: insertions, deletions, substitutions and adjacent
 * transpositions). A typo search measures one query against thousands of names; bit-parallel
 * columns (Hyyrö's 2003 extension of Myers' algorithm) do that in a few word operations per letter
 * of the name instead of a row of cells, with no allocation. Words longer than 64 symbols are
 * measured by {@link EditDistance}.
 */
public final class EditDistancePattern {
  /** Compatibility jamo (ㄱ to ㆎ): the keystrokes of Hangul have a table of their own. */
  private static final int JAMO_FIRST = 0x3130;

  private static final int JAMO_LAST = 0x318F;

  private final int[] word;
  private final long[] ascii = new long[0x80];
  private final long[] jamo = new long[JAMO_LAST - JAMO_FIRST + 1];
  private final int[] otherSymbols;
  private final long[] otherMasks;
  private final int others;

  private EditDistancePattern(int[] word) {
    this.word = word.clone();
    int[] symbols = new int[Math.min(word.length, 64)];
    long[] masks = new long[symbols.length];
    int n = 0;
    if (word.length <= 64) {
      for (int i = 0; i < word.length; i++) {
        int c = word[i];
        long bit = 1L << i;
        if (c < ascii.length) {
          ascii[c] |= bit;
        } else if (c >= JAMO_FIRST && c <= JAMO_LAST) {
          jamo[c - JAMO_FIRST] |= bit;
        } else {
          int at = 0;
          while (at < n && symbols[at] != c) {
            at++;
          }
          if (at == n) {
            symbols[n++] = c;
          }
          masks[at] |= bit;
        }
      }
    }
    this.otherSymbols = symbols;
    this.otherMasks = masks;
    this.others = n;
  }

  public static EditDistancePattern of(int[] word) {
    return new EditDistancePattern(word);
  }

  /**
   * The distance from this word to {@code other} when it is at most {@code max}, otherwise {@code
   * max + 1}: exactly {@link EditDistance#distanceUpTo}{@code (word, other, max)}.
   */
  public int distanceUpTo(int[] other, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    int m = word.length;
    if (Math.abs(m - other.length) > max) {
      return max + 1;
    }
    if (m > 64) {
      return EditDistance.distanceUpTo(word, other, max);
    }
    if (m == 0) {
      return Math.min(other.length, max + 1);
    }
    // Bit i of each vector is about the word's first i + 1 symbols: vertical deltas +1 (vp) and
    // -1 (vn) between rows of the dynamic-programming column, d0 the cells where the diagonal
    // holds.
    long vp = -1L;
    long vn = 0;
    long d0 = 0;
    long previousMatches = 0;
    long last = 1L << (m - 1);
    int distance = m;
    for (int c : other) {
      long matches = matches(c);
      long transposed = ((~d0 & matches) << 1) & previousMatches;
      d0 = (((matches & vp) + vp) ^ vp) | matches | vn | transposed;
      long hp = vn | ~(d0 | vp);
      long hn = d0 & vp;
      if ((hp & last) != 0) {
        distance++;
      } else if ((hn & last) != 0) {
        distance--;
      }
      hp = (hp << 1) | 1;
      hn <<= 1;
      vp = hn | ~(d0 | hp);
      vn = hp & d0;
      previousMatches = matches;
    }
    return Math.min(distance, max + 1);
  }

  /** The positions of the word that hold {@code c}, as bits. */
  private long matches(int c) {
    if (c < ascii.length) {
      return c >= 0 ? ascii[c] : 0;
    }
    if (c >= JAMO_FIRST && c <= JAMO_LAST) {
      return jamo[c - JAMO_FIRST];
    }
    for (int i = 0; i < others; i++) {
      if (otherSymbols[i] == c) {
        return otherMasks[i];
      }
    }
    return 0;
  }
}
