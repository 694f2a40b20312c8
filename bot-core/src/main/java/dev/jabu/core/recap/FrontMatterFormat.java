package dev.jabu.core.recap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two front matter formats blogs use: YAML between {@code ---} lines and TOML between {@code
 * +++} lines (Hugo). Each is read with a real parser; what goes wrong is told with the line in the
 * document, never with the parser's own words about its insides.
 */
enum FrontMatterFormat {
  YAML("---", Pattern.compile("-{3}(\\s.*)?"), Pattern.compile("(-{3}|\\.{3})(\\s.*)?")) {
    @Override
    JsonNode parse(String text, int linesBefore) throws RecapProblem {
      return YamlTree.read(text, linesBefore);
    }
  },
  TOML("+++", Pattern.compile("\\+{3}\\s*"), Pattern.compile("\\+{3}\\s*")) {
    @Override
    JsonNode parse(String text, int linesBefore) throws RecapProblem {
      try {
        JsonNode node = TOML_MAPPER.readTree(text);
        return node == null ? MissingNode.getInstance() : node;
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        throw new RecapProblem("recap.front-matter.broken-toml", linesBefore + line);
      }
    }
  };

  private static final TomlMapper TOML_MAPPER = new TomlMapper();

  private final String fence;
  private final Pattern opening;
  private final Pattern closing;

  FrontMatterFormat(String fence, Pattern opening, Pattern closing) {
    this.fence = fence;
    this.opening = opening;
    this.closing = closing;
  }

  /** The format a document's first non-blank line opens, if it opens one. */
  static Optional<FrontMatterFormat> opening(String line) {
    for (FrontMatterFormat format : values()) {
      if (format.opening.matcher(line).matches()) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  boolean closes(String line) {
    return closing.matcher(line).matches();
  }

  String fence() {
    return fence;
  }

  /**
   * The values of a front matter block.
   *
   * @param linesBefore the document's lines before the block's first line, for error lines
   */
  abstract JsonNode parse(String text, int linesBefore) throws RecapProblem;
}
