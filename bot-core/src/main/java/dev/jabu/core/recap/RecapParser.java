package dev.jabu.core.recap;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.MarkdownConverter;
import dev.jabu.core.message.Sentences;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a recap's markdown into a {@link RecapDocument}.
 *
 * <p>The title is the front matter's {@code title}, else a level-1 heading that opens the document
 * (VuePress pages start so); that heading is then not repeated in the body. Sections start at the
 * top-most heading level left (usually {@code ##}); deeper headings stay inside their section.
 * Everything is converted by {@link MarkdownConverter}, so every word stays a text span and raw
 * HTML is reduced to its words. Thread-safe.
 */
public final class RecapParser {
  /** Lead sentences and quoted lines in the summary are kept short. */
  static final int LEAD_MAX_CHARS = 160;

  static final int QUOTE_MAX_CHARS = 200;

  private RecapParser() {}

  /**
   * @throws RecapProblem when the front matter is broken, there is no title, or nothing but a title
   */
  public static RecapDocument parse(String markdown) throws RecapProblem {
    FrontMatter meta = FrontMatter.read(markdown);
    List<Node> nodes = new ArrayList<>();
    for (Node n = MarkdownConverter.parseDocument(markdown).getFirstChild(); n != null; ) {
      Node next = n.getNext();
      if (!(n instanceof YamlFrontMatterBlock)) {
        nodes.add(n);
      }
      n = next;
    }
    Optional<String> title = meta.title();
    if (!nodes.isEmpty() && nodes.get(0) instanceof Heading h && h.getLevel() == 1) {
      String heading = plain(MarkdownConverter.convert(h));
      if (title.isEmpty() || title.get().equals(heading)) {
        title = Optional.of(heading).filter(t -> !t.isBlank());
        nodes.remove(0);
      }
    }
    if (title.isEmpty()) {
      throw new RecapProblem("recap.no-title");
    }
    List<RecapSection> sections = sections(nodes);
    if (sections.stream().allMatch(s -> s.blocks().isEmpty() && s.isIntroduction())) {
      throw new RecapProblem("recap.empty");
    }
    return new RecapDocument(title.get(), meta, sections, quotes(nodes));
  }

  private static List<RecapSection> sections(List<Node> nodes) {
    int level =
        nodes.stream()
            .filter(n -> n instanceof Heading)
            .mapToInt(n -> ((Heading) n).getLevel())
            .min()
            .orElse(Integer.MAX_VALUE);
    List<RecapSection> sections = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    Heading heading = null;
    for (Node node : nodes) {
      if (node instanceof Heading h && h.getLevel() == level) {
        addSection(sections, heading, current);
        heading = h;
        current = new ArrayList<>();
      } else {
        current.add(node);
      }
    }
    addSection(sections, heading, current);
    return sections;
  }

  private static void addSection(List<RecapSection> sections, Heading heading, List<Node> body) {
    List<Block> blocks = new ArrayList<>();
    body.forEach(n -> blocks.addAll(MarkdownConverter.convert(n)));
    if (heading == null && blocks.isEmpty()) {
      return; // no introduction
    }
    Optional<Block.Heading> converted =
        heading == null
            ? Optional.empty()
            : MarkdownConverter.convert(heading).stream()
                .filter(b -> b instanceof Block.Heading)
                .map(b -> (Block.Heading) b)
                .findFirst();
    if (heading != null && converted.isEmpty()) {
      // a heading with no words (e.g. only an image): its images still belong to the section
      blocks.addAll(0, MarkdownConverter.convert(heading));
    }
    String title = converted.map(h -> plain(List.of(h))).orElse("");
    Optional<String> lead =
        body.stream()
            .filter(n -> n instanceof Paragraph)
            .findFirst()
            .map(p -> plain(MarkdownConverter.convert(p)))
            .map(Sentences::first)
            .filter(s -> !s.isBlank())
            .map(s -> Sentences.shorten(s, LEAD_MAX_CHARS));
    sections.add(new RecapSection(converted, title, blocks, lead));
  }

  /** The first paragraph of each top-level block quote: what people said, in their words. */
  private static List<String> quotes(List<Node> nodes) {
    List<String> quotes = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof BlockQuote quote) {
        for (Node n = quote.getFirstChild(); n != null; n = n.getNext()) {
          if (n instanceof Paragraph) {
            String text = plain(MarkdownConverter.convert(n)).strip();
            if (!text.isEmpty()) {
              quotes.add(Sentences.shorten(text.replaceAll("\\s+", " "), QUOTE_MAX_CHARS));
            }
            break;
          }
        }
      }
    }
    return quotes;
  }

  /** The words of text blocks (headings, paragraphs), links shown as their text. */
  private static String plain(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      List<Span> spans =
          block instanceof Block.Heading h
              ? h.spans()
              : block instanceof Block.Paragraph p ? p.spans() : List.of();
      for (Span span : spans) {
        b.append(span instanceof Span.Link link ? link.text() : span.plain());
      }
    }
    return b.toString().strip();
  }
}
