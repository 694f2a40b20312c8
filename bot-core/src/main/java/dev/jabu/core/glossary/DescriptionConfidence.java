package dev.jabu.core.glossary;

import java.util.List;
import java.util.Optional;

/**
 * When a ranking of definitions is good enough to answer, or to offer a few guesses. The thresholds
 * were measured on the quality set (descriptions against off-topic lines and unknown acronyms; see
 * docs/glossary.md): an answer needs several words of the question in the entry's text and a clear
 * lead over the next entry.
 */
final class DescriptionConfidence {
  /** How many guesses are offered when no entry is clearly ahead. */
  static final int OFFERED = 3;

  /** Distinct words of the question the entry's text must contain. */
  static final int MIN_MATCHED = 3;

  /** BM25 score below which nothing is offered. */
  static final float MIN_OFFER = 2f;

  /** BM25 score below which nothing is answered. */
  static final float MIN_ANSWER = 4f;

  /**
   * How far ahead of the second entry the first must be to be answered alone: a description shares
   * few words with any definition, so a close second is offered rather than overruled.
   */
  static final float LEAD = 1.5f;

  /**
   * The lead needed over a runner-up linked to the first entry (value stream and value stream
   * mapping, ingress and ingress controller): related entries share their words, so a description
   * tells them apart less surely than it tells strangers apart.
   */
  static final float RELATED_LEAD = 2f;

  /** The lead a role needs when the request already says it wants a role. */
  static final float ROLE_LEAD = 1.15f;

  /**
   * @param linked whether two entries (by index) point at each other as related
   */
  Optional<DefinitionIndex.Hit> confident(
      List<DefinitionIndex.Hit> hits, java.util.function.BiPredicate<Integer, Integer> linked) {
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    DefinitionIndex.Hit first = hits.get(0);
    boolean ahead =
        hits.size() < 2
            || first.score()
                >= (linked.test(first.entry(), hits.get(1).entry()) ? RELATED_LEAD : LEAD)
                    * hits.get(1).score();
    // Each word no definition uses ("친구", "bakery") asks for one more shared word: the line may
    // be about something else that happens to share everyday words with an entry.
    return first.matched() >= MIN_MATCHED + first.unknown() && first.score() >= MIN_ANSWER && ahead
        ? Optional.of(first)
        : Optional.empty();
  }

  /**
   * A role described in a request for tools ("tools for policy as code"): the request already says
   * it wants a role, so two shared words and a lead over the next role are enough.
   */
  Optional<DefinitionIndex.Hit> confidentRole(List<DefinitionIndex.Hit> hits) {
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    DefinitionIndex.Hit first = hits.get(0);
    boolean ahead = hits.size() < 2 || first.score() >= ROLE_LEAD * hits.get(1).score();
    return first.matched() >= MIN_MATCHED - 1 && first.score() >= MIN_OFFER && ahead
        ? Optional.of(first)
        : Optional.empty();
  }

  List<DefinitionIndex.Hit> offered(List<DefinitionIndex.Hit> hits) {
    return hits.stream()
        .filter(h -> h.matched() >= MIN_MATCHED - 1 && h.score() >= MIN_OFFER)
        .limit(OFFERED)
        .toList();
  }
}
