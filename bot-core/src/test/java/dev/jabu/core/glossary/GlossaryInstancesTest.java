package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two instances sharing one database: an entry approved on one is found on the other. */
class GlossaryInstancesTest {
  private static final String ENTRY =
      "id: platform-cake\nname: Platform Cake\nko: 플랫폼 케이크\ncategory: concept\n"
          + "definition:\n  ko: \"팀마다 한 층씩 쌓아 올린 내부 플랫폼을 부르는 농담입니다.\"\n"
          + "  en: \"A joke name for an internal platform that every team adds a layer to.\"\n"
          + "added: 2026-11-23\n";

  @Test
  void anEntryApprovedOnOneInstanceIsFoundOnTheOtherWithinTheRecheckInterval() throws Exception {
    MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
    try (Database database = TempDatabase.sqlite()) {
      GlossaryService here = new GlossaryService(List.of(), new JdbcGlossaryStore(database), clock);
      GlossaryService there =
          new GlossaryService(List.of(), new JdbcGlossaryStore(database), clock);
      long id = here.suggest(UserRef.parse("discord:ann"), Locale.KOREAN, Optional.empty(), ENTRY);
      here.approve(
          here.suggestion(id).orElseThrow(), GlossaryYaml.readEntry(ENTRY, "test"), "discord:mod");

      assertThat(here.ask("platform cake").best()).isPresent();
      assertThat(there.ask("platform cake").best()).isEmpty();
      clock.advance(GlossaryService.RECHECK_EVERY.plus(Duration.ofSeconds(1)));
      assertThat(there.ask("platform cake").best())
          .map(m -> m.entry().id())
          .contains("platform-cake");
    }
  }
}
