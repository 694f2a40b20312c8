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
    return submission(callbackId, user, valuesJson, "");
  }

  private static JsonObject submission(
      String callbackId, String user, String valuesJson, String privateMetadata) {
    JsonObject payload =
        json(
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
    payload.getAsJsonObject("view").addProperty("private_metadata", privateMetadata);
    return payload;
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

  private void homeOpened(String user, String eventId) throws Exception {
    homeOpened(user, eventId, null);
  }

  /**
   * {@code app_home_opened}; {@code shown} is the Home view Slack shows now, sent with the event.
   */
  private void homeOpened(String user, String eventId, JsonObject shown) throws Exception {
    JsonObject opened =
        json(
            "{\"token\":\"x\",\"team_id\":\"TJABU\",\"api_app_id\":\"AJABU\",\"type\":"
                + "\"event_callback\",\"event_id\":\""
                + eventId
                + "\",\"event_time\":1,\"event\":{\"type\":\"app_home_opened\",\"user\":\""
                + user
                + "\",\"channel\":\"D"
                + user
                + "\",\"tab\":\"home\",\"event_ts\":\"1.0\"}}");
    if (shown != null) {
      JsonObject view = shown.deepCopy();
      view.addProperty("id", "VHOME" + user);
      view.addProperty("hash", "h-" + eventId);
      opened.getAsJsonObject("event").add("view", view);
    }
    assertThat(fixture.send(opened.toString()).status()).isEqualTo(200);
  }

  private String say(String user, String command, String text) throws Exception {
    return fixture.send(fixture.slashCommand(user, command, text)).body();
  }

  @Test
  void theHomeTabShowsTheMembersPlacesNextReminderAndOneButtonPerMeetup() throws Exception {
    say("UMOD", "/meetup", "create title:\"Home night\" start:2026-12-05T19:00 capacity:1");
    say("UMOD", "/meetup", "announce 1");
    say("UMOD", "/meetup", "create title:\"홈 두 번째\" start:2026-12-12T19:00 capacity:5");
    say("UMOD", "/meetup", "announce 2");
    say("UALICE", "/meetup", "rsvp 1");
    homeOpened("UALICE", "EvHome1");
    JsonObject home =
        Eventually.await(fixture.slack::views, v -> !v.isEmpty(), "the Home tab").get(0);
    assertThat(home.get("type").getAsString()).isEqualTo("home");
    String shown = home.toString();
    // the first reminder, a week before 19:00 in Seoul: 2026-11-28 10:00 UTC
    long reminder = java.time.Instant.parse("2026-11-28T10:00:00Z").getEpochSecond();
    assertThat(shown)
        .contains("Home night", "참석 확정", "다음 알림 DM", "<!date^" + reminder + "^")
        .contains("홈 두 번째", "신청 전")
        .contains("j1:/meetup leave 1", "j1:/meetup rsvp 2", "/term")
        .doesNotContain("j1:/meetup rsvp 1");
  }

  @Test
  void reopeningAnUnchangedHomeTabPublishesNothingAndAPressThereRepublishesIt() throws Exception {
    say("UMOD", "/meetup", "create title:\"Home night\" start:2026-12-05T19:00 capacity:2");
    say("UMOD", "/meetup", "announce 1");
    homeOpened("UALICE", "EvHome1");
    JsonObject first =
        Eventually.await(fixture.slack::views, v -> v.size() == 1, "the Home tab").get(0);
    homeOpened("UALICE", "EvHome2", first);
    // a later, different event: once it is answered, the reopening before it was handled
    homeOpened("UBOB", "EvHome3");
    Eventually.await(fixture.slack::views, v -> v.size() == 2, "Bob's Home tab");
    assertThat(fixture.slack.count("views.publish"))
        .as("Alice's second look cost nothing")
        .isEqualTo(2);

    // a press on the Home tab has no channel and no response_url: the answer comes as a DM
    JsonObject press =
        json(decodedPayload(fixture.buttonPress("UALICE", "j1:/meetup rsvp 1", "1", "t-home")));
    press.remove("channel");
    press.remove("response_url");
    JsonObject shown = first.deepCopy();
    shown.addProperty("id", "VHOMEUALICE");
    shown.addProperty("hash", "h");
    press.add("view", shown);
    fixture.send(SlackFixture.interaction(press));
    assertThat(awaitDm("UALICE", 1).get(0).text()).contains("Home night");
    JsonObject updated =
        Eventually.await(fixture.slack::views, v -> v.size() >= 3, "the Home tab again").get(2);
    assertThat(updated.toString()).contains("참석 확정", "j1:/meetup leave 1");
  }

  /** The values of a submitted edit form: the prefilled ones, with {@code changes} typed over. */
  private static String editValues(JsonObject form, java.util.Map<String, String> changes) {
    JsonObject values = new JsonObject();
    for (var block : form.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (!"input".equals(b.get("type").getAsString())) {
        continue;
      }
      String name = b.get("block_id").getAsString();
      JsonObject element = b.getAsJsonObject("element");
      String value =
          changes.getOrDefault(
              name, element.has("initial_value") ? element.get("initial_value").getAsString() : "");
      JsonObject inner = new JsonObject();
      inner.addProperty("type", "plain_text_input");
      inner.addProperty("value", value);
      JsonObject byAction = new JsonObject();
      byAction.add(name, inner);
      values.add(name, byAction);
    }
    return values.toString();
  }

  private JsonObject openEditForm() throws Exception {
    say(
        "UMOD",
        "/meetup",
        "create title:\"Edit night\" start:2026-12-05T19:00 capacity:30 venue:\"판교 오피스\"");
    var opened = fixture.send(fixture.slashCommand("UMOD", "/meetup", "edit 1"));
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body()).as("the form, not an answer").isEmpty();
    JsonObject form = fixture.slack.views().get(0);
    assertThat(form.get("callback_id").getAsString()).isEqualTo(SlackViews.EDIT_MEETUP_MODAL);
    assertThat(form.toString())
        .contains(
            "\"initial_value\":\"Edit night\"",
            "\"initial_value\":\"2026-12-05 19:00\"",
            "\"initial_value\":\"30\"",
            "\"initial_value\":\"판교 오피스\"");
    return form;
  }

  @Test
  void meetupEditAloneOpensTheFormPrefilledAndItsSubmissionChangesOnlyWhatWasTyped()
      throws Exception {
    JsonObject form = openEditForm();
    // meanwhile another moderator moves the venue; the form's untouched venue must not undo it
    say("UMOD", "/meetup", "edit 1 venue:\"강남 스페이스\"");
    String values =
        editValues(form, java.util.Map.of("title", "겨울 <!channel> 밋업", "capacity", "40"));
    fixture.send(
        SlackFixture.interaction(
            submission(
                SlackViews.EDIT_MEETUP_MODAL,
                "UMOD",
                values,
                form.get("private_metadata").getAsString())));
    awaitDm("UMOD", 1);
    String info = json(say("UMOD", "/meetup", "info 1")).toString();
    assertThat(info).contains("겨울 &lt;!channel&gt; 밋업", "40", "강남 스페이스");
  }

  @Test
  void anEditFormThatFailsTheChecksGetsTheCommandsOwnError() throws Exception {
    JsonObject form = openEditForm();
    String values = editValues(form, java.util.Map.of("capacity", "0"));
    fixture.send(
        SlackFixture.interaction(
            submission(
                SlackViews.EDIT_MEETUP_MODAL,
                "UMOD",
                values,
                form.get("private_metadata").getAsString())));
    String dm = awaitDm("UMOD", 1).get(0).text();
    String typed = json(say("UMOD", "/meetup", "edit 1 capacity:0")).get("text").getAsString();
    assertThat(dm).isEqualTo(typed);
  }

  @Test
  void anUnchangedEditFormChangesNothingAndSaysSo() throws Exception {
    JsonObject form = openEditForm();
    fixture.send(
        SlackFixture.interaction(
            submission(
                SlackViews.EDIT_MEETUP_MODAL,
                "UMOD",
                editValues(form, java.util.Map.of()),
                form.get("private_metadata").getAsString())));
    assertThat(awaitDm("UMOD", 1).get(0).text()).contains("#1", "그대로");
  }

  @Test
  void aMemberWhoMayNotEditGetsTheCommandsRefusalAndNoForm() throws Exception {
    say("UMOD", "/meetup", "create title:\"Edit night\" start:2026-12-05T19:00 capacity:30");
    say("UMOD", "/meetup", "announce 1");
    String answer = say("UALICE", "/meetup", "edit 1");
    assertThat(answer).contains("#1").doesNotContain("Edit night");
    assertThat(fixture.slack.views()).isEmpty();
  }

  private static String decodedPayload(String form) {
    return java.net.URLDecoder.decode(
        form.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
  }
}
