package dev.jabu.core.testkit;

import dev.jabu.core.store.DatabaseUrl;
import dev.jabu.core.store.Dialect;
import java.nio.file.Path;

/** The PostgreSQL the tests use: {@code JABU_TEST_POSTGRES_URL}, or the local one. */
public final class TestPostgres {
  public static final String ENV = "JABU_TEST_POSTGRES_URL";
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private TestPostgres() {}

  public static DatabaseUrl url() {
    String configured = System.getenv(ENV);
    String value = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
    DatabaseUrl url = DatabaseUrl.resolve(value, Path.of("unused"));
    if (url.dialect() != Dialect.POSTGRESQL) {
      throw new IllegalStateException(ENV + " must point to PostgreSQL, got " + url);
    }
    return url;
  }
}
