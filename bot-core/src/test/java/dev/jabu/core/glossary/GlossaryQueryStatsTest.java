package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers never wait on the database: what was asked is written in batches. */
class GlossaryQueryStatsTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));

  @Test
  void askingWritesNothingUntilABatchIsFlushedInOneTransaction() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      CountingStore store = new CountingStore(new JdbcGlossaryStore(database));
      GlossaryService service =
          new GlossaryService(GlossaryFixture.glossary().entries(), store, clock);
      for (int i = 0; i < 500; i++) {
        service.ask("k8s");
      }
      service.ask("no such thing at all");
      assertThat(store.batches).isEmpty();

      assertThat(service.mostAsked(5)).containsExactly(new GlossaryStore.Count("kubernetes", 500));
      assertThat(store.batches).containsExactly(501);
      assertThat(service.notFound(5)).extracting(GlossaryStore.Count::times).containsExactly(1L);
      assertThat(store.batches).as("nothing new, nothing written").containsExactly(501);
      service.close();
    }
  }

  @Test
  void closingWritesWhatIsStillInMemory() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      GlossaryService first =
          new GlossaryService(
              GlossaryFixture.glossary().entries(), new JdbcGlossaryStore(database), clock);
      first.ask("DevOps");
      first.ask("DevOps");
      first.close();

      GlossaryService next =
          new GlossaryService(
              GlossaryFixture.glossary().entries(), new JdbcGlossaryStore(database), clock);
      assertThat(next.mostAsked(5)).containsExactly(new GlossaryStore.Count("devops", 2));
      next.close();
    }
  }

  /** The real store, counting the rows of each batch it is given. */
  private static final class CountingStore implements GlossaryStore {
    final List<Integer> batches = new ArrayList<>();
    private final GlossaryStore real;

    CountingStore(GlossaryStore real) {
      this.real = real;
    }

    @Override
    public void recordQueries(List<AskedQuery> queries) {
      batches.add(queries.size());
      real.recordQueries(queries);
    }

    @Override
    public List<String> entryBodies() {
      return real.entryBodies();
    }

    @Override
    public void saveEntry(String id, String body, String approvedBy, Instant at) {
      real.saveEntry(id, body, approvedBy, at);
    }

    @Override
    public String entriesVersion() {
      return real.entriesVersion();
    }

    @Override
    public long suggest(
        UserRef proposer, Locale locale, Optional<String> targetId, String body, Instant at) {
      return real.suggest(proposer, locale, targetId, body, at);
    }

    @Override
    public List<Suggestion> pending() {
      return real.pending();
    }

    @Override
    public Optional<Suggestion> suggestion(long id) {
      return real.suggestion(id);
    }

    @Override
    public boolean decide(
        long id, Suggestion.Status status, String moderator, String reason, Instant at) {
      return real.decide(id, status, moderator, reason, at);
    }

    @Override
    public List<Count> mostAsked(int limit) {
      return real.mostAsked(limit);
    }

    @Override
    public List<Count> notFound(int limit) {
      return real.notFound(limit);
    }
  }
}
