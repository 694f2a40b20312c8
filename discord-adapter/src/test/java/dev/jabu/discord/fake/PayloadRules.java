package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request shapes and limits Discord enforces (API v10), plus jabu's own rule that every write
 * allows no mentions. Each check returns the problems found; none means the real API would accept
 * the request.
 */
final class PayloadRules {
  static final int MAX_CONTENT = 2000;
  private static final Pattern CHAT_INPUT_NAME =
      Pattern.compile("^[-_\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");
  private static final Set<String> LOCALES =
      Set.of(
          "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
          "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
          "th", "zh-CN", "ja", "zh-TW", "ko");
  private static final int ALLOWED_FLAGS = 4 | 64 | 4096 | 32768;

  private PayloadRules() {}

  /** A message jabu creates or edits: content, embeds, components, nonce and mentions. */
  static List<String> message(JsonNode body, boolean create) {
    List<String> problems = new ArrayList<>();
    JsonNode mentions = body.get("allowed_mentions");
    if (mentions == null || !mentions.isObject()) {
      problems.add("no allowed_mentions: Discord would apply the defaults and could ping");
    } else {
      JsonNode parse = mentions.get("parse");
      if (parse == null || !parse.isArray() || !parse.isEmpty()) {
        problems.add("allowed_mentions.parse must be an empty list, was " + parse);
      }
      if (body.has("message_reference") && mentions.path("replied_user").asBoolean(false)) {
        problems.add("a reply must not ping the member it answers (allowed_mentions.replied_user)");
      }
      if (mentions.has("roles") && !mentions.get("roles").isEmpty()) {
        problems.add("allowed_mentions.roles must be empty, was " + mentions.get("roles"));
      }
      // only the one member a message is addressed to, mentioned in its text, may be pinged
      JsonNode users = mentions.path("users");
      String text = body.path("content").asText("");
      if (users.size() > 1
          || (users.size() == 1 && !text.contains("<@" + users.get(0).asText() + ">"))) {
        problems.add(
            "allowed_mentions.users may hold only the member the message mentions, was " + users);
      }
    }
    String content = body.path("content").asText("");
    if (content.length() > MAX_CONTENT) {
      problems.add("content longer than 2000 characters: " + content.length());
    }
    JsonNode embeds = body.path("embeds");
    int embedChars = 0;
    if (embeds.size() > 10) {
      problems.add("more than 10 embeds");
    }
    for (JsonNode embed : embeds) {
      embedChars += limit(problems, embed, "title", 256);
      embedChars += limit(problems, embed, "description", 4096);
      embedChars += limit(problems, embed.path("footer"), "text", 2048);
      embedChars += limit(problems, embed.path("author"), "name", 256);
      if (embed.path("fields").size() > 25) {
        problems.add("more than 25 embed fields");
      }
      for (JsonNode field : embed.path("fields")) {
        embedChars += limit(problems, field, "name", 256);
        embedChars += limit(problems, field, "value", 1024);
      }
    }
    if (embedChars > 6000) {
      problems.add("embeds hold more than 6000 characters: " + embedChars);
    }
    components(body.path("components"), problems);
    if (body.has("nonce")) {
      JsonNode nonce = body.get("nonce");
      if (!(nonce.isIntegralNumber() || (nonce.isTextual() && nonce.asText().length() <= 25))) {
        problems.add("nonce must be an integer or a string of at most 25 characters: " + nonce);
      }
    }
    if (body.has("flags") && (body.get("flags").asInt() & ~ALLOWED_FLAGS) != 0) {
      problems.add("flags not allowed on a message: " + body.get("flags"));
    }
    boolean empty =
        content.isEmpty()
            && embeds.isEmpty()
            && body.path("components").isEmpty()
            && body.path("attachments").isEmpty()
            && !body.has("poll");
    if (create && empty) {
      problems.add("50006 Cannot send an empty message");
    }
    return problems;
  }

  private static void components(JsonNode rows, List<String> problems) {
    if (rows.size() > 5) {
      problems.add("more than 5 action rows");
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode row : rows) {
      if (row.path("type").asInt() != 1) {
        problems.add("a top-level component must be an action row (type 1): " + row);
        continue;
      }
      JsonNode buttons = row.path("components");
      if (buttons.isEmpty() || buttons.size() > 5) {
        problems.add("an action row holds 1 to 5 buttons, had " + buttons.size());
      }
      for (JsonNode button : buttons) {
        if (button.path("type").asInt() != 2) {
          problems.add("only buttons are expected in jabu's rows: " + button);
          continue;
        }
        int style = button.path("style").asInt();
        if (style < 1 || style > 5) {
          problems.add("button style must be 1 to 5: " + style);
        }
        String label = button.path("label").asText("");
        if (label.length() > 80) {
          problems.add("button label longer than 80: " + label);
        }
        if (style != 5) {
          String id = button.path("custom_id").asText("");
          if (id.isEmpty() || id.length() > 100) {
            problems.add("button custom_id must be 1 to 100 characters: " + id);
          }
          if (!ids.add(id)) {
            problems.add("custom_id used twice in one message: " + id);
          }
        }
      }
    }
  }

