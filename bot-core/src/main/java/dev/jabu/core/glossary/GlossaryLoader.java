package dev.jabu.core.glossary;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the human-edited glossary files ({@code config/glossary/*.yaml}) and checks them whole:
 * required fields, known keys, categories, references between entries, and names that two entries
 * both claim. Every problem names its file, entry and field.
 */
public final class GlossaryLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "ko",
          "aliases",
          "category",
          "is-a",
          "alternatives",
          "related",
          "definition",
          "link",
          "added");
  private static final int MAX_DEFINITION = 600;

  private GlossaryLoader() {}

  /** Loads every {@code .yaml} file in the folder, in name order. */
  public static Glossary load(Path folder) throws GlossaryException {
    List<GlossaryProblem> problems = new ArrayList<>();
    List<GlossaryEntry> entries = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new GlossaryException(
          List.of(new GlossaryProblem(folder.toString(), "folder", "cannot be read: " + e)));
    }
    for (Path file : files) {
      entries.addAll(readFile(file, problems));
    }
    return validate(entries, problems);
  }

  /** Checks entries from files and the database together; the database overlays by id. */
  public static Glossary validate(List<GlossaryEntry> entries, List<GlossaryProblem> problems)
      throws GlossaryException {
    Map<String, GlossaryEntry> byId = new LinkedHashMap<>();
    for (GlossaryEntry entry : entries) {
      GlossaryEntry earlier = byId.get(entry.id());
      if (earlier != null && !"database".equals(entry.source())) {
        problems.add(
            new GlossaryProblem(
                entry.source(), entry.id() + ".id", "also used in " + earlier.source()));
      }
      byId.put(entry.id(), entry);
    }
    checkReferences(byId, problems);
    checkNames(byId, problems);
    if (!problems.isEmpty()) {
      throw new GlossaryException(problems);
    }
    return new Glossary(List.copyOf(byId.values()));
  }

  private static List<GlossaryEntry> readFile(Path file, List<GlossaryProblem> problems) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (JacksonException e) {
      problems.add(new GlossaryProblem(name, "file", "not valid YAML: " + e.getOriginalMessage()));
      return List.of();
    } catch (IOException e) {
      problems.add(new GlossaryProblem(name, "file", "cannot be read: " + e.getMessage()));
      return List.of();
    }
    if (root == null || !root.path("entries").isArray()) {
      problems.add(new GlossaryProblem(name, "entries", "the file needs a list named `entries`"));
      return List.of();
    }
    List<GlossaryEntry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.get("entries")) {
      readEntry(name, index++, node, problems).ifPresent(entries::add);
    }
    return entries;
  }

  /** Reads one entry node; problems name {@code source} and the entry's id or position. */
  static Optional<GlossaryEntry> readEntry(
      String source, int index, JsonNode node, List<GlossaryProblem> problems) {
    return new EntryReader(source, index, node, problems).read();
  }

  /** Reads one entry node, recording problems with the entry's id (or index) and field. */
  private static final class EntryReader {
    private final String file;
    private final JsonNode node;
    private final List<GlossaryProblem> problems;
    private String where;
    private boolean broken;

    EntryReader(String file, int index, JsonNode node, List<GlossaryProblem> problems) {
      this.file = file;
      this.node = node;
      this.problems = problems;
      this.where = "entries[" + index + "]";
    }

    Optional<GlossaryEntry> read() {
      if (!node.isObject()) {
        problem("", "an entry must be a mapping");
        return Optional.empty();
      }
      String id = text("id");
      if (id != null) {
        where = id;
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          problem("id", "use lower-case words joined by hyphens, e.g. ci-server");
        }
      }
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!KEYS.contains(key)) {
          problem(key, "unknown field");
        }
      }
      String name = text("name");
      String ko = text("ko");
      Category category = category();
      JsonNode definition = node.path("definition");
      String definitionKo = definition(definition, "ko");
      String definitionEn = definition(definition, "en");
      LocalDate added = added();
      Optional<String> link = link();
      List<String> aliases = list("aliases");
      List<String> isA = list("is-a");
      List<String> alternatives = list("alternatives");
      List<String> related = list("related");
      if (category != Category.TOOL && (!isA.isEmpty() || !alternatives.isEmpty())) {
        problem("is-a", "only tools have is-a and alternatives");
      }
      if (broken) {
        return Optional.empty();
      }
      return Optional.of(
          new GlossaryEntry(
              id,
              name,
              ko,
              aliases,
              category,
              isA,
              alternatives,
              related,
              definitionKo,
              definitionEn,
              link,
              added,
              file));
    }

    private String text(String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull() || value.asText().isBlank()) {
        problem(key, "is required");
        return null;
      }
      if (!value.isValueNode()) {
        problem(key, "must be text");
        return null;
      }
      return value.asText().strip();
    }

    private Category category() {
      String text = text("category");
      if (text == null) {
        return null;
      }
      Optional<Category> category = Category.fromId(text);
      if (category.isEmpty()) {
        problem("category", "`" + text + "` is not one of practice, role, process, concept, tool");
      }
      return category.orElse(null);
    }

    private String definition(JsonNode definition, String language) {
      JsonNode value = definition.get(language);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        problem("definition." + language, "is required");
        return null;
      }
      String text = value.asText().strip();
      if (text.length() > MAX_DEFINITION) {
        problem("definition." + language, "is longer than " + MAX_DEFINITION + " characters");
      }
      return text;
    }

    private LocalDate added() {
      String text = text("added");
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem("added", "`" + text + "` is not a date like 2026-11-23");
        return null;
      }
    }

    private Optional<String> link() {
      JsonNode value = node.get("link");
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      String url = value.asText().strip();
      if (!url.matches("https?://[^\\s<>\"]+")) {
        problem("link", "`" + url + "` is not an http(s) address");
        return Optional.empty();
      }
      return Optional.of(url);
    }

    private List<String> list(String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        problem(key, "must be a list, e.g. [a, b]");
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isValueNode() || item.asText().isBlank()) {
          problem(key, "items must be non-empty text");
        } else {
          items.add(item.asText().strip());
        }
      }
      return items;
    }

    private void problem(String field, String message) {
      broken = true;
      problems.add(
          new GlossaryProblem(file, field.isEmpty() ? where : where + "." + field, message));
    }
  }

  private static void checkReferences(
      Map<String, GlossaryEntry> byId, List<GlossaryProblem> problems) {
    for (GlossaryEntry entry : byId.values()) {
      for (String role : entry.isA()) {
        GlossaryEntry target = byId.get(role);
        if (target == null || target.category() != Category.ROLE) {
          problems.add(
              new GlossaryProblem(
                  entry.source(), entry.id() + ".is-a", "`" + role + "` is not a role entry"));
        }
      }
      for (String other : entry.alternatives()) {
        GlossaryEntry target = byId.get(other);
        if (target == null || target.category() != Category.TOOL) {
          problems.add(
              new GlossaryProblem(
                  entry.source(),
                  entry.id() + ".alternatives",
                  "`" + other + "` is not a tool entry"));
        }
      }
      for (String other : entry.related()) {
        if (!byId.containsKey(other)) {
          problems.add(
              new GlossaryProblem(
                  entry.source(), entry.id() + ".related", "`" + other + "` is not an entry"));
        }
      }
    }
  }

  /** A name, Korean name or alias may belong to one entry only, or a search could not choose. */
  private static void checkNames(Map<String, GlossaryEntry> byId, List<GlossaryProblem> problems) {
    Map<String, GlossaryEntry> owner = new HashMap<>();
    for (GlossaryEntry entry : byId.values()) {
      for (String name : entry.names()) {
        String key = TermKey.of(name);
        GlossaryEntry other = owner.putIfAbsent(key, entry);
        if (other != null && other != entry) {
          problems.add(
              new GlossaryProblem(
                  entry.source(),
                  entry.id() + ".aliases",
                  "`"
                      + name
                      + "` is also a name of `"
                      + other.id()
                      + "` ("
                      + other.source()
                      + ")"));
        }
      }
    }
  }
}
