package dev.jabu.app.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in the configuration at once, so the operator fixes them in one pass. */
public final class ConfigException extends Exception {
  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    String heading =
        problems.size() == 1
            ? "jabu: the configuration has 1 problem:"
            : "jabu: the configuration has " + problems.size() + " problems:";
    return problems.stream()
        .map(p -> "  - " + p)
        .collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
