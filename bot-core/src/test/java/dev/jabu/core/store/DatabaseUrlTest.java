package dev.jabu.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  private static final Path EMBEDDED = Path.of("data", "jabu.db");

  @Test
  void nothing_set_means_the_embedded_sqlite_file() {
    for (String value : new String[] {null, "", "  "}) {
      DatabaseUrl url = DatabaseUrl.resolve(value, EMBEDDED);

      assertThat(url.dialect()).isEqualTo(Dialect.SQLITE);
      assertThat(url.sqliteFile()).contains(EMBEDDED.toAbsolutePath());
      assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:" + EMBEDDED.toAbsolutePath());
    }
  }

  @Test
  void jdbc_urls_are_used_as_they_are() {
    DatabaseUrl postgres =
        DatabaseUrl.resolve("jdbc:postgresql://db:5432/jabu?user=bot&currentSchema=c1", EMBEDDED);
    DatabaseUrl sqlite = DatabaseUrl.resolve("jdbc:sqlite:/var/lib/jabu/x.db", EMBEDDED);

    assertThat(postgres.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(postgres.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db:5432/jabu?user=bot&currentSchema=c1");
    assertThat(postgres.schema()).contains("c1");
    assertThat(sqlite.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(sqlite.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/jabu/x.db");
    assertThat(sqlite.sqliteFile()).contains(Path.of("/var/lib/jabu/x.db"));
  }

  @Test
  void postgres_urls_become_jdbc_with_decoded_credentials() {
    DatabaseUrl url =
        DatabaseUrl.resolve(
            "postgres://jabu%20bot:p%40ss+w%3Ard@db.example:6543/jabu?sslmode=require", EMBEDDED);

    assertThat(url.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/jabu?sslmode=require");
    assertThat(url.user()).contains("jabu bot");
    assertThat(url.credentials().getProperty("password")).isEqualTo("p@ss+w:rd");
    assertThat(DatabaseUrl.resolve("postgresql://u@db/jabu", EMBEDDED).jdbcUrl())
        .isEqualTo("jdbc:postgresql://db/jabu");
  }

  @Test
  void to_string_never_shows_the_password() {
    DatabaseUrl converted = DatabaseUrl.resolve("postgres://bot:s3cret@db/jabu", EMBEDDED);
    DatabaseUrl jdbc =
        DatabaseUrl.resolve(
            "jdbc:postgresql://db/jabu?user=bot&password=s3cret&ssl=true", EMBEDDED);

    assertThat(converted.toString()).doesNotContain("s3cret").contains("bot", "db/jabu", "***");
    assertThat(jdbc.toString()).doesNotContain("s3cret").contains("password=***&ssl=true");
  }

  @Test
  void an_unsupported_url_is_rejected_with_the_accepted_forms_and_no_password() {
    assertThatThrownBy(() -> DatabaseUrl.resolve("mysql://bot:s3cret@db/jabu", EMBEDDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> DatabaseUrl.resolve("postgres://bot:s3cret@db", EMBEDDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("database name")
        .hasMessageNotContaining("s3cret");
  }

  /** An unencoded @ in the password showed the rest of it: postgres://bot:***@ss99@db/jabu. */
  @Test
  void a_password_with_unencoded_special_characters_is_masked_whole() {
    for (String password : new String[] {"Qz7@k99word", "Qz7/k@99word", "Qz7#k?99word"}) {
      assertThatThrownBy(
              () -> DatabaseUrl.resolve("postgres://bot:" + password + "@db:5432/jabu", EMBEDDED))
          .as(password)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("Qz7")
          .hasMessageNotContaining("99word");
    }
  }

  @Test
  void a_schema_can_be_chosen_on_postgres_only() {
    DatabaseUrl url = DatabaseUrl.resolve("jdbc:postgresql://db/jabu", EMBEDDED).withSchema("t_1");

    assertThat(url.schema()).contains("t_1");
    assertThatThrownBy(() -> url.withSchema("x; drop table"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatabaseUrl.embedded(EMBEDDED).withSchema("t_1"))
        .isInstanceOf(IllegalStateException.class);
  }
}
