package dev.jabu.core.glossary;

/** One thing wrong in the glossary files, named by file, entry and field. */
public record GlossaryProblem(String file, String where, String problem) {
  @Override
  public String toString() {
    return file + ": " + where + ": " + problem;
  }
}
