package dev.jabu.core.recap;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.MarkdownConverter;
import dev.jabu.core.message.Sentences;
import dev.jabu.core.message.Span;
import dev.jabu.core.text.CleanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a recap's markdown, as blogs write it (VuePress, VitePress, Hugo, Jekyll, Docusaurus), into
 * a {@link RecapDocument} that follows the document's shape.
 *
 * <p><b>Title:</b> the front matter's {@code title}; else the first level-1 heading, wherever it
 * stands (blog posts often open with images, badges or comments); else the front matter's {@code
 * description}; else the document's file name; else its first heading of any level. A post with a
 * heading is never refused for want of a title.
 *
 * <p><b>Shape:</b> the title heading is the document's own first-level heading: the one that says
 * the title, or the only one there is. Images before it become the parent post's cover, and what
 * stands between it and the first part (the facts list, an introduction) stays in the parent post.
 * The parts are cut at the top-most heading level left, so a post with one H1 and H2 sections is
 * cut at its H2s; deeper headings stay inside their part. Every word stays a text span (see {@link
 * MarkdownConverter}). Thread-safe.
 */
public final class RecapParser {
  /** Lead sentences and quoted lines in the summary are kept short. */
  static final int LEAD_MAX_CHARS = 160;

  static final int QUOTE_MAX_CHARS = 200;

  private RecapParser() {}

  /** A recap with no file name to fall back on (pasted text). */
  public static RecapDocument parse(String markdown) throws RecapProblem {
    return parse(markdown, Optional.empty());
  }

  /**
   * @param documentName the file name, the title when the text names none
   * @throws RecapProblem when the front matter is broken, there is no title, or nothing but a title
   */
  public static RecapDocument parse(String markdown, Optional<String> documentName)
      throws RecapProblem {
    // A file or a page is member text too, but it does not come through the engine's cleaning.
    FrontMatter.Split split = FrontMatter.split(CleanText.input(markdown));
    FrontMatter meta = split.meta();
    List<Node> nodes = new ArrayList<>();
    for (Node n = MarkdownConverter.parse(HugoShortcodes.rewrite(split.body())).getFirstChild();
        n != null;
        n = n.getNext()) {
      nodes.add(n);
    }
    int titleAt = titleHeading(nodes, meta.title());
    List<Block> cover = new ArrayList<>();
    List<Block> preamble = new ArrayList<>();
    List<Node> body = nodes;
    Optional<String> headingTitle = Optional.empty();
    if (titleAt >= 0) {
      for (Node before : nodes.subList(0, titleAt)) {
        for (Block block : MarkdownConverter.convert(before)) {
          (block instanceof Block.Image ? cover : preamble).add(block);
        }
      }
      List<Block> heading = MarkdownConverter.convert(nodes.get(titleAt));
      headingTitle = Optional.of(plain(heading)).filter(t -> !t.isBlank());
      if (meta.title().isPresent() && !meta.title().equals(headingTitle)) {
        preamble.addAll(heading); // its own words differ from the title: keep them
      } else {
        heading.stream().filter(b -> b instanceof Block.Image).forEach(cover::add);
      }
      body = nodes.subList(titleAt + 1, nodes.size());
    }
    Optional<String> fromHeading = headingTitle;
    String title =
        meta.title()
            .or(() -> fromHeading)
            .or(meta::description)
            .or(() -> documentName)
            .or(() -> firstHeading(nodes))
            .orElseThrow(() -> new RecapProblem("recap.no-title"));
    int level = partLevel(body);
    int firstPart = 0;
    while (firstPart < body.size() && !isPartHeading(body.get(firstPart), level)) {
      firstPart++;
    }
    List<RecapSection> sections;
    if (firstPart == body.size()) {
      // no part headings: the body is one part, so the parent post stays short
      sections = new ArrayList<>();
      addSection(sections, null, body);
    } else {
      body.subList(0, firstPart).forEach(n -> preamble.addAll(MarkdownConverter.convert(n)));
      sections = sections(body.subList(firstPart, body.size()), level);
    }
    if (preamble.isEmpty() && sections.stream().allMatch(s -> s.blocks().isEmpty())) {
      throw new RecapProblem("recap.empty");
    }
    return new RecapDocument(title, meta, cover, preamble, sections, quotes(body));
  }

  /**
   * Where the title heading stands, or -1: the level-1 heading that says the front matter's title,
   * else the only level-1 heading; without a front matter title, the first level-1 heading.
   */
  private static int titleHeading(List<Node> nodes, Optional<String> metaTitle) {
    List<Integer> h1 = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Heading h && h.getLevel() == 1) {
        h1.add(i);
      }
    }
    if (h1.isEmpty()) {
      return -1;
    }
    if (metaTitle.isEmpty() || h1.size() == 1) {
      return h1.get(0);
    }
    for (int i : h1) {
      if (metaTitle.get().equals(plain(MarkdownConverter.convert(nodes.get(i))))) {
        return i;
      }
    }
    return -1; // several first-level headings, none the title: they are the parts
  }

  private static Optional<String> firstHeading(List<Node> nodes) {
    return nodes.stream()
        .filter(n -> n instanceof Heading)
        .map(n -> plain(MarkdownConverter.convert(n)))
        .filter(t -> !t.isBlank())
        .findFirst();
  }

  private static int partLevel(List<Node> body) {
    return body.stream()
        .filter(n -> n instanceof Heading)
        .mapToInt(n -> ((Heading) n).getLevel())
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  private static boolean isPartHeading(Node node, int level) {
    return node instanceof Heading h && h.getLevel() == level;
  }

  /** The parts of {@code nodes}, which starts with a part heading. */
  private static List<RecapSection> sections(List<Node> nodes, int level) {
    List<RecapSection> sections = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    Heading heading = null;
    for (Node node : nodes) {
      if (isPartHeading(node, level)) {
        if (heading != null) {
          addSection(sections, heading, current);
        }
        heading = (Heading) node;
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
      return;
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
            .map(p -> plain(MarkdownConverter.convert(p)))
            .filter(s -> !s.isBlank())
            .findFirst()
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
