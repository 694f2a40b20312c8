package dev.jabu.core.glossary;

import dev.jabu.core.Feature;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small test glossary in {@code src/test/resources/glossary-fixture}. */
final class GlossaryFixture {
  private GlossaryFixture() {}

  static Path folder() {
    try {
      return Path.of(GlossaryFixture.class.getResource("/glossary-fixture").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Glossary glossary() {
    try {
      return GlossaryLoader.load(folder());
    } catch (GlossaryException e) {
      throw new IllegalStateException(e);
    }
  }

  /** /term and /glossary on the small test glossary, as a feature of a fake platform. */
  static Feature feature() {
    return services -> {
      try {
        return new GlossaryCommands(
            new GlossaryService(
                glossary().entries(), new JdbcGlossaryStore(services.database()), services.clock()),
            services.outbox(),
            services.recipients());
      } catch (GlossaryException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
