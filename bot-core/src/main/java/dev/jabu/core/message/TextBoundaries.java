package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a text may be cut, best first: sentence ends, then word gaps, then characters. A cut
 * keeps {@code [.., end)} in one piece and resumes the next at {@code resume}, so the whitespace
 * between them is dropped rather than starting or ending a piece.
 */
final class TextBoundaries {
  record Cut(int end, int resume) {}

  private static final String TERMINATORS = ".!?…。！？";
  // full-width terminators end a sentence even with no space after, as in Japanese and Chinese
  private static final String FULL_WIDTH_TERMINATORS = "。！？";
  private static final String CLOSERS = "\"'”’»)]}」』》〉）】〕";
  // syllables Korean sentences usually end on (…습니다, …해요, …죠, …할까, …했음, …함)
  private static final String KOREAN_FINALS = "다요죠까음함";

  private TextBoundaries() {}

  /** Ends of sentences and line breaks after {@code start}. */
  static List<Cut> sentences(String text, int start) {
    boolean punctuated = text.chars().anyMatch(c -> TERMINATORS.indexOf(c) >= 0);
    List<Cut> cuts = new ArrayList<>();
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && !Character.isWhitespace(text.charAt(i - 1))) {
        int resume = skipWhitespace(text, i);
        if (endsSentence(text, i, punctuated) || text.substring(i, resume).indexOf('\n') >= 0) {
          cuts.add(new Cut(i, resume));
        }
      } else if (FULL_WIDTH_TERMINATORS.indexOf(text.charAt(i - 1)) >= 0
          && TERMINATORS.indexOf(c) < 0
          && CLOSERS.indexOf(c) < 0) {
        cuts.add(new Cut(i, i));
      }
    }
    return cuts;
  }

  /** Every gap between words after {@code start}. */
  static List<Cut> words(String text, int start) {
    List<Cut> cuts = new ArrayList<>();
    for (int i = start + 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        cuts.add(new Cut(i, skipWhitespace(text, i)));
      }
    }
    return cuts;
  }

  /** Every place between two user-perceived characters after {@code start}. */
  static List<Cut> characters(String text, int start) {
    List<Cut> cuts = new ArrayList<>();
    for (int p : Graphemes.boundaries(text, start, text.length())) {
      cuts.add(new Cut(p, p));
    }
    return cuts;
  }

  static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the text just before {@code gap} (a whitespace position) ends a sentence. */
  private static boolean endsSentence(String text, int gap, boolean punctuated) {
    int i = gap - 1;
    while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char last = text.charAt(i);
    if (TERMINATORS.indexOf(last) >= 0) {
      return true;
    }
    // unpunctuated Korean (chat style) still ends sentences on its typical final syllables
    return !punctuated && KOREAN_FINALS.indexOf(last) >= 0;
  }
}
