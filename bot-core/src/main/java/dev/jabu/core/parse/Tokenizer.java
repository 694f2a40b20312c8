package dev.jabu.core.parse;

import java.util.Optional;

/**
 * Reads a command line token by token. Whitespace separates tokens; a double or single quote at the
 * start of a token (or right after {@code name:}) groups words until the matching quote, with
 * backslash escapes inside. A quote inside a word ({@code what's}) is just a letter. The caller can
 * take the raw rest of the line at any point, so free text after the options is never tokenized.
 */
final class Tokenizer {
  /** One token: its text with quotes removed, and {@code name} when written {@code name:value}. */
  record Token(String text, Optional<String> name, String value, int start) {}

  static final class UnterminatedQuote extends Exception {
    UnterminatedQuote() {
      super(null, null, false, false);
    }
  }

  private final String line;
  private int position;

  Tokenizer(String line) {
    this.line = line;
  }

  Optional<Token> next() throws UnterminatedQuote {
    skipSpace();
    if (position >= line.length()) {
      return Optional.empty();
    }
    int start = position;
    String name = null;
    int nameEnd = optionNameEnd();
    if (nameEnd > 0) {
      name = line.substring(position, nameEnd);
      position = nameEnd + 1;
    }
    StringBuilder text = new StringBuilder();
    if (position < line.length() && isQuote(line.charAt(position))) {
      readQuoted(text);
    }
    while (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
      text.append(line.charAt(position++));
    }
    String value = text.toString();
    String whole = name == null ? value : line.substring(start, position);
    return Optional.of(new Token(whole, Optional.ofNullable(name), value, start));
  }

  /** The rest of the line from {@code start}, trimmed; one quoted group loses its quotes. */
  String restFrom(int start) {
    String rest = line.substring(start).strip();
    char open = rest.isEmpty() ? 0 : rest.charAt(0);
    char close = open == '“' ? '”' : open;
    if (rest.length() >= 2
        && isQuote(open)
        && rest.charAt(rest.length() - 1) == close
        && rest.indexOf(close, 1) == rest.length() - 1) {
      return rest.substring(1, rest.length() - 1);
    }
    return rest;
  }

  private void skipSpace() {
    while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
      position++;
    }
  }

  /** Where {@code name} ends in {@code name:value} (a lower-case word and a colon), or -1. */
  private int optionNameEnd() {
    int i = position;
    if (i >= line.length() || line.charAt(i) < 'a' || line.charAt(i) > 'z') {
      return -1;
    }
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ':') {
        return i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1)) ? i : -1;
      }
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private void readQuoted(StringBuilder text) throws UnterminatedQuote {
    char open = line.charAt(position++);
    char close = open == '“' ? '”' : open;
    while (position < line.length()) {
      char c = line.charAt(position++);
      if (c == '\\' && position < line.length()) {
        text.append(line.charAt(position++));
      } else if (c == close) {
        return;
      } else {
        text.append(c);
      }
    }
    throw new UnterminatedQuote();
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“';
  }
}
