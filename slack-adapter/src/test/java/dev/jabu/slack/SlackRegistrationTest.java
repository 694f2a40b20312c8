package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jabu.core.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manifest is generated from the command specs; these checks read it back as Slack would. */
class SlackRegistrationTest {
  private static final String URL = "https://jabu.example.org/slack/events";
  private static SlackFixture fixture;
  private static List<CommandSpec> commands;

  @BeforeAll
  static void start() throws Exception {
    fixture = SlackFixture.http();
    commands = fixture.platform.jabu().registry().commands();
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  private static JsonNode manifest(String prefix, boolean socketMode) throws Exception {
    String yaml =
        SlackRegistration.manifestYaml(
            commands,
            new SlackRegistration.Options(
                "jabu", "DevOps Korea", Locale.KOREAN, prefix, Optional.of(URL), socketMode));
    return new ObjectMapper(new YAMLFactory()).readTree(yaml);
  }

  @Test
  void everyTopLevelCommandIsASlashCommandWithItsDescriptionAndUsage() throws Exception {
    JsonNode slash = manifest("", false).at("/features/slash_commands");
    List<String> names = new ArrayList<>();
    slash.forEach(c -> names.add(c.get("command").asText()));
    assertThat(names)
        .containsExactlyElementsOf(commands.stream().map(c -> "/" + c.name()).toList())
        .contains("/term", "/glossary", "/meetup", "/link", "/unlink", "/schedule", "/outbox")
        .contains("/help", "/about");
    for (int i = 0; i < commands.size(); i++) {
      CommandSpec spec = commands.get(i);
      JsonNode entry = slash.get(i);
      assertThat(entry.get("description").asText())
          .isEqualTo(
              spec.description().ko().length() <= 100
                  ? spec.description().ko()
                  : entry.get("description").asText())
          .hasSizeLessThanOrEqualTo(100);
      assertThat(entry.get("url").asText()).isEqualTo(URL);
      assertThat(entry.get("should_escape").asBoolean()).isFalse();
    }
    JsonNode meetup = slash.get(names.indexOf("/meetup"));
    assertThat(meetup.get("usage_hint").asText())
        .startsWith("<")
        .contains("rsvp", "leave", "create");
    JsonNode term = slash.get(names.indexOf("/term"));
    assertThat(term.get("usage_hint").asText()).contains("...");
  }

  @Test
  void aPrefixGoesBeforeEveryName() throws Exception {
    manifest("jabu-", false)
        .at("/features/slash_commands")
        .forEach(c -> assertThat(c.get("command").asText()).startsWith("/jabu-"));
  }

  @Test
  void httpModeNamesTheRequestUrlEverywhereAndSocketModeNowhere() throws Exception {
    JsonNode http = manifest("", false);
    assertThat(http.at("/settings/socket_mode_enabled").asBoolean()).isFalse();
    assertThat(http.at("/settings/event_subscriptions/request_url").asText()).isEqualTo(URL);
    assertThat(http.at("/settings/interactivity/request_url").asText()).isEqualTo(URL);

    JsonNode socket = manifest("", true);
    assertThat(socket.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    assertThat(socket.toString()).doesNotContain(URL);
    assertThat(socket.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
  }

  @Test
  void onlyTheScopesAndEventsJabuUses() throws Exception {
    JsonNode m = manifest("", false);
    List<String> scopes = new ArrayList<>();
    m.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
    assertThat(scopes)
        .containsExactlyInAnyOrder(
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
    List<String> events = new ArrayList<>();
    m.at("/settings/event_subscriptions/bot_events").forEach(e -> events.add(e.asText()));
    assertThat(events).containsExactlyInAnyOrder("app_mention", "app_home_opened");
    assertThat(m.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
    List<String> shortcuts = new ArrayList<>();
    m.at("/features/shortcuts").forEach(s -> shortcuts.add(s.get("callback_id").asText()));
    assertThat(shortcuts)
        .containsExactly(
            SlackRegistration.RECAP_SHORTCUT,
            SlackRegistration.PASTE_RECAP_SHORTCUT,
            SlackRegistration.NEW_MEETUP_SHORTCUT);
  }
}
