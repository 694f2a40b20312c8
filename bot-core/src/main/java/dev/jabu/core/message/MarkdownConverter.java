package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns CommonMark (recaps, glossary definitions) into a {@link RichMessage}, with a real parser.
 *
 * <p>All words become {@link Span.Text}, so {@code @everyone}, {@code <@123>} or {@code <!channel>}
 * stay literal text and a renderer escapes them: Markdown can never produce a mention. Raw HTML is
 * never passed through: tags, comments and {@code <script>}/{@code <style>} contents are dropped
 * and the rest is kept as text. Links and images only keep {@code http}, {@code https} and {@code
 * mailto} addresses; a link to anything else shows its words only, such an image is dropped.
 *
 * <p>An image inside a paragraph (or heading) becomes its own {@link Block.Image} right after that
 * block, because no platform shows images inline. Soft line breaks become spaces, hard ones {@code
 * "\n"}; a thematic break becomes a {@link Block.Divider}.
 *
 * <p>Two extensions that recaps written for VuePress or GitHub use are understood: custom
 * containers ({@code ::: tip}, {@code ::: warning}, {@code ::: details Title}) become a quote
 * headed by their bold label, since no platform can fold a section; pipe tables become a list with
 * one item per row, which reads well on a phone, where columns never fit. Thread-safe.
 */
public final class MarkdownConverter {
  // commonmark's Parser is immutable once built and safe to share between threads. The limits keep
  // a hostile document (thousands of nested quotes) from exhausting the stack of the converter.
  private static final Parser PARSER = parser(false);
  private static final Parser DOCUMENT_PARSER = parser(true);
  private static final int MAX_OPEN_BLOCKS = 64;
  private static final int MAX_INLINE_NESTING = 32;

  private MarkdownConverter() {}

  private static Parser parser(boolean frontMatter) {
    Parser.Builder builder =
        Parser.builder()
            .customBlockParserFactory(new ContainerParser.Factory())
            .customBlockParserFactory(new PipeTableParser.Factory())
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .maxInlineNesting(MAX_INLINE_NESTING);
    if (frontMatter) {
      builder.extensions(List.of(YamlFrontMatterExtension.create()));
    }
    return builder.build();
  }

  public static RichMessage convert(String markdown) {
    return new RichMessage(blocks(PARSER.parse(markdown)), List.of());
  }

  /**
   * Parses a whole document whose front matter, if any, was already taken off. Callers that need
   * the document's structure (sections, quotes) walk its top-level nodes and convert each with
   * {@link #convert(Node)}.
   */
  public static Document parse(String markdown) {
    return (Document) PARSER.parse(markdown);
  }

  /**
   * Parses a whole document whose first lines may be YAML front matter ({@code ---} ... {@code
   * ---}); that block becomes a {@link YamlFrontMatterBlock} and shows as nothing. Callers that
   * need the document's structure (sections, quotes) walk its top-level nodes and convert each with
   * {@link #convert(Node)}.
   */
  public static Document parseDocument(String markdown) {
    return (Document) DOCUMENT_PARSER.parse(markdown);
  }

  /** The blocks one parsed node shows as (none, one, or more when images follow a paragraph). */
  public static List<Block> convert(Node node) {
    List<Block> out = new ArrayList<>();
    convert(node, out);
    return out;
  }

  private static List<Block> blocks(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      convert(n, out);
    }
    return out;
  }

  private static void convert(Node node, List<Block> out) {
    if (node instanceof YamlFrontMatterBlock) {
      return; // metadata, not content
    } else if (node instanceof Heading h) {
      InlineCollector inline = InlineCollector.collect(h);
      addIfNotBlank(new Block.Heading(h.getLevel(), inline.spans()), inline.spans(), out);
      out.addAll(inline.images());
    } else if (node instanceof Paragraph p) {
      InlineCollector inline = InlineCollector.collect(p);
      addIfNotBlank(new Block.Paragraph(inline.spans()), inline.spans(), out);
      out.addAll(inline.images());
    } else if (node instanceof BulletList list) {
      out.add(new Block.ListBlock(false, 1, items(list)));
    } else if (node instanceof OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      out.add(new Block.ListBlock(true, start == null ? 1 : start, items(list)));
    } else if (node instanceof BlockQuote quote) {
      List<Block> inner = blocks(quote);
      if (!inner.isEmpty()) {
        out.add(new Block.Quote(inner));
      }
    } else if (node instanceof FencedCodeBlock code) {
      out.add(
          new Block.CodeBlock(language(code.getInfo()), withoutFinalNewlines(code.getLiteral())));
    } else if (node instanceof IndentedCodeBlock code) {
      out.add(new Block.CodeBlock("", withoutFinalNewlines(code.getLiteral())));
    } else if (node instanceof ThematicBreak) {
      out.add(new Block.Divider());
    } else if (node instanceof HtmlBlock html) {
      String text = HtmlText.strip(html.getLiteral()).replaceAll("\\s+", " ").strip();
      if (!text.isEmpty()) {
        out.add(new Block.Paragraph(List.of(Span.text(text))));
      }
    } else if (node instanceof Container container) {
      out.addAll(callout(container));
    } else if (node instanceof PipeTable table) {
      out.add(TableText.of(table));
    } else if (!(node instanceof LinkReferenceDefinition)) {
      out.addAll(blocks(node)); // an unknown container: keep what it holds
    }
  }

  private static List<Block> callout(Container container) {
    List<Block> inner = blocks(container);
    if (container.label().isEmpty()) {
      return inner; // a container that only arranges content: keep what it holds
    }
    List<Block> quoted = new ArrayList<>();
    quoted.add(new Block.Paragraph(List.of(Span.bold(container.label().get()))));
    quoted.addAll(inner);
    return List.of(new Block.Quote(quoted));
  }

  private static List<List<Block>> items(org.commonmark.node.ListBlock list) {
    List<List<Block>> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ListItem) {
        items.add(blocks(n));
      }
    }
    return items;
  }

  private static void addIfNotBlank(Block block, List<Span> spans, List<Block> out) {
    if (!FlatText.isBlank(spans)) {
      out.add(block);
    }
  }

  /** The language is the info string's first word ({@code ```java title="x"} is Java). */
  private static String language(String info) {
    String trimmed = info == null ? "" : info.strip();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  private static String withoutFinalNewlines(String code) {
    int end = code.length();
    while (end > 0 && code.charAt(end - 1) == '\n') {
      end--;
    }
    return code.substring(0, end);
  }
}
