package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A NUL in a question made PostgreSQL refuse the query statistics (and the whole {@code /term})
 * while SQLite stored it (issue 12): both now answer the same, and store the same.
 */
abstract class CleanQueryContract {
  private final FakePlatform platform =
      FakePlatform.on(open(), CoreSettings.defaults(), List.of(GlossaryFixture.feature()));
  private final Member alice = platform.member("discord:alice");

  protected abstract Database open();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  @Test
  void aNulInAQuestionIsDroppedAndTheQuestionAnswered() {
    String withNul = platform.text(platform.say(alice, "/term k8s\u0000", Locale.ENGLISH));
    String plain = platform.text(platform.say(alice, "/term k8s", Locale.ENGLISH));
    assertThat(withNul).isEqualTo(plain).containsIgnoringCase("kubernetes");
  }
}
