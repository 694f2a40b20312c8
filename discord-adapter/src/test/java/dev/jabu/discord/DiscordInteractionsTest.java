package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.Feature;
import dev.jabu.core.recap.RecapFeature;
import dev.jabu.core.recap.RecapSettings;
import dev.jabu.core.testkit.Golden;
import dev.jabu.discord.fake.FakeCdn;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What Discord gives members beyond typed commands, driven through the real JDA against the fake
 * Discord: the registration payload (Korean names, choices, ranges, the attachment type, moderator
 * permissions, the message menu), Manage Events as a moderator grant, forms (modals), the recap
 * file as an attachment and "Publish as recap" on a message.
 */
class DiscordInteractionsTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final String RECAP =
      "---\ntitle: DevOps Korea 11월 밋업 후기\n---\n\n## 발표 1: GitOps\n\nArgo CD로 배포를 자동화한 이야기."
          + " @everyone 은 핑이 아니에요.\n\n## 발표 2: SRE\n\n장애 회고를 나눈 이야기.\n";

  private DiscordHarness harness;
  private FakeCdn cdn;

  @AfterEach
  void stop() throws Exception {
    if (cdn != null) {
      cdn.close();
    }
    if (harness != null) {
      FakeDiscord discord = harness.discord;
      harness.close();
      assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
    }
  }

  /** The glossary, meetups and recaps, as the launcher installs them. */
  private FakeDiscord start() throws Exception {
    Feature recaps =
        services -> RecapFeature.install(services, RecapSettings.defaults(), Optional.empty());
    harness = new DiscordHarness(s -> s, List.of(recaps)).start();
    cdn = FakeCdn.start(harness.discord);
    return harness.discord;
  }

  // --- registration ---

  @Test
  void registrationCarriesKoreanNamesChoicesRangesFilesPermissionsAndTheRecapMenu(TestInfo test)
      throws Exception {
    FakeDiscord discord = start();
    ArrayNode commands = discord.commands(discord.guildId);

    JsonNode recap = command(commands, "recap");
    assertThat(recap.path("name_localizations").path("ko").asText()).isEqualTo("후기");
    assertThat(recap.path("default_member_permissions").asText()).isEqualTo("8589934592");
    JsonNode file = option(option(recap, "preview"), "file");
    assertThat(file.path("type").asInt()).isEqualTo(11);
    assertThat(file.path("name_localizations").path("ko").asText()).isEqualTo("파일");

    JsonNode meetup = command(commands, "meetup");
    JsonNode capacity = option(option(meetup, "capacity"), "seats");
    assertThat(capacity.path("min_value").asLong()).isEqualTo(1);
    assertThat(capacity.path("max_value").asLong()).isEqualTo(10_000);
    assertThat(option(meetup, "create").path("options"))
        .as("a bare /meetup create opens the form")
        .allSatisfy(o -> assertThat(o.path("required").asBoolean(false)).isFalse());

    JsonNode category = option(option(command(commands, "glossary"), "suggest"), "category");
    assertThat(category.path("choices")).hasSize(5);
    assertThat(category.path("choices").get(4).path("value").asText()).isEqualTo("tool");
    assertThat(category.path("choices").get(4).path("name_localizations").path("ko").asText())
        .isEqualTo("도구·제품");

    JsonNode menu = command(commands, DiscordRegistration.RECAP_MENU);
    assertThat(menu.path("type").asInt()).isEqualTo(3);
    assertThat(menu.path("name_localizations").path("ko").asText()).isEqualTo("후기로 올리기");
    assertThat(menu.path("default_member_permissions").asText()).isEqualTo("8589934592");

    Golden.assertMatches(test, "json", JSON.writeValueAsString(withoutIds(commands)) + "\n");
  }

  @Test
  void aSecondStartWithTheSameSpecsWritesNothing() throws Exception {
    FakeDiscord discord = start();
    assertThat(discord.commandWrites()).isEqualTo(1);
    DiscordSettings settings =
        DiscordSettings.of(FakeDiscord.TOKEN)
            .withGuild(discord.guildId)
            .withEndpoints(discord.apiUrl(), Optional.of(discord.gatewayUrl()));
    DiscordAdapter again = new DiscordAdapter(settings, harness.jabu);
    try {
      again.start();
    } finally {
      again.close();
    }
    assertThat(discord.commandWrites())
        .as("menu and options compared as Discord stores them")
        .isEqualTo(1);
  }

  // --- moderators ---

  @Test
  void aMemberWithManageEventsModeratesWithoutAConfiguredRole() throws Exception {
    FakeDiscord discord = start();
    String manager = discord.memberWithRoles("events", discord.eventManagerRole);

    FakeInteraction list = discord.slash(manager, "en-US", "recap", "list", Map.of());

    assertThat(list.ephemeral()).isTrue();
    assertThat(list.content()).contains("No recap has been published");
  }

  @Test
  void aMemberWithoutTheRightIsRefusedPrivatelyWhenPressingAModeratorButton() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);
    String alice = discord.member("alice", false);
    FakeInteraction preview =
        discord.slash(moderator, "en-US", "recap", "preview", Map.of("text", RECAP));
    ObjectNode shown = preview.awaitAnswer();
    String publish = button(shown, "j1:/recap publish");

    FakeInteraction press = discord.press(alice, "en-US", shown, publish);

    assertThat(press.callbackType()).isEqualTo(FakeInteraction.MESSAGE);
    assertThat(press.ephemeral()).isTrue();
    assertThat(press.content()).contains("Only moderators");
    assertThat(discord.messages(discord.announcements)).isEmpty();
  }

  @Test
  void thePreviewsButtonsPublishItOnceOrDiscardIt() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);
    ObjectNode first =
        discord.slash(moderator, "en-US", "recap", "preview", Map.of("text", RECAP)).awaitAnswer();
    ObjectNode second =
        discord
            .slash(moderator, "en-US", "recap", "preview", Map.of("text", "# 다른 후기\n\n## 하나\n\n글"))
            .awaitAnswer();
    String publish = button(first, "j1:/recap publish preview:");
    assertThat(publish).isEqualTo("j1:/recap publish preview:1");

    FakeInteraction published = discord.press(moderator, "en-US", first, publish);
    FakeInteraction again = discord.press(moderator, "en-US", first, publish);
    assertThat(published.ephemeral()).isTrue();
    // two presses at once, on workers of their own: whichever comes first publishes, once
    List<String> answers =
        List.of(
            published.awaitAnswer().path("content").asText(),
            again.awaitAnswer().path("content").asText());
    assertThat(answers)
        .filteredOn(a -> a.contains("Published recap #1 \"DevOps Korea 11월 밋업 후기\""))
        .hasSize(1);
    assertThat(answers).filteredOn(a -> a.contains("Preview 1 is gone")).hasSize(1);

    FakeInteraction discarded =
        discord.press(moderator, "ko", second, button(second, "j1:/recap discard "));
    assertThat(discarded.awaitAnswer().path("content").asText()).contains("2번 미리보기를 버렸어요");
    FakeInteraction late =
        discord.press(moderator, "ko", second, button(second, "j1:/recap publish preview:"));
    assertThat(late.awaitAnswer().path("content").asText()).contains("2번 미리보기가 없어요");
    assertThat(discord.slash(moderator, "en-US", "recap", "list", Map.of()).content())
        .contains("DevOps Korea 11월 밋업 후기")
        .doesNotContain("다른 후기");
  }

  // --- forms ---

  @Test
  void aBareRecapPreviewOpensTheFormAndItsSubmissionIsPreviewedPrivately() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);

    FakeInteraction opened = discord.slash(moderator, "ko", "recap", "preview", Map.of());
    assertThat(opened.callbackType()).isEqualTo(9);
    JsonNode form = opened.awaitCallback().path("data");
    assertThat(form.path("title").asText()).isEqualTo("후기 붙여 넣기");
    JsonNode text = form.path("components").get(0);
    assertThat(text.path("component").path("max_length").asInt()).isEqualTo(4000);
    assertThat(text.path("description").asText()).contains("file:");

    FakeInteraction submitted = discord.submitModal(moderator, "ko", opened, Map.of("text", RECAP));

    ObjectNode answer = submitted.awaitAnswer();
    assertThat(submitted.ephemeral()).isTrue();
    assertThat(answer.path("content").asText() + answer.path("embeds"))
        .contains("DevOps Korea 11월 밋업 후기", "GitOps");
    assertThat(discord.messages(discord.announcements)).isEmpty();
  }

  @Test
  void theMeetupFormsCreateAndEditThroughTheSameCommand() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);

    FakeInteraction create = discord.slash(moderator, "ko", "meetup", "create", Map.of());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "DevOps Korea \"12월\" 밋업");
    fields.put("start", "2026-12-05 19:00");
    fields.put("capacity", "30");
    FakeInteraction created = discord.submitModal(moderator, "ko", create, fields);
    assertThat(created.awaitAnswer().path("content").asText()).contains("#1");
    assertThat(harness.meetups.get().find(1).orElseThrow().title())
        .isEqualTo("DevOps Korea \"12월\" 밋업");

    FakeInteraction edit = discord.slash(moderator, "ko", "meetup", "edit", Map.of("id", 1));
    assertThat(edit.awaitCallback().path("data").path("title").asText()).isEqualTo("밋업 #1 고치기");
    FakeInteraction edited = discord.submitModal(moderator, "ko", edit, Map.of("capacity", "0"));

    assertThat(edited.ephemeral()).isTrue();
    assertThat(edited.awaitAnswer().path("content").asText()).contains("정원");
    assertThat(harness.meetups.get().find(1).orElseThrow().capacity()).isEqualTo(30);
  }

  // --- files ---

  @Test
  void aRecapFileAttachedToPreviewIsReadAndPreviewed() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);
    ObjectNode file =
        cdn.attach("2026-11-devops.md", "text/markdown", RECAP.getBytes(StandardCharsets.UTF_8));

    FakeInteraction preview =
        discord.slash(moderator, "en-US", "recap", "preview", Map.of("file", file));

    ObjectNode answer = preview.awaitAnswer();
    assertThat(preview.ephemeral()).isTrue();
    assertThat(answer.toString()).contains("DevOps Korea 11월 밋업 후기", "SRE");
    assertThat(cdn.downloads()).hasSize(1);
  }

  @Test
  void aFileTooLargeOrFromElsewhereIsRefusedPrivatelyWithoutDownloading() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);
    ObjectNode large = cdn.attach("huge.md", "text/markdown", new byte[DiscordFiles.MAX_BYTES + 1]);
    // a file served, but at an address that is neither Discord's CDN nor the configured API host
    ObjectNode served =
        cdn.attach("recap.md", "text/markdown", RECAP.getBytes(StandardCharsets.UTF_8));
    ObjectNode elsewhere =
        cdn.attachmentAt(
            "recap.md", served.path("url").asText().replace("127.0.0.1", "localhost"), 10);
    ObjectNode image = cdn.attach("photo.png", "image/png", new byte[] {1, 2, 3});

    FakeInteraction tooLarge =
        discord.slash(moderator, "ko", "recap", "preview", Map.of("file", large));
    FakeInteraction foreign =
        discord.slash(moderator, "en-US", "recap", "preview", Map.of("file", elsewhere));
    FakeInteraction notText =
        discord.slash(moderator, "en-US", "recap", "preview", Map.of("file", image));

    assertThat(tooLarge.awaitAnswer().path("content").asText()).contains("huge.md", "100KB");
    assertThat(foreign.awaitAnswer().path("content").asText()).contains("did not hand over");
    assertThat(notText.awaitAnswer().path("content").asText()).contains("markdown (.md)");
    assertThat(List.of(tooLarge, foreign, notText))
        .allSatisfy(i -> assertThat(i.ephemeral()).isTrue());
    assertThat(cdn.downloads()).isEmpty();
  }

  // --- the message menu ---

  @Test
  void publishAsRecapOnAMessageTakesItsMarkdownFileOrElseItsText() throws Exception {
    FakeDiscord discord = start();
    String moderator = discord.member("mod", true);
    String alice = discord.member("alice", false);
    ObjectNode withFile =
        discord.sayWithFiles(
            alice,
            discord.general,
            "후기 파일 올려요",
            List.of(
                cdn.attach("recap.md", "text/markdown", RECAP.getBytes(StandardCharsets.UTF_8))));
    ObjectNode plain =
        discord.sayWithFiles(alice, discord.general, "# 짧은 후기\n\n## 한 줄\n\n좋았어요.", List.of());

    FakeInteraction fromFile =
        discord.messageMenu(moderator, "ko", DiscordRegistration.RECAP_MENU, withFile);
    FakeInteraction fromText =
        discord.messageMenu(moderator, "ko", DiscordRegistration.RECAP_MENU, plain);

    assertThat(fromFile.awaitAnswer().toString()).contains("DevOps Korea 11월 밋업 후기");
    assertThat(fromText.awaitAnswer().toString()).contains("짧은 후기");
    assertThat(fromFile.ephemeral()).isTrue();
    assertThat(fromText.ephemeral()).isTrue();
  }

  @Test
  void publishAsRecapFromAMemberWithoutTheRightIsRefusedPrivately() throws Exception {
    FakeDiscord discord = start();
    String alice = discord.member("alice", false);
    ObjectNode message =
        discord.sayWithFiles(alice, discord.general, "# 후기\n\n## 하나\n\n글", List.of());

    FakeInteraction menu =
        discord.messageMenu(alice, "en-US", DiscordRegistration.RECAP_MENU, message);

    assertThat(menu.ephemeral()).isTrue();
    assertThat(menu.content()).contains("/recap preview");
    assertThat(cdn.downloads()).isEmpty();
  }

  private static String button(JsonNode message, String prefix) {
    for (JsonNode row : message.path("components")) {
      for (JsonNode button : row.path("components")) {
        if (button.path("custom_id").asText().startsWith(prefix)) {
          return button.path("custom_id").asText();
        }
      }
    }
    throw new AssertionError("no button " + prefix + " on " + message);
  }

  private static JsonNode command(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no command " + name);
  }

  private static JsonNode option(JsonNode parent, String name) {
    for (JsonNode option : parent.path("options")) {
      if (option.path("name").asText().equals(name)) {
        return option;
      }
    }
    throw new AssertionError("no option " + name + " in " + parent.path("name"));
  }

  /** The payload as jabu sent it: without what Discord assigns. */
  private static ArrayNode withoutIds(ArrayNode commands) {
    ArrayNode copy = commands.deepCopy();
    for (JsonNode command : copy) {
      ((ObjectNode) command).remove(List.of("id", "application_id", "version", "guild_id"));
    }
    return copy;
  }
}
