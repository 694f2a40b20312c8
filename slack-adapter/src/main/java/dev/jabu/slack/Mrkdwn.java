package dev.jabu.slack;

import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.Span;
import java.util.List;
import java.util.Set;

/**
 * Slack's mrkdwn for inline spans. Text is escaped ({@code & < >}), so nothing a member typed can
 * become a mention ({@code <!channel>}, {@code <@U…>}, {@code <!subteam^…>}) or a link; only
 * mention spans that code created render as mentions. Times use Slack's {@code <!date^…>} token, so
 * each reader sees their own time zone, with the community's time as the fallback.
 */
final class Mrkdwn {
  private final PlainTextRenderer fallback;

  Mrkdwn(PlainTextRenderer fallback) {
    this.fallback = fallback;
  }

  /** Escapes the three characters Slack reserves for its control sequences. */
  static String escape(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
      return text; // the common case, and every rendered line passes here
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Slack's escaping undone, for text members typed (Slack sends it escaped). */
  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  String spans(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      out.append(span(span));
    }
    return out.toString();
  }

  String span(Span span) {
    if (span instanceof Span.Text t) {
      return styled(t.text(), t.styles());
    } else if (span instanceof Span.Link l) {
      String url = escape(l.url()).replace("|", "%7C");
      return l.text().equals(l.url())
          ? "<" + url + ">"
          : "<" + url + "|" + escape(l.text()).replace("|", "¦") + ">";
    } else if (span instanceof Span.UserMention m) {
      return "<@" + m.user().id() + ">";
    } else if (span instanceof Span.ChannelMention c) {
      return c.channel().isDirectMessage()
          ? escape(c.channel().name())
          : "<#" + c.channel().id() + ">";
    } else if (span instanceof Span.Timestamp t) {
      return timestamp(t);
    }
    throw new IllegalArgumentException("unknown span " + span);
  }

  private String timestamp(Span.Timestamp t) {
    String format =
        switch (t.style()) {
          case DATE -> "{date_long_pretty}";
          case TIME -> "{time}";
          case RELATIVE -> "{ago}";
          case DATE_TIME -> "{date_long_pretty} {time}";
        };
    String shown = escape(fallback.render(new dev.jabu.core.message.Block.Paragraph(List.of(t))));
    return "<!date^" + t.instant().getEpochSecond() + "^" + format + "|" + shown + ">";
  }

  private static String styled(String text, Set<Span.Style> styles) {
    if (text.isEmpty()) {
      return "";
    }
    if (styles.contains(Span.Style.CODE)) {
      // Slack shows a code span verbatim; a backtick inside would end it early
      return "`" + escape(text).replace('`', 'ˋ') + "`";
    }
    // markers must hug the words: "* bold *" is not bold in Slack
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end || styles.isEmpty()) {
      return escape(text);
    }
    String inner = escape(text.substring(start, end));
    if (styles.contains(Span.Style.STRIKE)) {
      inner = "~" + inner + "~";
    }
    if (styles.contains(Span.Style.ITALIC)) {
      inner = "_" + inner + "_";
    }
    if (styles.contains(Span.Style.BOLD)) {
      inner = "*" + inner + "*";
    }
    return escape(text.substring(0, start)) + inner + escape(text.substring(end));
  }
}
