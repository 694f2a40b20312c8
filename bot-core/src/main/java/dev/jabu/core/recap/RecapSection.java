package dev.jabu.core.recap;

import dev.jabu.core.message.Block;
import java.util.List;
import java.util.Optional;

/**
 * One part of a recap, posted as its own reply: the text under one heading of the document's part
 * level, or, in a document without part headings, its whole body.
 *
 * @param heading the part's heading as written; empty for a body without part headings
 * @param title the heading's plain text, for the outline
 * @param lead the first sentence of the section's first paragraph, shortened; empty when it starts
 *     with something else
 */
public record RecapSection(
    Optional<Block.Heading> heading, String title, List<Block> blocks, Optional<String> lead) {
  public RecapSection {
    blocks = List.copyOf(blocks);
  }

  public boolean isIntroduction() {
    return heading.isEmpty();
  }
}
