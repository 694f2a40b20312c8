package dev.jabu.core.glossary;

/**
 * How a query found an entry.
 *
 * @param matchedName the entry's name, Korean name or alias that matched
 * @param distance edits between the query and that name (0 unless fuzzy)
 */
public record GlossaryMatch(GlossaryEntry entry, How how, String matchedName, int distance) {
  public enum How {
    /** The query is the entry's name or Korean name. */
    NAME,
    /** The query is one of its aliases. */
    ALIAS,
    /** Only initial consonants were typed (ㄷㅂㅇㅅ). */
    CHOSEONG,
    /** Korean typed with the keyboard in English (epqmdhqtm). */
    KEYBOARD,
    /** A typo within the allowed edits, counted over jamo. */
    TYPO,
    /** No name matched; the question describes this entry's definition well enough. */
    DESCRIPTION
  }
}
