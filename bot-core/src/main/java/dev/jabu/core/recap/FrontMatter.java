package dev.jabu.core.recap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a recap says about itself in its YAML front matter. Other keys (VuePress has many) are
 * ignored.
 *
 * <p>commonmark's front matter extension takes the block out of the document; its values are read
 * here with a real YAML parser, because the extension's own reader accepts a loose subset silently
 * (no errors, no {@code [a, b]} lists), and a moderator deserves to hear that line 3 is broken. The
 * block is found by the extension's rules: the first line is {@code ---}, the next {@code ---} or
 * {@code ...} line closes it.
 *
 * @param meetup the meetup the recap belongs to ({@code meetup: 12})
 */
public record FrontMatter(
    Optional<String> title,
    Optional<String> description,
    List<String> tags,
    Optional<String> author,
    Optional<String> date,
    Optional<Long> meetup) {

  public static final FrontMatter NONE =
      new FrontMatter(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  private static final Pattern BEGIN = Pattern.compile("-{3}(\\s.*)?");
  private static final Pattern END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public FrontMatter {
    tags = List.copyOf(tags);
  }

  /**
   * The front matter at the start of {@code markdown}, or {@link #NONE}.
   *
   * @throws RecapProblem when it is never closed, is not valid YAML, or a known key has a value of
   *     the wrong kind
   */
  static FrontMatter read(String markdown) throws RecapProblem {
    List<String> lines = markdown.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size() || !BEGIN.matcher(lines.get(first)).matches()) {
      return NONE;
    }
    int end = first + 1;
    while (end < lines.size() && !END.matcher(lines.get(end)).matches()) {
      end++;
    }
    if (end == lines.size()) {
      throw new RecapProblem("recap.front-matter.unclosed", first + 1);
    }
    JsonNode yaml = parse(String.join("\n", lines.subList(first + 1, end)), first + 1);
    if (yaml.isMissingNode() || yaml.isNull()) {
      return NONE;
    }
    if (!yaml.isObject()) {
      throw new RecapProblem("recap.front-matter.not-keys", first + 2);
    }
    return new FrontMatter(
        scalar(yaml, "title"),
        scalar(yaml, "description"),
        list(yaml.get("tags")),
        author(yaml),
        scalar(yaml, "date"),
        meetup(yaml.get("meetup")));
  }

  private static JsonNode parse(String yaml, int linesBefore) throws RecapProblem {
    try {
      JsonNode node = YAML.readTree(yaml);
      return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      String why = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw new RecapProblem("recap.front-matter.broken", linesBefore + line, why);
    }
  }

  private static Optional<String> scalar(JsonNode yaml, String key) throws RecapProblem {
    JsonNode value = yaml.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw new RecapProblem("recap.front-matter.not-text", key);
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A YAML list, or one text with commas between ({@code tags: devops, k8s}). */
  private static List<String> list(JsonNode value) {
    List<String> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      return items;
    }
    if (value.isArray()) {
      value.forEach(item -> items.add(item.asText().strip()));
    } else {
      items.addAll(List.of(value.asText().split(",")));
    }
    return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<String> author(JsonNode yaml) {
    JsonNode value = yaml.has("author") ? yaml.get("author") : yaml.get("authors");
    if (value != null && value.isObject()) {
      value = value.get("name"); // author: { name: ..., link: ... }
    }
    List<String> names = list(value);
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }

  private static Optional<Long> meetup(JsonNode value) throws RecapProblem {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText().strip().replaceFirst("^#", "");
    if (!text.matches("[0-9]{1,18}")) {
      throw new RecapProblem("recap.front-matter.meetup", value.asText());
    }
    return Optional.of(Long.parseLong(text));
  }
}
