package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Collects the inline content of one paragraph or heading as spans. Every word becomes a {@link
 * Span.Text}; images are set aside to become blocks after the paragraph.
 */
final class InlineCollector {
  private final List<Span> spans = new ArrayList<>();
  private final List<Block> images = new ArrayList<>();
  private final EnumSet<Span.Style> styles = EnumSet.noneOf(Span.Style.class);
  private boolean insideHiddenElement;

  private InlineCollector() {}

  static InlineCollector collect(Node parent) {
    InlineCollector c = new InlineCollector();
    c.children(parent);
    return c;
  }

  /** The spans, adjacent text spans of equal style merged into one. */
  List<Span> spans() {
    return merged(spans);
  }

  List<Block> images() {
    return images;
  }

  private void children(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      node(n);
    }
  }

  private void node(Node node) {
    if (node instanceof Text t) {
      text(t.getLiteral());
    } else if (node instanceof Code c) {
      styled(Span.Style.CODE, () -> text(c.getLiteral()));
    } else if (node instanceof Emphasis) {
      styled(Span.Style.ITALIC, () -> children(node));
    } else if (node instanceof StrongEmphasis) {
      styled(Span.Style.BOLD, () -> children(node));
    } else if (node instanceof SoftLineBreak) {
      text(" ");
    } else if (node instanceof HardLineBreak) {
      text("\n");
    } else if (node instanceof Link link) {
      link(link);
    } else if (node instanceof Image image) {
      if (isSafeUrl(image.getDestination())) {
        images.add(new Block.Image(image.getDestination(), plainText(image)));
      }
    } else if (node instanceof HtmlInline html) {
      html(html.getLiteral());
    } else {
      children(node);
    }
  }

  private void link(Link link) {
    if (!isSafeUrl(link.getDestination()) || insideHiddenElement) {
      children(link); // only its words
      return;
    }
    // a link is one span: its words, without styles; images inside still become blocks
    InlineCollector inner = collect(link);
    images.addAll(inner.images);
    String text = plain(inner.spans());
    spans.add(new Span.Link(text.strip(), link.getDestination()));
  }

  private void html(String literal) {
    if (HtmlText.opensHiddenElement(literal)) {
      insideHiddenElement = true;
    } else if (HtmlText.closesHiddenElement(literal)) {
      insideHiddenElement = false;
    } else if (HtmlText.isLineBreak(literal)) {
      text("\n");
    } else if (!HtmlText.isMarkup(literal)) {
      text(literal); // looks like HTML but is not a tag, e.g. <!channel>: keep it as words
    }
  }

  private void text(String text) {
    if (!insideHiddenElement && !text.isEmpty()) {
      spans.add(new Span.Text(text, Set.copyOf(styles)));
    }
  }

  private void styled(Span.Style style, Runnable body) {
    boolean added = styles.add(style);
    body.run();
    if (added) {
      styles.remove(style);
    }
  }

  private static String plainText(Node node) {
    return plain(collect(node).spans()).strip();
  }

  private static String plain(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    spans.forEach(s -> b.append(s.plain()));
    return b.toString();
  }

  private static boolean isSafeUrl(String url) {
    String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:");
  }

  /** Adjacent text spans of equal style merged into one. */
  static List<Span> merged(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      int last = out.size() - 1;
      if (last >= 0
          && span instanceof Span.Text t
          && out.get(last) instanceof Span.Text prev
          && prev.styles().equals(t.styles())) {
        out.set(last, new Span.Text(prev.text() + t.text(), t.styles()));
      } else {
        out.add(span);
      }
    }
    return out;
  }
}
