package dev.jabu.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the candidates closest to what was typed, if any is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Up to {@code max} candidates within one edit of a short word (up to 4 characters) or two of a
   * longer one, or that start with it; closest first, then shorter, then alphabetical.
   */
  public static List<String> closest(String typed, Collection<String> candidates, int max) {
    String word = typed.strip().toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return List.of();
    }
    int allowed = word.codePointCount(0, word.length()) <= 4 ? 1 : 2;
    int[] query = word.codePoints().toArray();
    record Scored(String candidate, int distance) {}
    return candidates.stream()
        .map(
            c -> {
              String lower = c.toLowerCase(Locale.ROOT);
              int d = EditDistance.bounded(query, lower.codePoints().toArray(), allowed);
              if (d > allowed && word.length() >= 2 && lower.startsWith(word)) {
                d = allowed;
              }
              return new Scored(c, d);
            })
        .filter(s -> s.distance() <= allowed)
        .sorted(
            Comparator.comparingInt(Scored::distance)
                .thenComparingInt(s -> s.candidate().length())
                .thenComparing(Scored::candidate))
        .limit(max)
        .map(Scored::candidate)
        .toList();
  }
}
