package dev.jabu.core.message;

import java.util.List;

/** Sentence ends as the splitter finds them (Korean endings included), for features that quote. */
public final class Sentences {
  private Sentences() {}

  /**
   * The first sentence of {@code text}, whitespace at its ends removed; the whole text when it has
   * one sentence.
   */
  public static String first(String text) {
    String stripped = text.strip();
    List<TextBoundaries.Cut> cuts = TextBoundaries.sentences(stripped, 0);
    return cuts.isEmpty() ? stripped : stripped.substring(0, cuts.get(0).end()).strip();
  }

  /**
   * {@code text} shortened to at most {@code max} characters at a word gap (or between characters
   * when one word is longer), with "…" added when anything was cut.
   */
  public static String shorten(String text, int max) {
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int end = -1;
    for (TextBoundaries.Cut cut : TextBoundaries.words(stripped, 0)) {
      if (cut.end() > max - 1) {
        break;
      }
      end = cut.end();
    }
    if (end < 0) {
      List<Integer> chars = Graphemes.boundaries(stripped, 0, max);
      end = chars.isEmpty() ? Math.min(max - 1, stripped.length()) : chars.get(chars.size() - 1);
    }
    return stripped.substring(0, end).strip() + "…";
  }
}
