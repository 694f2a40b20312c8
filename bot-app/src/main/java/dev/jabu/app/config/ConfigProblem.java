package dev.jabu.app.config;

/** One thing wrong with the configuration: where, what, and how to fix it. */
public record ConfigProblem(String path, String problem, String fix) {
  @Override
  public String toString() {
    return path + ": " + problem + (fix.isEmpty() ? "" : "\n      fix: " + fix);
  }
}
