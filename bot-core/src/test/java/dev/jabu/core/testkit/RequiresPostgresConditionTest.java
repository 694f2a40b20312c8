package dev.jabu.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RequiresPostgresConditionTest {
  @Test
  void the_notice_names_host_and_port_and_how_to_require_the_tests() {
    DatabaseUrl url =
        DatabaseUrl.resolve(
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=s3cret", Path.of("x"));

    assertThat(RequiresPostgresCondition.notice(url))
        .isEqualTo(
            "jabu: PostgreSQL not reachable at 127.0.0.1:5432 — PostgreSQL tests left out"
                + " (set CI=true to require them)");
  }
}
