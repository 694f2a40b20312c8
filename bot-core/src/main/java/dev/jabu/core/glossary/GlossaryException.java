package dev.jabu.core.glossary;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in the glossary files at once. */
public final class GlossaryException extends Exception {
  private final List<GlossaryProblem> problems;

  public GlossaryException(List<GlossaryProblem> problems) {
    super(
        problems.stream()
            .map(p -> "  - " + p)
            .collect(
                Collectors.joining(
                    "\n", "the glossary has " + problems.size() + " problem(s):\n", "")));
    this.problems = List.copyOf(problems);
  }

  public List<GlossaryProblem> problems() {
    return problems;
  }
}
