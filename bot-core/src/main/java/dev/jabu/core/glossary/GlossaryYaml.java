package dev.jabu.core.glossary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary file format, both ways. Entries approved in chat are stored in it too, so {@code
 * /glossary export} writes exactly what a reviewer would commit to {@code config/glossary/}.
 */
public final class GlossaryYaml {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private GlossaryYaml() {}

  /** A whole file: {@code entries:} and the entries in order. */
  public static String writeFile(List<GlossaryEntry> entries) {
    ObjectNode root = YAML.createObjectNode();
    ArrayNode list = root.putArray("entries");
    entries.forEach(e -> list.add(toNode(e)));
    return write(root);
  }

  /** One entry as a mapping, for the database. */
  public static String writeEntry(GlossaryEntry entry) {
    return write(toNode(entry));
  }

  /** Reads one entry written by {@link #writeEntry}; {@code source} names it in problems. */
  public static GlossaryEntry readEntry(String yaml, String source) throws GlossaryException {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new GlossaryException(
          List.of(
              new GlossaryProblem(source, "entry", "not valid YAML: " + e.getOriginalMessage())));
    }
    List<GlossaryProblem> problems = new ArrayList<>();
    var entry = GlossaryLoader.readEntry(source, 0, node, problems);
    if (entry.isEmpty()) {
      throw new GlossaryException(problems);
    }
    return entry.get();
  }

  private static ObjectNode toNode(GlossaryEntry e) {
    ObjectNode node = YAML.createObjectNode();
    node.put("id", e.id());
    node.put("name", e.name());
    node.put("ko", e.ko());
    strings(node, "aliases", e.aliases());
    node.put("category", e.category().id());
    strings(node, "is-a", e.isA());
    strings(node, "alternatives", e.alternatives());
    strings(node, "related", e.related());
    ObjectNode definition = node.putObject("definition");
    definition.put("ko", e.definitionKo());
    definition.put("en", e.definitionEn());
    e.link().ifPresent(link -> node.put("link", link));
    node.put("added", e.added().toString());
    return node;
  }

  private static void strings(ObjectNode node, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(key);
      values.forEach(array::add);
    }
  }

  private static String write(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
