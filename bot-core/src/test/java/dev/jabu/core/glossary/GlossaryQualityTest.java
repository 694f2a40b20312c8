package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped glossary against real-world queries ({@code glossary-quality/queries.tsv}: kind,
 * query, expected entry id). Fails below 90% top-1 overall, below 100% for exact and alias queries,
 * or when fewer than half of the typo, 초성 and keyboard queries are found by the search itself
 * rather than by a stored alias. Prints the hit rate the README quotes.
 */
class GlossaryQualityTest {
  private static final Path SHIPPED = Path.of("../config/glossary");
  private static final Set<String> KINDS =
      Set.of(
          "exact", "alias", "question-ko", "question-en", "typo", "choseong", "keyboard", "role");
  private static final Set<String> FORGIVING = Set.of("typo", "choseong", "keyboard");
  private static final Set<GlossaryMatch.How> BY_SEARCH =
      EnumSet.of(GlossaryMatch.How.TYPO, GlossaryMatch.How.CHOSEONG, GlossaryMatch.How.KEYBOARD);

  record Query(String kind, String text, String expected) {}

  static List<Query> queries() throws IOException {
    List<Query> queries = new ArrayList<>();
    try (var in = GlossaryQualityTest.class.getResourceAsStream("/glossary-quality/queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertThat(cells).as("kind, query, expected id: %s", line).hasSize(3);
        assertThat(KINDS).as("kind in %s", line).contains(cells[0]);
        queries.add(new Query(cells[0], cells[1], cells[2].strip()));
      }
    }
    return queries;
  }

  @Test
  void realWorldQueriesFindTheRightEntry() throws Exception {
    Glossary glossary = GlossaryLoader.load(SHIPPED);
    GlossaryIndex index = new GlossaryIndex(glossary);
    List<Query> queries = queries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(150);

    Map<String, int[]> byKind = new TreeMap<>();
    int hits = 0;
    int forgiving = 0;
    int forgivingBySearch = 0;
    List<String> misses = new ArrayList<>();
    for (Query q : queries) {
      assertThat(glossary.get(q.expected())).as("expected id %s exists", q.expected()).isPresent();
      var best = index.search(q.text()).best();
      boolean hit = best.isPresent() && best.get().entry().id().equals(q.expected());
      int[] tally = byKind.computeIfAbsent(q.kind(), k -> new int[2]);
      tally[1]++;
      if (hit) {
        hits++;
        tally[0]++;
      } else {
        misses.add(
            q.kind()
                + " '"
                + q.text()
                + "' → "
                + best.map(m -> m.entry().id()).orElse("nothing")
                + ", expected "
                + q.expected());
      }
      if (FORGIVING.contains(q.kind())) {
        forgiving++;
        if (hit && BY_SEARCH.contains(best.get().how())) {
          forgivingBySearch++;
        }
      }
    }
    double rate = 100.0 * hits / queries.size();
    System.out.printf(
        Locale.ROOT, "jabu glossary quality: %d/%d top-1 (%.1f%%)%n", hits, queries.size(), rate);
    byKind.forEach(
        (kind, t) -> System.out.printf(Locale.ROOT, "  %-12s %d/%d%n", kind, t[0], t[1]));
    System.out.printf(
        Locale.ROOT,
        "  found by search (not alias) among typo/초성/keyboard: %d/%d%n",
        forgivingBySearch,
        forgiving);
    misses.forEach(m -> System.out.println("  miss: " + m));

    assertThat(rate).as("top-1 overall; misses: %s", misses).isGreaterThanOrEqualTo(90.0);
    for (String kind : List.of("exact", "alias")) {
      int[] t = byKind.getOrDefault(kind, new int[2]);
      assertThat(t[0]).as("%s queries all found; misses: %s", kind, misses).isEqualTo(t[1]);
    }
    assertThat(2 * forgivingBySearch)
        .as("at least half of typo, 초성 and keyboard queries found by the search itself")
        .isGreaterThanOrEqualTo(forgiving);
  }
}
