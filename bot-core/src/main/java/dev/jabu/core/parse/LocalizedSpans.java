package dev.jabu.core.parse;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills a translated pattern with arguments as spans instead of text, so what a member typed is
 * always its own code span, never part of a string a renderer might read as markup. A {@code
 * String} argument becomes a code span, a {@code List<String>} code spans separated by commas, and
 * a {@link Plain} plain text.
 */
final class LocalizedSpans {
  /** Marks where argument {@code i} goes; private-use characters that no pattern contains. */
  private static final char OPEN = '\uE000';

  private static final char CLOSE = '\uE001';

  /** An argument shown as plain text, such as a translated type name. */
  record Plain(String text) {}

  private LocalizedSpans() {}

  static List<Span> format(Locale locale, String key, Object... args) {
    Object[] markers = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      markers[i] = OPEN + Integer.toString(i) + CLOSE;
    }
    String filled = Messages.get(locale, key, markers);
    List<Span> spans = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = filled.indexOf(OPEN, from)) >= 0) {
      int close = filled.indexOf(CLOSE, open);
      addText(spans, filled.substring(from, open));
      addArgument(spans, args[Integer.parseInt(filled.substring(open + 1, close))]);
      from = close + 1;
    }
    addText(spans, filled.substring(from));
    return spans;
  }

  private static void addArgument(List<Span> spans, Object arg) {
    if (arg instanceof Plain plain) {
      addText(spans, plain.text());
    } else if (arg instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          addText(spans, ", ");
        }
        spans.add(Span.code(String.valueOf(list.get(i))));
      }
    } else {
      spans.add(Span.code(String.valueOf(arg)));
    }
  }

  private static void addText(List<Span> spans, String text) {
    if (!text.isEmpty()) {
      spans.add(Span.text(text));
    }
  }
}
