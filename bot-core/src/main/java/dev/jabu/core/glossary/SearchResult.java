package dev.jabu.core.glossary;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a glossary query: the best match if one is good enough, otherwise up to five ranked
 * guesses.
 *
 * @param term the term pulled out of the question ("DevSecOps란?" → DevSecOps)
 */
public record SearchResult(
    String term, Optional<GlossaryMatch> best, List<GlossaryEntry> didYouMean) {
  public SearchResult {
    didYouMean = List.copyOf(didYouMean);
  }

  public boolean found() {
    return best.isPresent();
  }
}
