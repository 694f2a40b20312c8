package dev.jabu.core.recap;

import java.util.List;

/**
 * A recap as parsed: its title, front matter, sections in order (the introduction first when there
 * is one), and the key lines people said (the block quotes), for the summary.
 */
public record RecapDocument(
    String title, FrontMatter meta, List<RecapSection> sections, List<String> quotes) {
  public RecapDocument {
    sections = List.copyOf(sections);
    quotes = List.copyOf(quotes);
  }

  /** The sections under a heading, without the introduction. */
  public List<RecapSection> titledSections() {
    return sections.stream().filter(s -> !s.isIntroduction()).toList();
  }
}
