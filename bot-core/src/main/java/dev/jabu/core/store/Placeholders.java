package dev.jabu.core.store;

import java.util.Collections;

/** The {@code ?} marks of a statement whose number of values is known only when it runs. */
public final class Placeholders {
  private Placeholders() {}

  /** {@code ?, ?, ?} for {@code count} values, e.g. inside {@code IN (...)}. */
  public static String marks(int count) {
    return repeated(count, "?");
  }

  /** {@code count} copies of {@code row}, comma-separated: the rows of a multi-row VALUES. */
  public static String repeated(int count, String row) {
    return String.join(", ", Collections.nCopies(count, row));
  }
}
