package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of Discord's application command object (API v10) beyond the basic shape {@link
 * PayloadRules#commands} checks: name localizations, choices, numeric ranges, string lengths, the
 * attachment type and message menu commands. Each breach is a problem; none means Discord would
 * accept the bulk overwrite.
 */
final class CommandRules {
  private static final Pattern CHAT_INPUT_NAME =
      Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");
  private static final Set<String> LOCALES =
      Set.of(
          "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
          "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
          "th", "zh-CN", "ja", "zh-TW", "ko");

  /** Options of these types may have choices: string, integer, number. */
  private static final Set<Integer> CHOICE_TYPES = Set.of(3, 4, 10);

  /** Largest magnitude of an integer or number option's bound: 2^53. */
  private static final double BOUND = 9007199254740992d;

  private static final int ATTACHMENT = 11;

  private CommandRules() {}

  static List<String> strict(JsonNode list) {
    List<String> problems = new ArrayList<>();
    for (JsonNode command : list) {
      int type = command.path("type").asInt(1);
      String name = command.path("name").asText("");
      if (type == 1) {
        names(problems, name, command, true);
        options(problems, name, command.path("options"));
      } else if (type == 2 || type == 3) {
        names(problems, name, command, false);
        if (!command.path("description").asText("").isEmpty()) {
          problems.add(name + ": a user or message menu command has an empty description");
        }
        if (!command.path("options").isMissingNode() && !command.path("options").isEmpty()) {
          problems.add(name + ": a user or message menu command takes no options");
        }
      } else {
        problems.add(name + ": unknown command type " + type);
      }
    }
    return problems;
  }

  private static void options(List<String> problems, String path, JsonNode options) {
    for (JsonNode option : options) {
      String name = option.path("name").asText("");
      String at = path + " " + name;
      names(problems, at, option, true);
      int type = option.path("type").asInt();
      if (type == 1 || type == 2) {
        options(problems, at, option.path("options"));
        continue;
      }
      choices(problems, at, option, type);
      range(problems, at, option, type);
      lengths(problems, at, option, type);
      if (type == ATTACHMENT && option.path("autocomplete").asBoolean(false)) {
        problems.add(at + ": an attachment option cannot autocomplete");
      }
    }
  }

  /** A name and its localizations: chat input names by the regex in lower case, menus 1–32. */
  private static void names(List<String> problems, String at, JsonNode node, boolean chatInput) {
    JsonNode localized = node.path("name_localizations");
    if (localized.isMissingNode() || localized.isNull()) {
      return;
    }
    if (!localized.isObject()) {
      problems.add(at + ": name_localizations must be an object");
      return;
    }
    localized
        .fieldNames()
        .forEachRemaining(
            locale -> {
              String name = localized.get(locale).asText("");
              if (!LOCALES.contains(locale)) {
                problems.add(at + ": unknown locale in name_localizations: " + locale);
              }
              if (chatInput) {
                if (!CHAT_INPUT_NAME.matcher(name).matches() || !name.equals(name.toLowerCase())) {
                  problems.add(at + ": invalid " + locale + " name '" + name + "'");
                }
              } else if (name.isEmpty() || name.length() > 32) {
                problems.add(at + ": " + locale + " menu name must be 1 to 32 characters");
              }
            });
  }

  private static void choices(List<String> problems, String at, JsonNode option, int type) {
    JsonNode choices = option.path("choices");
    if (choices.isMissingNode() || choices.isEmpty()) {
      return;
    }
    if (!CHOICE_TYPES.contains(type)) {
      problems.add(at + ": choices only on string, integer and number options");
    }
    if (choices.size() > 25) {
      problems.add(at + ": more than 25 choices");
    }
    for (JsonNode choice : choices) {
      String name = choice.path("name").asText("");
      if (name.isEmpty() || name.length() > 100) {
        problems.add(at + ": choice name must be 1 to 100 characters: '" + name + "'");
      }
      JsonNode localized = choice.path("name_localizations");
      localized
          .fieldNames()
          .forEachRemaining(
              locale -> {
                String text = localized.get(locale).asText("");
                if (!LOCALES.contains(locale) || text.isEmpty() || text.length() > 100) {
                  problems.add(at + ": choice " + locale + " name must be 1 to 100 characters");
                }
              });
      JsonNode value = choice.path("value");
      if (type == 3 && (!value.isTextual() || value.asText().length() > 100)) {
        problems.add(at + ": a string choice's value is text of at most 100: " + value);
      }
      if (type == 4 && !value.isIntegralNumber()) {
        problems.add(at + ": an integer choice's value must be an integer: " + value);
      }
      if (type == 10 && !value.isNumber()) {
        problems.add(at + ": a number choice's value must be a number: " + value);
      }
    }
  }

  private static void range(List<String> problems, String at, JsonNode option, int type) {
    JsonNode min = option.path("min_value");
    JsonNode max = option.path("max_value");
    if (min.isMissingNode() && max.isMissingNode()) {
      return;
    }
    if (type != 4 && type != 10) {
      problems.add(at + ": min_value and max_value only on integer and number options");
      return;
    }
    for (JsonNode bound : List.of(min, max)) {
      if (bound.isMissingNode()) {
        continue;
      }
      if (!bound.isNumber() || (type == 4 && !bound.isIntegralNumber())) {
        problems.add(at + ": a bound must be a number of the option's type: " + bound);
      } else if (Math.abs(bound.asDouble()) > BOUND) {
        problems.add(at + ": a bound must be within ±2^53: " + bound);
      }
    }
    if (min.isNumber() && max.isNumber() && min.asDouble() > max.asDouble()) {
      problems.add(at + ": min_value is larger than max_value");
    }
  }

  private static void lengths(List<String> problems, String at, JsonNode option, int type) {
    JsonNode min = option.path("min_length");
    JsonNode max = option.path("max_length");
    if (min.isMissingNode() && max.isMissingNode()) {
      return;
    }
    if (type != 3) {
      problems.add(at + ": min_length and max_length only on string options");
    }
    if (!min.isMissingNode() && (min.asInt(-1) < 0 || min.asInt() > 6000)) {
      problems.add(at + ": min_length must be 0 to 6000");
    }
    if (!max.isMissingNode() && (max.asInt(-1) < 1 || max.asInt() > 6000)) {
      problems.add(at + ": max_length must be 1 to 6000");
    }
  }
}
