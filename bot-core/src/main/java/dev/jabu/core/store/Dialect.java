package dev.jabu.core.store;

import java.util.Locale;

/** The databases jabu runs on: an embedded SQLite file, or PostgreSQL for several instances. */
public enum Dialect {
  SQLITE,
  POSTGRESQL;

  /** Where this dialect's Flyway migrations live; both folders hold the same versions. */
  public String migrationLocation() {
    return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
  }
}
