package dev.jabu.core.text;

import java.text.Normalizer;

/**
 * Text from members, made safe once where it enters the core. Every store, renderer and file jabu
 * writes then holds the same characters on every database: PostgreSQL refuses U+0000 where SQLite
 * keeps it, and iCalendar forbids control characters that a terminal would run.
 */
public final class CleanText {
  private CleanText() {}

  /**
   * Any member text: NFC, line ends as {@code \n}, and no control characters (C0, DEL, C1) but
   * newline and tab, no bidirectional overrides or isolates (which make text read backwards).
   */
  public static String input(String text) {
    String nfc = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().filter(c -> !droppedFromInput(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * A name or title: {@link #input} on one line, without invisible characters (zero-width spaces,
   * byte-order marks, Hangul fillers; a zero-width joiner only inside an emoji), with runs of
   * spaces made one and no spaces at either end. Made only of invisible characters, it is blank.
   */
  public static String name(String text) {
    int[] cps = input(text).codePoints().toArray();
    StringBuilder out = new StringBuilder(cps.length);
    boolean space = false;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (invisible(c) && !(c == ZERO_WIDTH_JOINER && joinsEmoji(cps, i))) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private static boolean droppedFromInput(int c) {
    boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
    boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return control || bidi;
  }

  private static boolean invisible(int c) {
    return (c >= 0x200B && c <= 0x200F)
        || c == 0x2060
        || c == 0xFEFF
        || c == 0x00AD
        || c == 0x180E
        || c == 0x3164
        || c == 0x115F
        || c == 0x1160
        || c == 0xFFA0;
  }

  private static boolean joinsEmoji(int[] cps, int at) {
    return at > 0 && at < cps.length - 1 && isEmoji(cps[at - 1]) && isEmoji(cps[at + 1]);
  }

  private static boolean isEmoji(int c) {
    return Character.getType(c) == Character.OTHER_SYMBOL || (c >= 0xFE0E && c <= 0xFE0F);
  }
}
