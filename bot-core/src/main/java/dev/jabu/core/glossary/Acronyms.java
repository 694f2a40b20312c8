package dev.jabu.core.glossary;

/**
 * Acronyms are names, not words: "RPA" one letter away from "RPO" is another thing, not a typo, so
 * the typo search neither starts from an acronym nor ends at one when the query is short.
 */
final class Acronyms {
  /** Queries of at most this many keystrokes are never corrected into an acronym. */
  static final int LONGEST = 5;

  private Acronyms() {}

  /** SLO, MTTR, CI/CD: two to six capitals (digits and separators allowed), no lower case. */
  static boolean isAcronym(String name) {
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitals++;
      } else if (!(c >= '0' && c <= '9') && "/&-. ".indexOf(c) < 0) {
        return false;
      }
    }
    return capitals >= 2 && capitals <= 6;
  }

  /** What a member typed in capitals, like "RPA" or "SLB", is meant as an acronym. */
  static boolean typedAsAcronym(String typed) {
    return isAcronym(typed);
  }
}
