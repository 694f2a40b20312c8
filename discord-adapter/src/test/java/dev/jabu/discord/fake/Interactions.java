package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** INTERACTION_CREATE payloads as Discord sends them from a guild channel. */
final class Interactions {
  static final int APPLICATION_COMMAND = 2;
  static final int MESSAGE_COMPONENT = 3;
  static final int AUTOCOMPLETE = 4;
  private static final int DIRECT_MESSAGE = 1;
  private static final String ALL_PERMISSIONS = "2248473465835073";

  private Interactions() {}

  static FakeInteraction slash(
      FakeDiscord discord,
      String userId,
      String locale,
      String command,
      String subcommand,
      Map<String, Object> options,
      boolean autocomplete) {
    JsonNode registered = registered(discord, command);
    ObjectNode payload =
        base(
            discord,
            userId,
            locale,
            autocomplete ? AUTOCOMPLETE : APPLICATION_COMMAND,
            discord.general);
    ObjectNode data = payload.putObject("data");
    data.put("id", registered.path("id").asText()).put("name", command).put("type", 1);
    data.put("guild_id", discord.guildId);
    JsonNode specs = registered.path("options");
    ArrayNode target = data.putArray("options");
    if (subcommand != null) {
      JsonNode sub = find(specs, subcommand, command + " " + subcommand);
      ObjectNode wrapper = target.addObject();
      wrapper.put("type", 1).put("name", subcommand);
      specs = sub.path("options");
      target = wrapper.putArray("options");
    }
    boolean first = true;
    for (Map.Entry<String, Object> option : options.entrySet()) {
      JsonNode spec = find(specs, option.getKey(), command + " " + option.getKey());
      ObjectNode value = target.addObject();
      int type = spec.path("type").asInt();
      value.put("name", option.getKey()).put("type", type);
      String raw = String.valueOf(option.getValue());
      if (type == 11 && option.getValue() instanceof ObjectNode file) {
        // an attachment option carries the file's id; the file itself is in resolved.attachments
        value.put("value", file.path("id").asText());
        data.with("resolved").with("attachments").set(file.path("id").asText(), file.deepCopy());
      } else if (autocomplete && first) {
        value.put("value", raw).put("focused", true); // what is typed so far is always a string
      } else {
        putTyped(discord, data, value, type, raw);
      }
      first = false;
    }
    return new FakeInteraction(
        payload.path("id").asText(),
        payload.path("token").asText(),
        payload.path("type").asInt(),
        payload);
  }

  static FakeInteraction button(
      FakeDiscord discord, String userId, String locale, ObjectNode message, String customId) {
    ObjectNode payload =
        base(discord, userId, locale, MESSAGE_COMPONENT, message.path("channel_id").asText());
    payload.set("message", message.deepCopy());
    payload.putObject("data").put("custom_id", customId).put("component_type", 2);
    return new FakeInteraction(
        payload.path("id").asText(), payload.path("token").asText(), MESSAGE_COMPONENT, payload);
  }

  static ObjectNode base(
      FakeDiscord discord, String userId, String locale, int type, String channelId) {
    ObjectNode payload = FakeDiscord.JSON.createObjectNode();
    payload.put("id", discord.interactionIds.next()).put("application_id", discord.applicationId);
    payload.put("type", type).put("token", "itoken-" + discord.ids.next()).put("version", 1);
    ObjectNode channel = discord.channels.get(channelId).deepCopy();
    payload.put("channel_id", channelId);
    payload.set("channel", channel);
    if (channel.path("type").asInt() == DIRECT_MESSAGE) {
      // in a direct message with the bot: no server, the user rather than a member (BOT_DM)
      payload.set("user", discord.users.get(userId).deepCopy());
      payload.put("locale", locale);
      payload.put("app_permissions", ALL_PERMISSIONS);
      payload.putArray("entitlements");
      payload.putObject("authorizing_integration_owners").put("0", "0");
      payload.put("context", 1);
    } else {
      payload.put("guild_id", discord.guildId);
      ObjectNode guild = payload.putObject("guild");
      guild.put("id", discord.guildId).put("locale", "ko");
      guild.putArray("features");
      ObjectNode member = discord.member(userId);
      member.put("permissions", ALL_PERMISSIONS);
      payload.set("member", member);
      payload.put("locale", locale).put("guild_locale", "ko");
      payload.put("app_permissions", ALL_PERMISSIONS);
      payload.putArray("entitlements");
      payload.putObject("authorizing_integration_owners").put("0", discord.guildId);
      payload.put("context", 0);
    }
    payload.put("attachment_size_limit", 10485760);
    return payload;
  }

  private static void putTyped(
      FakeDiscord discord, ObjectNode data, ObjectNode option, int type, String raw) {
    switch (type) {
      case 4 -> option.put("value", Long.parseLong(raw));
      case 5 -> option.put("value", Boolean.parseBoolean(raw));
      case 6 -> {
        option.put("value", raw);
        ObjectNode resolved = data.with("resolved");
        resolved.with("users").set(raw, discord.users.get(raw).deepCopy());
        ObjectNode member = discord.member(raw);
        member.remove("user");
        member.put("permissions", "0");
        resolved.with("members").set(raw, member);
      }
      case 7 -> {
        option.put("value", raw);
        ObjectNode channel = discord.channels.get(raw).deepCopy();
        channel.put("permissions", ALL_PERMISSIONS);
        data.with("resolved").with("channels").set(raw, channel);
      }
      default -> option.put("value", raw);
    }
  }

  static JsonNode registered(FakeDiscord discord, String command) {
    for (String scope : new String[] {discord.guildId, "global"}) {
      ArrayNode list = discord.commands.get(scope);
      if (list != null) {
        for (JsonNode c : list) {
          if (c.path("name").asText().equals(command)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("Discord would not deliver /" + command + ": it is not registered");
  }

  private static JsonNode find(JsonNode options, String name, String what) {
    for (JsonNode option : options) {
      if (option.path("name").asText().equals(name)) {
        return option;
      }
    }
    throw new AssertionError("Discord would not deliver " + what + ": no such registered option");
  }
}
