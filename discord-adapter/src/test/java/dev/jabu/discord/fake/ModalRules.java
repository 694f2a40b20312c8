package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Discord accepts as a modal (interaction callback type 9) and as the member's submission of
 * it: a title of 1 to 45 characters, 1 to 5 labelled text inputs with unique ids, lengths within
 * 4,000; a submission fills only the modal's fields, within their lengths, the required ones
 * included (the Discord client enforces that before sending).
 */
final class ModalRules {
  static final int LABEL = 18;
  static final int TEXT_INPUT = 4;
  private static final int MAX_VALUE = 4000;

  private ModalRules() {}

  static List<String> modal(JsonNode data) {
    List<String> problems = new ArrayList<>();
    length(problems, "modal custom_id", data.path("custom_id").asText(""), 1, 100);
    length(problems, "modal title", data.path("title").asText(""), 1, 45);
    JsonNode components = data.path("components");
    if (components.isEmpty() || components.size() > 5) {
      problems.add("a modal holds 1 to 5 components, had " + components.size());
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode component : components) {
      JsonNode input;
      if (component.path("type").asInt() == LABEL) {
        length(problems, "label", component.path("label").asText(""), 1, 45);
        if (component.path("description").asText("").length() > 100) {
          problems.add("label description longer than 100: " + component.path("description"));
        }
        input = component.path("component");
      } else if (component.path("type").asInt() == 1 && component.path("components").size() == 1) {
        input = component.path("components").get(0);
        length(problems, "text input label", input.path("label").asText(""), 1, 45);
      } else {
        problems.add("a modal component must be a label or a row with one input: " + component);
        continue;
      }
      if (input.path("type").asInt() != TEXT_INPUT) {
        problems.add("jabu's modals hold text inputs only: " + input);
        continue;
      }
      String id = input.path("custom_id").asText("");
      length(problems, "text input custom_id", id, 1, 100);
      if (!ids.add(id)) {
        problems.add("text input custom_id used twice: " + id);
      }
      int style = input.path("style").asInt();
      if (style != 1 && style != 2) {
        problems.add("text input style must be 1 or 2: " + style);
      }
      int min = input.path("min_length").asInt(0);
      int max = input.path("max_length").asInt(MAX_VALUE);
      if (min < 0 || min > MAX_VALUE || max < 1 || max > MAX_VALUE || min > max) {
        problems.add(id + ": min_length 0-4000 and max_length 1-4000, min <= max");
      }
      if (input.path("value").asText("").length() > MAX_VALUE) {
        problems.add(id + ": prefilled value longer than 4000");
      }
      if (input.path("placeholder").asText("").length() > 100) {
        problems.add(id + ": placeholder longer than 100");
      }
    }
    return problems;
  }

  /** The text inputs of a modal, wherever they sit. */
  static List<JsonNode> inputs(JsonNode modal) {
    List<JsonNode> inputs = new ArrayList<>();
    for (JsonNode component : modal.path("components")) {
      if (component.path("type").asInt() == LABEL) {
        inputs.add(component.path("component"));
      } else {
        component.path("components").forEach(inputs::add);
      }
    }
    return inputs;
  }

  private static void length(List<String> problems, String what, String text, int min, int max) {
    if (text.length() < min || text.length() > max) {
      problems.add(what + " must be " + min + " to " + max + " characters: '" + text + "'");
    }
  }
}
