package dev.jabu.app.web;

/** The first sentence of a definition, for lists: short enough to scan, whole words. */
final class Summaries {
  private static final int MAX = 160;

  private Summaries() {}

  static String first(String text) {
    String t = text.strip();
    int end = sentenceEnd(t);
    if (end > 0 && end <= MAX) {
      return t.substring(0, end);
    }
    if (t.length() <= MAX) {
      return t;
    }
    int space = t.lastIndexOf(' ', MAX);
    return t.substring(0, space > MAX / 2 ? space : MAX) + "…";
  }

  /** The index after the first sentence's full stop ("… 도구입니다. " or "… a tool. "), or -1. */
  private static int sentenceEnd(String t) {
    for (int i = 0; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(t.charAt(i + 1))) {
        return i + 1;
      }
    }
    return -1;
  }
}
