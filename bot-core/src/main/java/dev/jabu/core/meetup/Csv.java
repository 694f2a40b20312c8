package dev.jabu.core.meetup;

/** One CSV cell, quoted when needed, and never a spreadsheet formula. */
final class Csv {
  private Csv() {}

  static String cell(String value) {
    String safe = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    if (safe.matches(".*[\",\n\r].*")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
