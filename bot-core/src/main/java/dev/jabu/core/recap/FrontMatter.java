package dev.jabu.core.recap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recap says about itself in its front matter: YAML between {@code ---} lines (VuePress,
 * Jekyll, Docusaurus, Hugo) or TOML between {@code +++} lines (Hugo). The keys of those generators
 * that a chat post can use are read; every other key is ignored.
 *
 * @param description {@code description}, else Hugo's {@code summary} or Jekyll's {@code excerpt}
 * @param tags {@code tags} (or {@code tag}) and then {@code categories} (or {@code category}), each
 *     once
 * @param date the date as written, cut to its day when it starts with one ({@code 2026-11-28})
 * @param meetup the meetup the recap belongs to ({@code meetup: 12})
 * @param draft {@code draft: true} or Jekyll's {@code published: false}: not meant to be posted
 */
public record FrontMatter(
    Optional<String> title,
    Optional<String> description,
    List<String> tags,
    Optional<String> author,
    Optional<String> date,
    Optional<Long> meetup,
    boolean draft) {

  public static final FrontMatter NONE =
      new FrontMatter(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false);

  private static final Pattern DAY = Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2})([ T].*)?$");

  public FrontMatter {
    tags = List.copyOf(tags);
  }

  /** A document split into its front matter and the markdown after it. */
  record Split(FrontMatter meta, String body) {}

  /**
   * The front matter at the start of {@code markdown}, or {@link #NONE}.
   *
   * @throws RecapProblem when it is never closed, cannot be parsed, or a known key has a value of
   *     the wrong kind
   */
  static FrontMatter read(String markdown) throws RecapProblem {
    return split(markdown).meta();
  }

  /**
   * Takes the front matter off {@code markdown}. It opens on the first line that is not blank:
   * {@code ---} for YAML, {@code +++} for TOML, and ends at the next such line ({@code ...} also
   * ends YAML).
   */
  static Split split(String markdown) throws RecapProblem {
    List<String> lines = markdown.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return new Split(NONE, markdown);
    }
    FrontMatterFormat format = FrontMatterFormat.opening(lines.get(first)).orElse(null);
    if (format == null) {
      return new Split(NONE, markdown);
    }
    int end = first + 1;
    while (end < lines.size() && !format.closes(lines.get(end))) {
      end++;
    }
    if (end == lines.size()) {
      throw new RecapProblem("recap.front-matter.unclosed", first + 1, format.fence());
    }
    String body = String.join("\n", lines.subList(end + 1, lines.size()));
    JsonNode values = format.parse(String.join("\n", lines.subList(first + 1, end)), first + 1);
    if (values.isMissingNode() || values.isNull()) {
      return new Split(NONE, body);
    }
    if (!values.isObject()) {
      throw new RecapProblem("recap.front-matter.not-keys", first + 2);
    }
    return new Split(of(values), body);
  }

  private static FrontMatter of(JsonNode values) throws RecapProblem {
    Set<String> tags = new LinkedHashSet<>();
    for (String key : List.of("tags", "tag", "categories", "category")) {
      tags.addAll(list(values.get(key), true)); // VuePress themes write tag: and category:
    }
    return new FrontMatter(
        scalar(values, "title"),
        scalar(values, "description")
            .or(() -> optionalScalar(values, "summary"))
            .or(() -> optionalScalar(values, "excerpt")),
        List.copyOf(tags),
        author(values),
        scalar(values, "date").map(FrontMatter::day),
        meetup(values.get("meetup")),
        isTrue(values.get("draft")) || isFalse(values.get("published")));
  }

  private static Optional<String> scalar(JsonNode values, String key) throws RecapProblem {
    JsonNode value = values.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw new RecapProblem("recap.front-matter.not-text", key);
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A fallback key: a value of another kind there is ignored rather than refused. */
  private static Optional<String> optionalScalar(JsonNode values, String key) {
    JsonNode value = values.get(key);
    return value == null || !value.isValueNode() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText().strip());
  }

  private static String day(String date) {
    Matcher day = DAY.matcher(date);
    return day.matches() ? day.group(1) : date;
  }

  /**
   * A list, or one text split at commas; when it has none, words are items if {@code words}
   * (Jekyll's {@code tags: devops gitops}). An item that is a mapping gives its {@code label} or
   * {@code name} (Docusaurus tags and authors).
   */
  private static List<String> list(JsonNode value, boolean words) {
    List<String> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      return items;
    }
    if (value.isArray()) {
      value.forEach(item -> items.add(itemText(item)));
    } else if (value.isObject()) {
      items.add(itemText(value));
    } else {
      String text = value.asText();
      items.addAll(List.of(text.split(text.contains(",") || !words ? "," : "\\s+")));
    }
    return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String itemText(JsonNode item) {
    if (item.isObject()) {
      JsonNode label = item.has("label") ? item.get("label") : item.get("name");
      return label == null || !label.isValueNode() ? "" : label.asText();
    }
    return item.isValueNode() ? item.asText() : "";
  }

  private static Optional<String> author(JsonNode values) {
    JsonNode value = values.has("author") ? values.get("author") : values.get("authors");
    List<String> names = list(value, false); // "Alex Kim" is one name
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

  private static boolean isTrue(JsonNode value) {
    return value != null && value.isValueNode() && value.asText().strip().equalsIgnoreCase("true");
  }

  private static boolean isFalse(JsonNode value) {
    return value != null && value.isValueNode() && value.asText().strip().equalsIgnoreCase("false");
  }
}
