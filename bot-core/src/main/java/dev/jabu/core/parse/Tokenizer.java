package dev.jabu.core.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command line one token at a time, so the parser can stop and take the raw rest of the
 * line for an option that wants it (whose text then never needs balanced quotes).
 *
 * <p>Tokens are split on whitespace. A double or single quote groups words, but only where a token
 * starts or right after its {@code name:} prefix: a quote inside a word is literal, so {@code
 * what's} and {@code 5"} need no escaping. Inside quotes a backslash escapes either quote or a
 * backslash; any other backslash is kept, so Windows paths survive.
 */
final class Tokenizer {
  private static final Pattern NAME_PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9-]*):");

  private final String line;
  private int pos;

  Tokenizer(String line) {
    this.line = line;
  }

  /** Thrown for a quote that is never closed. */
  static final class UnterminatedQuoteException extends Exception {
    private final int position;

    UnterminatedQuoteException(int position) {
      super("unterminated quote at " + position, null, false, false);
      this.position = position;
    }

    /** Index of the opening quote in the raw line. */
    int position() {
      return position;
    }
  }

  String line() {
    return line;
  }

  /** Whether anything but whitespace is left. */
  boolean hasMore() {
    skipWhitespace();
    return pos < line.length();
  }

  /** The unquoted {@code name} of a {@code name:} prefix at the next token, lower-case or empty. */
  Optional<String> peekOptionName() {
    skipWhitespace();
    Matcher m = NAME_PREFIX.matcher(line).region(pos, line.length());
    return m.lookingAt() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  Optional<Token> next() throws UnterminatedQuoteException {
    skipWhitespace();
    if (pos >= line.length()) {
      return Optional.empty();
    }
    int start = pos;
    StringBuilder text = new StringBuilder();
    int nameEnd = -1;
    boolean quoted = false;
    boolean quoteMayOpen = true;
    while (pos < line.length() && !isSpace(line.charAt(pos))) {
      char c = line.charAt(pos);
      if (quoteMayOpen && isQuote(c)) {
        readQuoted(c, text);
        quoted = true;
        quoteMayOpen = false;
        continue;
      }
      quoteMayOpen = false;
      if (c == ':'
          && nameEnd < 0
          && !quoted
          && NAME_PREFIX.matcher(line).region(start, pos + 1).matches()) {
        nameEnd = text.length();
        quoteMayOpen = true;
      }
      text.append(c);
      pos++;
    }
    return Optional.of(new Token(text.toString(), start, pos, nameEnd, quoted));
  }

  /** The raw, trimmed text from the next token to the end; nothing is left afterwards. */
  String takeRest() {
    return takeRestSkipping(0);
  }

  /** Like {@link #takeRest()}, dropping the next token's first {@code skip} characters. */
  String takeRestSkipping(int skip) {
    skipWhitespace();
    String rest = line.substring(Math.min(line.length(), pos + skip)).strip();
    pos = line.length();
    return rest;
  }

  /**
   * A rest-of-line value: the raw text, except that text which is exactly one quoted string (such
   * as {@code "bringing a friend"}) loses its quotes. Anything else, unbalanced quotes included, is
   * kept as typed.
   */
  static String restValue(String raw) {
    if (raw.length() < 2 || !isQuote(raw.charAt(0))) {
      return raw;
    }
    Tokenizer whole = new Tokenizer(raw);
    StringBuilder text = new StringBuilder();
    try {
      whole.readQuoted(raw.charAt(0), text);
    } catch (UnterminatedQuoteException e) {
      return raw;
    }
    return whole.pos == raw.length() ? text.toString() : raw;
  }

  private void readQuoted(char quote, StringBuilder text) throws UnterminatedQuoteException {
    int open = pos;
    pos++;
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == quote) {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < line.length() && isEscapable(line.charAt(pos + 1))) {
        text.append(line.charAt(pos + 1));
        pos += 2;
        continue;
      }
      text.append(c);
      pos++;
    }
    throw new UnterminatedQuoteException(open);
  }

  private void skipWhitespace() {
    while (pos < line.length() && isSpace(line.charAt(pos))) {
      pos++;
    }
  }

  /** Whitespace including no-break and ideographic spaces, which chat clients do send. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean isEscapable(char c) {
    return isQuote(c) || c == '\\';
  }
}
