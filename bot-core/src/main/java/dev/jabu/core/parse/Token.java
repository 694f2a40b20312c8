package dev.jabu.core.parse;

import java.util.Locale;
import java.util.Optional;

/**
 * One word of a command line, quotes removed and escapes applied.
 *
 * @param start index of the token's first character in the raw line
 * @param end index just after the token in the raw line
 * @param nameEnd index in {@code text} of the colon ending an unquoted {@code name:} prefix, or -1
 * @param quoted whether any part of the token was quoted (a quoted token is never a {@code --flag})
 */
record Token(String text, int start, int end, int nameEnd, boolean quoted) {

  /** The lower-case {@code name} of a {@code name:value} token. */
  Optional<String> optionName() {
    return nameEnd < 0
        ? Optional.empty()
        : Optional.of(text.substring(0, nameEnd).toLowerCase(Locale.ROOT));
  }

  /** The part after {@code name:}. */
  String optionValue() {
    return text.substring(nameEnd + 1);
  }

  /**
   * {@code --something}, written the way other tools spell options; jabu spells them name:value.
   */
  boolean looksLikeFlag() {
    return !quoted
        && text.length() > 2
        && text.startsWith("--")
        && Character.isLetter(text.charAt(2));
  }
}
