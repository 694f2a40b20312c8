package dev.jabu.core.parse;

/** Writes command lines the parser reads back exactly: what a form or a button turns into. */
public final class CommandLines {
  private CommandLines() {}

  /** A value in double quotes; a backslash escapes a quote or a backslash inside. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
