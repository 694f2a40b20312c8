package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * INTERACTION_CREATE payloads for what members do beyond slash commands and buttons: submitting a
 * modal the bot opened, and a message menu command ("Apps" on a message).
 */
final class FormInteractions {
  static final int MODAL_SUBMIT = 5;
  static final int MESSAGE_MENU = 3;

  private FormInteractions() {}

  /**
   * The member fills the modal the bot answered {@code opened} with and submits it. Fails the test
   * as Discord's client would refuse to send it: no modal, a field it lacks, a value too long, a
   * required field left empty.
   */
  static FakeInteraction submit(
      FakeDiscord discord,
      String userId,
      String locale,
      FakeInteraction opened,
      Map<String, String> values) {
    ObjectNode callback = opened.awaitCallback();
    if (callback.path("type").asInt() != 9) {
      throw new AssertionError("the bot answered with " + callback + ", not a modal");
    }
    JsonNode modal = callback.path("data");
    ObjectNode payload =
        Interactions.base(
            discord, userId, locale, MODAL_SUBMIT, opened.payload.path("channel_id").asText());
    ObjectNode data = payload.putObject("data");
    data.put("custom_id", modal.path("custom_id").asText());
    ArrayNode components = data.putArray("components");
    int uniqueId = 1;
    for (JsonNode input : ModalRules.inputs(modal)) {
      String id = input.path("custom_id").asText();
      String value = values.getOrDefault(id, "");
      if (input.path("required").asBoolean(true) && value.isEmpty()) {
        throw new AssertionError("Discord's client would not submit without " + id);
      }
      if (value.length() > input.path("max_length").asInt(4000)) {
        throw new AssertionError("Discord's client would not take " + value.length() + " in " + id);
      }
      ObjectNode label = components.addObject().put("type", ModalRules.LABEL).put("id", uniqueId++);
      label
          .putObject("component")
          .put("type", ModalRules.TEXT_INPUT)
          .put("id", uniqueId++)
          .put("custom_id", id)
          .put("value", value);
    }
    for (String id : values.keySet()) {
      if (ModalRules.inputs(modal).stream()
          .noneMatch(i -> i.path("custom_id").asText().equals(id))) {
        throw new AssertionError("the modal has no field " + id);
      }
    }
    return new FakeInteraction(
        payload.path("id").asText(), payload.path("token").asText(), MODAL_SUBMIT, payload);
  }

  /** The member picks the message menu command {@code name} on {@code message}. */
  static FakeInteraction messageMenu(
      FakeDiscord discord, String userId, String locale, String name, ObjectNode message) {
    JsonNode registered = Interactions.registered(discord, name);
    if (registered.path("type").asInt() != MESSAGE_MENU) {
      throw new AssertionError(name + " is not registered as a message menu command");
    }
    ObjectNode payload =
        Interactions.base(
            discord,
            userId,
            locale,
            Interactions.APPLICATION_COMMAND,
            message.path("channel_id").asText());
    ObjectNode data = payload.putObject("data");
    data.put("id", registered.path("id").asText()).put("name", name).put("type", MESSAGE_MENU);
    data.put("guild_id", discord.guildId);
    String messageId = message.path("id").asText();
    data.put("target_id", messageId);
    data.putObject("resolved").putObject("messages").set(messageId, message.deepCopy());
    return new FakeInteraction(
        payload.path("id").asText(),
        payload.path("token").asText(),
        Interactions.APPLICATION_COMMAND,
        payload);
  }
}
