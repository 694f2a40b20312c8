package dev.jabu.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.jabu.core.parse.DurationText;
import dev.jabu.core.text.Suggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one mapping of the YAML tree and records every problem instead of stopping at the first:
 * unknown keys (with the closest known key), wrong types and out-of-range values, each with its
 * dotted path.
 */
final class ConfigSection {
  private final String path;
  private final JsonNode node;
  private final List<ConfigProblem> problems;

  ConfigSection(String path, JsonNode node, List<ConfigProblem> problems, Set<String> keys) {
    this.path = path;
    this.problems = problems;
    if (node == null || node.isMissingNode() || node.isNull()) {
      this.node = MissingNode.getInstance();
    } else if (!node.isObject()) {
      problems.add(
          new ConfigProblem(
              path.isEmpty() ? "(file)" : path,
              "expected a mapping of keys, found " + kind(node),
              "write it as `key: value` lines"));
      this.node = MissingNode.getInstance();
    } else {
      this.node = node;
      checkKeys(keys);
    }
  }

  private void checkKeys(Set<String> keys) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!keys.contains(key)) {
        List<String> close = Suggestions.closest(key, keys, 1);
        problems.add(
            new ConfigProblem(
                at(key),
                "unknown key",
                close.isEmpty()
                    ? "remove it; known keys here: " + String.join(", ", keys)
                    : "did you mean `" + close.get(0) + "`?"));
      }
    }
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  ConfigSection section(String key, Set<String> keys) {
    return new ConfigSection(at(key), node.get(key), problems, keys);
  }

  /** Whether the key is set to {@code false} (YAML also reads {@code off} and {@code no} so). */
  boolean isOff(String key) {
    JsonNode value = node.get(key);
    return value != null && value.isBoolean() && !value.asBoolean();
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  String string(String key, String fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isValueNode() || value.isBoolean()) {
      problems.add(
          new ConfigProblem(
              at(key),
              "expected text, found " + kind(value),
              "write one value; quote it (\"…\") when it holds `:`, `#`, `[` or `{`"));
      return fallback;
    }
    return value.asText();
  }

  int integer(String key, int fallback, int min, int max) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber()) {
      problems.add(
          new ConfigProblem(
              at(key), "expected a whole number, found " + kind(value), "e.g. " + fallback));
      return fallback;
    }
    long n = value.asLong();
    if (n < min || n > max) {
      problems.add(
          new ConfigProblem(
              at(key), n + " is out of range", "use a number from " + min + " to " + max));
      return fallback;
    }
    return (int) n;
  }

  boolean bool(String key, boolean fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problems.add(
          new ConfigProblem(
              at(key), "expected true or false, found " + kind(value), "write true or false"));
      return fallback;
    }
    return value.asBoolean();
  }

  Duration duration(String key, Duration fallback) {
    String text = string(key, null);
    if (text == null) {
      return fallback;
    }
    Optional<Duration> parsed = DurationText.parse(text);
    if (parsed.isEmpty() || parsed.get().isZero() || parsed.get().isNegative()) {
      problems.add(
          new ConfigProblem(
              at(key),
              "`" + text + "` is not a positive duration",
              "write e.g. 30s, 10m, 1h30m, 7d"));
      return fallback;
    }
    return parsed.get();
  }

  /**
   * A list of texts; numbers are accepted too, since YAML reads bare ids as numbers.
   *
   * @param example the list as this key is written, shown when a single value stands there
   */
  Set<String> strings(String key, String example) {
    JsonNode value = node.get(key);
    Set<String> result = new LinkedHashSet<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      problems.add(
          new ConfigProblem(
              at(key), "expected a list, found " + kind(value), "write e.g. " + example));
      return result;
    }
    for (JsonNode item : value) {
      if (item.isTextual() || item.isNumber()) {
        result.add(item.asText());
      } else {
        problems.add(
            new ConfigProblem(at(key), "list items must be text, found " + kind(item), ""));
      }
    }
    return result;
  }

  void problem(String key, String problem, String fix) {
    problems.add(new ConfigProblem(at(key), problem, fix));
  }

  List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return "true/false";
    }
    if (node.isNumber()) {
      return "a number (" + node.asText() + ")";
    }
    return "`" + node.asText() + "`";
  }
}
