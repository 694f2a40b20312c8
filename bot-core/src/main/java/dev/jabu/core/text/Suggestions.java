package dev.jabu.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the candidates closest to what someone typed, if any are close enough. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Up to {@code max} candidates within reach of {@code typed}, closest first; ties go to the
   * shorter, then the alphabetically first. Comparison ignores case. A typed word of up to four
   * code points may be one edit off, a longer one two: on short words two edits would match nearly
   * anything.
   */
  public static List<String> closest(String typed, Collection<String> candidates, int max) {
    String needle = typed.strip().toLowerCase(Locale.ROOT);
    int[] typedPoints = needle.codePoints().toArray();
    int reach = allowedDistance(typedPoints.length);
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, score(typedPoints, c, reach)))
        .filter(s -> s.distance <= reach)
        .sorted(
            Comparator.comparingInt(Scored::distance)
                .thenComparingInt(s -> s.candidate.codePointCount(0, s.candidate.length()))
                .thenComparing(Scored::candidate))
        .limit(Math.max(0, max))
        .map(Scored::candidate)
        .toList();
  }

  /** How many edits a typed word of this many code points may be off. */
  public static int allowedDistance(int typedLength) {
    return typedLength <= 4 ? 1 : 2;
  }

  private static int score(int[] typed, String candidate, int reach) {
    int[] points = candidate.toLowerCase(Locale.ROOT).codePoints().toArray();
    return EditDistance.distanceUpTo(typed, points, reach);
  }

  private record Scored(String candidate, int distance) {}
}
