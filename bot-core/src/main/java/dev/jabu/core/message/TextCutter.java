package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Cuts a run of spans into runs that each fit, at the best boundary available: a sentence end (or
 * line break), else a word gap, else between two characters. Within a kind of boundary it takes the
 * latest one that still fits, so pieces are as full as they can be.
 */
final class TextCutter {
  private static final List<BiFunction<String, Integer, List<TextBoundaries.Cut>>> PREFERENCE =
      List.of(TextBoundaries::sentences, TextBoundaries::words, TextBoundaries::characters);

  private TextCutter() {}

  /**
   * @param fits whether a run of spans, wrapped in its block, is within the limits
   * @throws IllegalArgumentException when not even one character fits
   */
  static List<List<Span>> cut(List<Span> spans, Predicate<List<Span>> fits) {
    List<List<Span>> pieces = new ArrayList<>();
    List<Span> rest = spans;
    while (!FlatText.isBlank(rest)) {
      if (fits.test(rest)) {
        pieces.add(rest);
        break;
      }
      FlatText flat = FlatText.of(rest);
      int start = TextBoundaries.skipWhitespace(flat.text(), 0);
      TextBoundaries.Cut cut = bestCut(flat, start, fits);
      if (cut == null) {
        // a link, mention or timestamp too long to fit even alone: keep its words as text
        rest = flat.withPlainAt(start);
        if (rest == null) {
          throw new IllegalArgumentException("the limit is too small for a single character");
        }
        continue;
      }
      pieces.add(flat.slice(start, cut.end()));
      rest = flat.slice(cut.resume(), flat.length());
    }
    return pieces;
  }

  private static TextBoundaries.Cut bestCut(FlatText flat, int start, Predicate<List<Span>> fits) {
    for (var kind : PREFERENCE) {
      List<TextBoundaries.Cut> cuts = kind.apply(flat.text(), start);
      int best = latestFitting(cuts, c -> fits.test(flat.slice(start, c.end())));
      if (best >= 0) {
        return cuts.get(best);
      }
    }
    return null;
  }

  /**
   * The index of the last candidate that fits, or -1. Candidates are in text order and a longer
   * piece never measures less than a shorter one, so a binary search finds it.
   */
  static <T> int latestFitting(List<T> candidates, Predicate<T> fits) {
    int lo = 0;
    int hi = candidates.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (fits.test(candidates.get(mid))) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
