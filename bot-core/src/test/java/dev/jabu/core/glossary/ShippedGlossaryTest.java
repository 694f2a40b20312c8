package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped glossary as content: big enough for what a meetup asks about, and every tool placed
 * in a role with a secure link to its project when it has one.
 */
class ShippedGlossaryTest {
  private static final Path SHIPPED = Path.of("../config/glossary");

  @Test
  void atLeastSixHundredEntries() throws Exception {
    assertThat(GlossaryLoader.load(SHIPPED).entries()).hasSizeGreaterThanOrEqualTo(600);
  }

  @Test
  void everyToolPlaysARoleAndLinksOverHttps() throws Exception {
    for (GlossaryEntry entry : GlossaryLoader.load(SHIPPED).entries()) {
      if (entry.category() == Category.TOOL) {
        assertThat(entry.isA()).as("roles of %s", entry.id()).isNotEmpty();
        entry
            .link()
            .ifPresent(l -> assertThat(l).as("link of %s", entry.id()).startsWith("https://"));
      }
    }
  }
}
