package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field's reference vocabulary, the CNCF Cloud Native Glossary's term names ({@code
 * glossary-quality/cncf-terms.tsv}): each one, asked by its name, its abbreviation and its Korean
 * name where the Korean localization has one, is answered with its own entry.
 */
class GlossaryCoverageTest {
  @Test
  void everyReferenceTermIsAnsweredWithItsOwnEntry() throws Exception {
    GlossaryIndex index = new GlossaryIndex(GlossaryLoader.load(Path.of("../config/glossary")));
    List<String> misses = new ArrayList<>();
    int asked = 0;
    int terms = 0;
    try (var in = getClass().getResourceAsStream("/glossary-quality/cncf-terms.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertThat(cells).as("name, abbreviation, Korean name, entry id: %s", line).hasSize(4);
        terms++;
        for (int i = 0; i < 3; i++) {
          if (cells[i].equals("-")) {
            continue;
          }
          asked++;
          SearchResult result = index.search(cells[i]);
          String got = result.best().map(m -> m.entry().id()).orElse("nothing");
          if (result.intent() != SearchResult.Intent.DEFINE || !got.equals(cells[3])) {
            misses.add(cells[i] + " → " + result.intent() + " " + got + ", expected " + cells[3]);
          }
        }
      }
    }
    System.out.printf("jabu glossary coverage: %d reference terms, %d names asked%n", terms, asked);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(terms).isGreaterThanOrEqualTo(85);
    assertThat(misses).isEmpty();
  }
}
