package dev.jabu.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.parse.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Slack app manifest, generated from the command specs so it cannot drift from them: every
 * top-level command as a slash command with its usage hint, the shortcuts, the bot scopes jabu uses
 * (and no others), the events it subscribes to, and either Socket Mode or the request URL. An
 * operator pastes it into "Create New App → From an app manifest".
 */
public final class SlackRegistration {
  /** The message shortcut that turns a message into a recap preview. */
  public static final String RECAP_SHORTCUT = "jabu_recap_from_message";

  /** The global shortcut that opens the "paste a recap" modal. */
  public static final String PASTE_RECAP_SHORTCUT = "jabu_paste_recap";

  /** The global shortcut that opens the "new meetup" modal. */
  public static final String NEW_MEETUP_SHORTCUT = "jabu_new_meetup";

  /** Slack's limits for a slash command's description and usage hint. */
  static final int DESCRIPTION_CHARS = 100;

  static final int USAGE_HINT_CHARS = 100;

  /**
   * The bot scopes, each for a reason: mentions, posting and slash commands, direct messages
   * (opening one, and checking a lost post in it), reading channel history only to check a lost
   * post (public and private channels), the moderators' user group, reading a markdown file
   * attached to a message chosen for "Preview as recap", and each member's language (Slack sends
   * none with a command; {@code users.info} tells it).
   */
  static final List<String> BOT_SCOPES =
      List.of(
          "app_mentions:read",
          "chat:write",
          "commands",
          "im:write",
          "im:history",
          "channels:history",
          "groups:history",
          "usergroups:read",
          "files:read",
          "users:read");

  /** The Events API subscriptions: mentions and the App Home tab. */
  static final List<String> BOT_EVENTS = List.of("app_home_opened", "app_mention");

  /**
   * @param appName the app's and bot's display name
   * @param requestUrl the public address of {@code POST /slack/events}; ignored in Socket Mode
   */
  public record Options(
      String appName,
      String description,
      Locale locale,
      String commandPrefix,
      Optional<String> requestUrl,
      boolean socketMode) {}

  private SlackRegistration() {}

  /** The manifest as YAML, ready to paste. */
  public static String manifestYaml(List<CommandSpec> commands, Options options) {
    ObjectMapper yaml =
        new ObjectMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    try {
      return yaml.writeValueAsString(manifest(commands, options));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /** The manifest as a tree of maps and lists, in Slack's manifest schema. */
  public static Map<String, Object> manifest(List<CommandSpec> commands, Options options) {
    Optional<String> url = options.socketMode() ? Optional.empty() : options.requestUrl();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put(
        "display_information",
        ordered("name", options.appName(), "description", cut(options.description(), 140)));
    Map<String, Object> features = new LinkedHashMap<>();
    features.put(
        "app_home",
        ordered(
            "home_tab_enabled", true,
            "messages_tab_enabled", true,
            "messages_tab_read_only_enabled", false));
    features.put("bot_user", ordered("display_name", options.appName(), "always_online", true));
    features.put("shortcuts", shortcuts(options.locale()));
    List<Object> slashCommands = new ArrayList<>();
    for (CommandSpec command : commands) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("command", "/" + options.commandPrefix() + command.name());
      url.ifPresent(u -> entry.put("url", u));
      entry.put("description", cut(command.description().get(options.locale()), DESCRIPTION_CHARS));
      usageHint(command).ifPresent(hint -> entry.put("usage_hint", hint));
      entry.put("should_escape", false);
      slashCommands.add(entry);
    }
    features.put("slash_commands", slashCommands);
    manifest.put("features", features);
    manifest.put("oauth_config", ordered("scopes", ordered("bot", BOT_SCOPES)));
    Map<String, Object> settings = new LinkedHashMap<>();
    Map<String, Object> events = new LinkedHashMap<>();
    url.ifPresent(u -> events.put("request_url", u));
    events.put("bot_events", BOT_EVENTS);
    settings.put("event_subscriptions", events);
    Map<String, Object> interactivity = new LinkedHashMap<>();
    interactivity.put("is_enabled", true);
    url.ifPresent(u -> interactivity.put("request_url", u));
    settings.put("interactivity", interactivity);
    settings.put("org_deploy_enabled", false);
    settings.put("socket_mode_enabled", options.socketMode());
    settings.put("token_rotation_enabled", false);
    manifest.put("settings", settings);
    return manifest;
  }

  /**
   * What Slack shows after the command's name: {@code <create|rsvp|…>} or {@code <question...>}.
   */
  static Optional<String> usageHint(CommandSpec command) {
    String line = Usage.line(command, null);
    String hint = line.substring(line.indexOf(' ') + 1);
    return line.indexOf(' ') < 0 ? Optional.empty() : Optional.of(cut(hint, USAGE_HINT_CHARS));
  }

  private static List<Object> shortcuts(Locale locale) {
    boolean ko = "ko".equals(locale.getLanguage());
    return List.of(
        ordered(
            "name",
            ko ? "후기로 미리 보기" : "Preview as recap",
            "type",
            "message",
            "callback_id",
            RECAP_SHORTCUT,
            "description",
            ko ? "이 메시지를 밋업 후기로 미리 봅니다" : "Preview this message as a recap"),
        ordered(
            "name",
            ko ? "후기 붙여 넣기" : "Paste a recap",
            "type",
            "global",
            "callback_id",
            PASTE_RECAP_SHORTCUT,
            "description",
            ko ? "마크다운 후기를 붙여 넣어 미리 봅니다" : "Paste a markdown recap to preview it"),
        ordered(
            "name",
            ko ? "새 밋업" : "New meetup",
            "type",
            "global",
            "callback_id",
            NEW_MEETUP_SHORTCUT,
            "description",
            ko ? "밋업 초안을 만듭니다" : "Create a meetup draft"));
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