  private static int limit(List<String> problems, JsonNode node, String key, int max) {
    String text = node.path(key).asText("");
    if (text.length() > max) {
      problems.add(key + " longer than " + max + ": " + text.length());
    }
    return text.length();
  }

  /** A bulk overwrite of application commands. */
  static List<String> commands(JsonNode list) {
    List<String> problems = new ArrayList<>();
    if (!list.isArray()) {
      return List.of("bulk overwrite takes a list of commands");
    }
    Set<String> names = new HashSet<>();
    for (JsonNode command : list) {
      int type = command.path("type").asInt(1);
      String name = command.path("name").asText("");
      if (!names.add(type + ":" + name)) {
        problems.add("command name used twice: " + name);
      }
      if (type == 1) {
        chatInputName(problems, name);
        description(problems, name, command);
        options(problems, name, command.path("options"), true);
      } else if (name.isEmpty() || name.length() > 32) {
        problems.add("context menu name must be 1 to 32 characters: " + name);
      }
      JsonNode permissions = command.get("default_member_permissions");
      if (permissions != null && !permissions.isNull() && !permissions.asText().matches("\\d+")) {
        problems.add(name + ": default_member_permissions must be a string of digits");
      }
    }
    if (names.stream().filter(n -> n.startsWith("1:")).count() > 100) {
      problems.add("more than 100 slash commands");
    }
    problems.addAll(CommandRules.strict(list));
    return problems;
  }

  private static void options(List<String> problems, String path, JsonNode options, boolean top) {
    if (options.size() > 25) {
      problems.add(path + ": more than 25 options");
    }
    Set<String> names = new HashSet<>();
    boolean optionalSeen = false;
    boolean subcommands = false;
    boolean values = false;
    for (JsonNode option : options) {
      String name = option.path("name").asText("");
      String at = path + " " + name;
      chatInputName(problems, name);
      if (!names.add(name)) {
        problems.add(at + ": option name used twice");
      }
      description(problems, at, option);
      int type = option.path("type").asInt();
      if (type == 1 || type == 2) {
        subcommands = true;
        if (!top && type == 2) {
          problems.add(at + ": groups nest one level only");
        }
        options(problems, at, option.path("options"), false);
        continue;
      }
      values = true;
      if (type < 3 || type > 11) {
        problems.add(at + ": unknown option type " + type);
      }
      boolean required = option.path("required").asBoolean(false);
      if (required && optionalSeen) {
        problems.add(at + ": required options must come before optional ones");
      }
      optionalSeen |= !required;
      boolean autocomplete = option.path("autocomplete").asBoolean(false);
      if (autocomplete && option.path("choices").size() > 0) {
        problems.add(at + ": autocomplete and choices cannot be combined");
      }
      if (autocomplete && type != 3 && type != 4 && type != 10) {
        problems.add(at + ": autocomplete only on string, integer and number options");
      }
      if (option.path("choices").size() > 25) {
        problems.add(at + ": more than 25 choices");
      }
    }
    if (subcommands && values) {
      problems.add(path + ": subcommands and plain options cannot be mixed");
    }
  }

  private static void chatInputName(List<String> problems, String name) {
    if (!CHAT_INPUT_NAME.matcher(name).matches() || !name.equals(name.toLowerCase())) {
      problems.add("invalid slash command or option name: '" + name + "'");
    }
  }

  private static void description(List<String> problems, String at, JsonNode node) {
    String description = node.path("description").asText("");
    if (description.isEmpty() || description.length() > 100) {
      problems.add(at + ": description must be 1 to 100 characters: '" + description + "'");
    }
    JsonNode localized = node.path("description_localizations");
    localized
        .fieldNames()
        .forEachRemaining(
            locale -> {
              if (!LOCALES.contains(locale)) {
                problems.add(at + ": unknown locale " + locale);
              }
              String text = localized.get(locale).asText("");
              if (text.isEmpty() || text.length() > 100) {
                problems.add(at + ": " + locale + " description must be 1 to 100 characters");
              }
            });
  }

  /**
   * An autocomplete answer: at most 25 choices, names 1 to 100 characters, values of the option's
   * type (numbers for an integer option).
   */
  static List<String> choices(JsonNode data, int optionType) {
    List<String> problems = new ArrayList<>();
    JsonNode choices = data.path("choices");
    if (!choices.isArray()) {
      problems.add("autocomplete answer without a choices list");
    }
    if (choices.size() > 25) {
      problems.add("more than 25 autocomplete choices: " + choices.size());
    }
    for (JsonNode choice : choices) {
      String name = choice.path("name").asText("");
      if (name.isEmpty() || name.length() > 100) {
        problems.add("choice name must be 1 to 100 characters: '" + name + "'");
      }
      JsonNode value = choice.path("value");
      if (value.isTextual() && value.asText().length() > 100) {
        problems.add("choice value longer than 100");
      }
      if (optionType == 4 && !value.isIntegralNumber()) {
        problems.add("an integer option's choice must be a number: " + value);
      }
      if (optionType == 3 && !value.isTextual()) {
        problems.add("a string option's choice must be text: " + value);
      }
    }
    return problems;
  }
}
