package dev.jabu.core.glossary;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a glossary question: what was asked, the entries that answer it, and, when nothing
 * answers it well enough, up to five ranked guesses.
 *
 * @param term the subject pulled out of the question ("DevSecOps란?" → DevSecOps), or the question
 * @param matches the entries answering it: one for a definition, its alternatives or a role's
 *     tools, two for a comparison; empty when nothing was found
 */
public record SearchResult(
    Intent intent, String term, List<GlossaryMatch> matches, List<GlossaryEntry> didYouMean) {

  /** What the member asked for. */
  public enum Intent {
    /** What one term is. */
    DEFINE,
    /** Two terms side by side: "Prometheus vs Datadog", "도커랑 포드맨 차이". */
    COMPARE,
    /** Other tools for the same need: "Ansible 말고", "alternatives to Jenkins". */
    ALTERNATIVES,
    /** The tools that play a role: "로그 수집 도구 추천해줘", "tools for load testing". */
    TOOLS_FOR_ROLE,
    /** Nothing answers it well enough. */
    NOT_FOUND
  }

  public SearchResult {
    matches = List.copyOf(matches);
    didYouMean = List.copyOf(didYouMean);
  }

  static SearchResult of(Intent intent, String term, List<GlossaryMatch> matches) {
    return new SearchResult(intent, term, matches, List.of());
  }

  static SearchResult notFound(String term, List<GlossaryEntry> guesses) {
    return new SearchResult(Intent.NOT_FOUND, term, List.of(), guesses);
  }

  /** The entry that answers the question, the first of a comparison. */
  public Optional<GlossaryMatch> best() {
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  public boolean found() {
    return !matches.isEmpty();
  }
}
