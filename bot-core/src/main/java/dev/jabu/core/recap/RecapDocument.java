package dev.jabu.core.recap;

import dev.jabu.core.message.Block;
import java.util.List;

/**
 * A recap as parsed, in the shape the document has: its title, front matter, the images that stood
 * before the title ({@code cover}), what stands between the title and the first part ({@code
 * preamble}: the facts of date, place and agenda, an introduction), the parts in order, and the key
 * lines people said (the block quotes), for the summary. The cover and the preamble belong in the
 * parent post; each part becomes its own reply.
 */
public record RecapDocument(
    String title,
    FrontMatter meta,
    List<Block> cover,
    List<Block> preamble,
    List<RecapSection> sections,
    List<String> quotes) {
  public RecapDocument {
    cover = List.copyOf(cover);
    preamble = List.copyOf(preamble);
    sections = List.copyOf(sections);
    quotes = List.copyOf(quotes);
  }

  /** The parts under a heading; a document without part headings has one untitled part. */
  public List<RecapSection> titledSections() {
    return sections.stream().filter(s -> !s.isIntroduction()).toList();
  }
}
