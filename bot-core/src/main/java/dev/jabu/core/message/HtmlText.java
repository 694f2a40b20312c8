package dev.jabu.core.message;

import java.util.regex.Pattern;

/**
 * Reduces raw HTML from Markdown to its words. Nothing from it is ever passed through as markup;
 * things that merely look like HTML, such as Slack's {@code <!channel>}, stay as literal text.
 */
final class HtmlText {
  private static final Pattern HIDDEN_ELEMENT =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
  private static final Pattern INSTRUCTION = Pattern.compile("(?s)<\\?.*?(\\?>|$)");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
  private static final Pattern HIDDEN_OPEN = Pattern.compile("(?i)<(script|style)\\b[^>]*>");
  private static final Pattern HIDDEN_CLOSE = Pattern.compile("(?i)</(script|style)\\s*>");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private HtmlText() {}

  /** The text of an HTML block: elements whose content is code are removed whole. */
  static String strip(String html) {
    String s = HIDDEN_ELEMENT.matcher(html).replaceAll(" ");
    s = COMMENT.matcher(s).replaceAll(" ");
    s = INSTRUCTION.matcher(s).replaceAll(" ");
    return TAG.matcher(s).replaceAll(" ");
  }

  /** Whether an inline HTML piece is markup to drop (a tag, comment or instruction). */
  static boolean isMarkup(String inline) {
    return TAG.matcher(inline).matches() || inline.startsWith("<!--") || inline.startsWith("<?");
  }

  static boolean opensHiddenElement(String inline) {
    return HIDDEN_OPEN.matcher(inline).matches() && !inline.endsWith("/>");
  }

  static boolean closesHiddenElement(String inline) {
    return HIDDEN_CLOSE.matcher(inline).matches();
  }

  static boolean isLineBreak(String inline) {
    return LINE_BREAK.matcher(inline).matches();
  }
}
