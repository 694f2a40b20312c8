package dev.jabu.discord;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.Platform;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Discord's markdown for the text blocks of a message. User text is always escaped, so it cannot
 * become markup, a link or a mention; only {@link Span.UserMention} and {@link
 * Span.ChannelMention}, which code creates, render as {@code <@id>} and {@code <#id>}.
 */
final class DiscordMarkdown {
  // Discord's markdown drops a backslash before any punctuation. These characters make markup
  // anywhere in a line: emphasis, code, spoilers, links, mentions and timestamps.
  private static final Pattern SPECIAL = Pattern.compile("([\\\\*_~`|<\\[\\]@])");
  // These only at the start of a line: headings, quotes, lists, subtext.
  private static final Pattern AT_LINE_START = Pattern.compile("(?m)^(\\s*)([#>+-])");
  private static final Pattern ORDERED_AT_LINE_START = Pattern.compile("(?m)^(\\s*\\d+)\\.(?=\\s)");
  private static final String DIVIDER = "───";

  private DiscordMarkdown() {}

  /** The block as message content; an image has none (it becomes an embed). */
  static String block(Block block) {
    if (block instanceof Block.Heading h) {
      return "#".repeat(Math.min(h.level(), 3)) + " " + spans(h.spans());
    } else if (block instanceof Block.Paragraph p) {
      return spans(p.spans());
    } else if (block instanceof Block.ListBlock l) {
      return list(l, "");
    } else if (block instanceof Block.Quote q) {
      return quote(q);
    } else if (block instanceof Block.CodeBlock c) {
      return code(c);
    } else if (block instanceof Block.Fields f) {
      return fields(f);
    } else if (block instanceof Block.Context c) {
      return "-# " + spans(c.spans()).replace("\n", " ");
    } else if (block instanceof Block.Divider) {
      return DIVIDER;
    }
    return ""; // an image becomes an embed
  }

  static String spans(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      out.append(span(span));
    }
    return out.toString();
  }

  static String span(Span span) {
    if (span instanceof Span.Text t) {
      return styled(t);
    } else if (span instanceof Span.Link l) {
      return l.text().equals(l.url())
          ? "<" + l.url() + ">"
          : "[" + escape(l.text()) + "](<" + l.url() + ">)";
    } else if (span instanceof Span.UserMention m) {
      return m.user().platform() == Platform.DISCORD
          ? "<@" + m.user().id() + ">"
          : "@" + escape(m.user().displayName());
    } else if (span instanceof Span.ChannelMention c) {
      return c.channel().platform() == Platform.DISCORD && !c.channel().isDirectMessage()
          ? "<#" + c.channel().id() + ">"
          : "#" + escape(c.channel().name());
    }
    Span.Timestamp t = (Span.Timestamp) span;
    return "<t:" + t.instant().getEpochSecond() + ":" + style(t.style()) + ">";
  }

  /** Text with every markdown character made literal. */
  static String escape(String text) {
    String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
    escaped = AT_LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
    return ORDERED_AT_LINE_START.matcher(escaped).replaceAll("$1\\\\.");
  }

  private static String styled(Span.Text text) {
    if (text.text().isEmpty()) {
      return "";
    }
    if (text.styles().contains(Span.Style.CODE)) {
      String fence = text.text().contains("`") ? "``" : "`";
      String padded = text.text().startsWith("`") || text.text().endsWith("`") ? " " : "";
      return fence + padded + text.text() + padded + fence;
    }
    // markers only work hugging the words, so spaces around a styled span stay outside them
    String words = text.text().strip();
    if (words.isEmpty() || text.styles().isEmpty()) {
      return escape(text.text());
    }
    int lead = text.text().indexOf(words);
    String before = text.text().substring(0, lead);
    String after = text.text().substring(lead + words.length());
    String out = escape(words);
    if (text.styles().contains(Span.Style.BOLD)) {
      out = "**" + out + "**";
    }
    if (text.styles().contains(Span.Style.ITALIC)) {
      out = "*" + out + "*";
    }
    if (text.styles().contains(Span.Style.STRIKE)) {
      out = "~~" + out + "~~";
    }
    return before + out + after;
  }

  private static String style(Span.TimestampStyle style) {
    switch (style) {
      case DATE:
        return "D";
      case TIME:
        return "t";
      case RELATIVE:
        return "R";
      default:
        return "F";
    }
  }

  private static String list(Block.ListBlock list, String indent) {
    StringBuilder out = new StringBuilder();
    int number = list.start();
    for (List<Block> item : list.items()) {
      String marker = list.ordered() ? (number++) + ". " : "- ";
      StringBuilder body = new StringBuilder();
      for (Block block : item) {
        String text =
            block instanceof Block.ListBlock nested
                ? list(nested, indent + "  ")
                : block(block).replace("\n", "\n" + indent + "  ");
        if (!body.isEmpty()) {
          body.append('\n').append(block instanceof Block.ListBlock ? "" : indent + "  ");
        }
        body.append(text);
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(indent).append(marker).append(body);
    }
    return out.toString();
  }

  private static String quote(Block.Quote quote) {
    StringBuilder inner = new StringBuilder();
    for (Block block : quote.blocks()) {
      if (!inner.isEmpty()) {
        inner.append("\n\n");
      }
      inner.append(block(block));
    }
    return "> " + inner.toString().replace("\n", "\n> ");
  }

  private static String code(Block.CodeBlock code) {
    // a fence inside the code would end the block early; a zero-width space keeps it literal
    String body = code.code().replace("```", "`\u200b``");
    String newline = body.endsWith("\n") ? "" : "\n";
    return "```" + code.language() + "\n" + body + newline + "```";
  }

  private static String fields(Block.Fields fields) {
    StringBuilder out = new StringBuilder();
    for (Block.Field field : fields.fields()) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append("**").append(escape(field.name())).append("**: ").append(spans(field.value()));
    }
    return out.toString();
  }
}
