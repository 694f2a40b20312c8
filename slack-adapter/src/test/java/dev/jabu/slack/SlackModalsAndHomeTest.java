package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jabu.core.testkit.Eventually;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shortcuts, modals and the Home tab, through the real Bolt against the fake Slack. */
class SlackModalsAndHomeTest {
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = SlackFixture.http(Duration.ofMillis(2000), 1);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private static String user(String id) {
    return "{\"id\":\""
        + id
        + "\",\"username\":\""
        + id.toLowerCase()
        + "\",\"name\":\""
        + id.toLowerCase()
        + "\",\"team_id\":\"TJABU\"}";
  }

  private static JsonObject submission(String callbackId, String user, String valuesJson) {
    return json(
        "{\"type\":\"view_submission\",\"team\":{\"id\":\"TJABU\"},\"user\":"
            + user(user)
            + ",\"api_app_id\":\"AJABU\",\"token\":\"x\",\"trigger_id\":\"t-sub\",\"view\":{"
            + "\"id\":\"V1\",\"team_id\":\"TJABU\",\"type\":\"modal\",\"callback_id\":\""
            + callbackId
            + "\",\"hash\":\"h-"
            + System.nanoTime()
            + "\",\"title\":{\"type\":\"plain_text\",\"text\":\"x\"},\"blocks\":[],"
            + "\"private_metadata\":\"\",\"state\":{\"values\":"
            + valuesJson
            + "}}}");
  }

  private static String input(String name, String value) {
    JsonObject inner = new JsonObject();
    inner.addProperty("type", "plain_text_input");
    inner.addProperty("value", value);
    JsonObject byAction = new JsonObject();
    byAction.add(name, inner);
    return "\"" + name + "\":" + byAction;
  }

  private List<FakeSlack.Posted> awaitDm(String user, int count) {
    return Eventually.await(
        () -> fixture.slack.messages("D" + user), m -> m.size() >= count, "a DM to " + user);
  }

  @Test
  void theNewMeetupShortcutOpensAModalWhoseSubmissionCreatesTheMeetup() throws Exception {
    var shortcut =
        fixture.send(
            SlackFixture.interaction(
                json(
                    "{\"type\":\"shortcut\",\"token\":\"x\",\"action_ts\":\"1\",\"team\":{\"id\":"
                        + "\"TJABU\"},\"user\":"
                        + user("UMOD")
                        + ",\"callback_id\":\""
                        + SlackRegistration.NEW_MEETUP_SHORTCUT
                        + "\",\"trigger_id\":\"t-open\"}")));
    assertThat(shortcut.status()).isEqualTo(200);
    JsonObject modal = fixture.slack.views().get(0);
    assertThat(modal.get("callback_id").getAsString()).isEqualTo(SlackViews.MEETUP_MODAL);
    assertThat(modal.toString()).contains("\"block_id\":\"title\"", "\"block_id\":\"start\"");

    String values =
        "{"
            + String.join(
                ",",
                input("title", "Slack \"modal\" night"),
                input("start", "2026-12-05 19:00"),
                input("capacity", "30"))
            + "}";
    var submitted =
        fixture.send(SlackFixture.interaction(submission(SlackViews.MEETUP_MODAL, "UMOD", values)));
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(awaitDm("UMOD", 1).get(0).text()).contains("Slack \"modal\" night");
    assertThat(fixture.send(fixture.slashCommand("UMOD", "/meetup", "info 1")).body())
        .contains("Slack \\\"modal\\\" night", "30");
  }

  @Test
  void aPastedRecapIsPreviewedForTheModeratorAlone() throws Exception {
    String values =
        "{" + input("text", "# 12월 밋업 후기\n\n쿠버네티스 이야기를 나눴어요.\n\n## 1부\n\nGitOps 실습") + "}";
    fixture.send(SlackFixture.interaction(submission(SlackViews.RECAP_MODAL, "UMOD", values)));
    String preview = awaitDm("UMOD", 1).get(0).text();
    assertThat(preview).contains("12월 밋업 후기");
    assertThat(fixture.slack.messages("CGENERAL")).as("nothing posted publicly").isEmpty();
  }

  @Test
  void theMessageShortcutPreviewsTheMessageAsARecap() throws Exception {
    String ts = fixture.slack.memberMessage("CGENERAL", "UALICE", "# 번개 후기\n\n즐거웠어요");
    JsonObject action =
        json(
            "{\"type\":\"message_action\",\"token\":\"x\",\"action_ts\":\"1\",\"team\":{\"id\":"
                + "\"TJABU\"},\"user\":"
                + user("UMOD")
                + ",\"channel\":{\"id\":\"CGENERAL\",\"name\":\"general\"},\"callback_id\":\""
                + SlackRegistration.RECAP_SHORTCUT
                + "\",\"trigger_id\":\"t-msg\",\"message_ts\":\""
                + ts
                + "\",\"response_url\":\""
                + fixture.slack.newResponseUrl()
                + "\",\"message\":{\"type\":\"message\",\"user\":\"UALICE\",\"ts\":\""
                + ts
                + "\",\"text\":\"# 번개 후기\\n\\n즐거웠어요\"}}");
    assertThat(fixture.send(SlackFixture.interaction(action)).status()).isEqualTo(200);
    JsonObject answer =
        Eventually.await(fixture.slack::responses, r -> !r.isEmpty(), "the preview").get(0);
    assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(answer.toString()).contains("번개 후기");
  }

  @Test
  void theHomeTabShowsTheMembersMeetupsAndItsButtonsWork() throws Exception {
    fixture.send(
        fixture.slashCommand(
            "UMOD", "/meetup", "create title:\"Home night\" start:2026-12-05T19:00 capacity:2"));
    fixture.send(fixture.slashCommand("UMOD", "/meetup", "announce 1"));
    String opened =
        "{\"token\":\"x\",\"team_id\":\"TJABU\",\"api_app_id\":\"AJABU\",\"type\":"
            + "\"event_callback\",\"event_id\":\"EvHome1\",\"event_time\":1,\"event\":{\"type\":"
            + "\"app_home_opened\",\"user\":\"UALICE\",\"channel\":\"DUALICE\",\"tab\":\"home\","
            + "\"event_ts\":\"1.0\"}}";
    assertThat(fixture.send(opened).status()).isEqualTo(200);
    JsonObject home =
        Eventually.await(fixture.slack::views, v -> !v.isEmpty(), "the Home tab").get(0);
    assertThat(home.get("type").getAsString()).isEqualTo("home");
    assertThat(home.toString()).contains("Home night", "j1:/meetup rsvp 1", "/term");

    // a press on the Home tab has no channel and no response_url: the answer comes as a DM
    JsonObject press =
        json(decodedPayload(fixture.buttonPress("UALICE", "j1:/meetup rsvp 1", "1", "t-home")));
    press.remove("channel");
    press.remove("response_url");
    press.add("view", json("{\"id\":\"VH\",\"type\":\"home\",\"hash\":\"h\"}"));
    fixture.send(SlackFixture.interaction(press));
    assertThat(awaitDm("UALICE", 1).get(0).text()).contains("Home night");
    JsonObject updated =
        Eventually.await(fixture.slack::views, v -> v.size() >= 2, "the Home tab again").get(1);
    assertThat(updated.toString()).contains("Home night");
  }

  private static String decodedPayload(String form) {
    return java.net.URLDecoder.decode(
        form.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
  }
}
