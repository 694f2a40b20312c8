package dev.jabu.core.glossary;

import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The living glossary: the reviewed files overlaid by entries approved in chat, searchable through
 * an index that is rebuilt whole (never edited in place) when an approval changes it — on this
 * instance at once, on other instances sharing the database within {@link #RECHECK_EVERY}.
 */
public final class GlossaryService implements AutoCloseable {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(GlossaryService.class);

  /** Queries longer than this are cut before searching: no term is that long. */
  public static final int MAX_QUERY = 100;

  /** How often a lookup checks whether another instance approved an entry. */
  public static final Duration RECHECK_EVERY = Duration.ofSeconds(30);

  private final List<GlossaryEntry> fileEntries;
  private final GlossaryStore store;
  private final Clock clock;
  private final AtomicReference<GlossaryIndex> index = new AtomicReference<>();
  private final QueryStats stats;
  private volatile String loadedVersion;
  private volatile Instant checkedAt;

  public GlossaryService(List<GlossaryEntry> fileEntries, GlossaryStore store, Clock clock)
      throws GlossaryException {
    this.fileEntries = List.copyOf(fileEntries);
    this.store = store;
    this.clock = clock;
    this.stats = new QueryStats(store);
    this.loadedVersion = store.entriesVersion();
    this.checkedAt = clock.instant();
    index.set(new GlossaryIndex(combine(List.of())));
  }

  public GlossaryIndex index() {
    return index.get();
  }

  /** Builds the current index's question reader now rather than on the first question. */
  public void warmUp() {
    index.get().warmUp();
  }

  public Glossary glossary() {
    return index.get().glossary();
  }

  /**
   * Searches and remembers what was asked, for {@code /glossary stats}: counted in memory and
   * written in batches, so the answer never waits on the database.
   */
  public SearchResult ask(String query) {
    reloadIfChangedElsewhere();
    String cut = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    SearchResult result = index.get().search(cut);
    String term = TermKey.of(result.term());
    if (!term.isEmpty()) {
      stats.record(clock.instant(), term, result.best().map(m -> m.entry().id()));
    }
    return result;
  }

  /**
   * Up to {@code limit} entries for what has been typed so far, as (label in the member's language,
   * name to search): the same index {@code /term} answers from, for autocomplete on any platform.
   */
  public List<NameChoice> autocomplete(String typed, Locale locale, int limit) {
    String cut = typed.length() > MAX_QUERY ? typed.substring(0, MAX_QUERY) : typed;
    return index.get().autocomplete(cut, limit).stream()
        .map(e -> new NameChoice(e.title(locale), e.name()))
        .toList();
  }

  /** An autocomplete choice: the label shown and the name a pick searches for. */
  public record NameChoice(String label, String name) {}

  /** Writes the query statistics waiting in memory (also done every few seconds and at close). */
  public void flushStats() {
    stats.flush();
  }

  /** Writes the statistics still in memory; call once at shutdown. */
  @Override
  public void close() {
    stats.close();
  }

  /** Files a proposal (in the file format, possibly lacking one language) for review. */
  public long suggest(UserRef proposer, Locale locale, Optional<String> targetId, String body) {
    return store.suggest(proposer, locale, targetId, body, clock.instant());
  }

  public List<Suggestion> pending() {
    return store.pending();
  }

  public Optional<Suggestion> suggestion(long id) {
    return store.suggestion(id);
  }

  /**
   * Stores an approved entry and makes it searchable at once. Fails, changing nothing, when the
   * entry would clash with the glossary (a name another entry owns, a reference to nothing).
   */
  public void approve(Suggestion suggestion, GlossaryEntry entry, String moderator)
      throws GlossaryException {
    Glossary next = combine(List.of(entry));
    if (!store.decide(
        suggestion.id(), Suggestion.Status.APPROVED, moderator, null, clock.instant())) {
      throw new IllegalStateException("suggestion " + suggestion.id() + " is no longer pending");
    }
    store.saveEntry(entry.id(), GlossaryYaml.writeEntry(entry), moderator, clock.instant());
    index.set(new GlossaryIndex(next));
    loadedVersion = store.entriesVersion();
  }

  /**
   * Rebuilds the index when the approved entries changed since it was built: another instance
   * approved one. At most one cheap query per {@link #RECHECK_EVERY}; a glossary that no longer
   * validates (which the approving instance refuses) keeps the current index.
   */
  private void reloadIfChangedElsewhere() {
    Instant now = clock.instant();
    if (Duration.between(checkedAt, now).compareTo(RECHECK_EVERY) < 0) {
      return;
    }
    checkedAt = now;
    String version = store.entriesVersion();
    if (version.equals(loadedVersion)) {
      return;
    }
    try {
      index.set(new GlossaryIndex(combine(List.of())));
      loadedVersion = version;
    } catch (GlossaryException e) {
      log.warn("glossary: entries approved elsewhere do not fit; keeping the current index", e);
    }
  }

  public boolean reject(Suggestion suggestion, String moderator, String reason) {
    return store.decide(
        suggestion.id(), Suggestion.Status.REJECTED, moderator, reason, clock.instant());
  }

  /** Entries approved in chat, in the file format, ready to commit to {@code config/glossary/}. */
  public String export() throws GlossaryException {
    return GlossaryYaml.writeFile(databaseEntries());
  }

  public List<GlossaryStore.Count> mostAsked(int limit) {
    stats.flush();
    return store.mostAsked(limit);
  }

  public List<GlossaryStore.Count> notFound(int limit) {
    stats.flush();
    return store.notFound(limit);
  }

  private List<GlossaryEntry> databaseEntries() throws GlossaryException {
    List<GlossaryEntry> entries = new ArrayList<>();
    for (String body : store.entryBodies()) {
      entries.add(GlossaryYaml.readEntry(body, "database"));
    }
    return entries;
  }

  private Glossary combine(List<GlossaryEntry> extra) throws GlossaryException {
    List<GlossaryEntry> all = new ArrayList<>(fileEntries);
    all.addAll(relabel(databaseEntries()));
    all.addAll(relabel(extra));
    return GlossaryLoader.validate(all, new ArrayList<>());
  }

  private static List<GlossaryEntry> relabel(List<GlossaryEntry> entries) {
    return entries.stream()
        .map(
            e ->
                new GlossaryEntry(
                    e.id(),
                    e.name(),
                    e.ko(),
                    e.aliases(),
                    e.category(),
                    e.isA(),
                    e.alternatives(),
                    e.related(),
                    e.definitionKo(),
                    e.definitionEn(),
                    e.link(),
                    e.added(),
                    "database"))
        .toList();
  }
}
