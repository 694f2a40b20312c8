package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.testkit.Golden;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The edit form as Slack receives it, locked with a golden JSON file. */
class SlackViewsTest {
  private static final Gson SNAKE = GsonFactory.createSnakeCase();
  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  @Test
  void theEditFormPrefilledWithAMeetup(TestInfo test) {
    var form =
        new MeetupReads.EditForm(
            12,
            "겨울 <!channel> 밋업",
            "2026-12-05 19:00",
            "2026-12-05 21:00",
            30,
            Optional.of("판교"),
            Optional.empty(),
            Optional.of("https://meet.example.com/devops"),
            "**DevOps** 이야기");
    JsonObject view =
        SNAKE.toJsonTree(SlackViews.editMeetupModal(Locale.KOREAN, form)).getAsJsonObject();
    assertThat(FakeSlack.Inputs.problem(view.getAsJsonArray("blocks"))).isNull();
    assertThat(view.getAsJsonObject("title").get("text").getAsString().length())
        .as("Slack's 24 characters for a modal title")
        .isLessThanOrEqualTo(24);
    Golden.assertMatches(test, "json", PRETTY.toJson(view) + "\n");
  }

  @Test
  void onlyChangedFieldsBecomeOptionsQuotedForTheParser() {
    var form =
        new MeetupReads.EditForm(
            3,
            "Night",
            "2026-12-05 19:00",
            "2026-12-05 21:00",
            30,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "");
    var view = SlackViews.editMeetupModal(Locale.ENGLISH, form);
    var state = new com.slack.api.model.view.ViewState();
    var values =
        new java.util.HashMap<
            String, java.util.Map<String, com.slack.api.model.view.ViewState.Value>>();
    for (String[] field :
        new String[][] {
          {"title", "Night"}, {"start", "2026-12-05 19:00"}, {"venue", "\"판교\" \\ 2층"}
        }) {
      var value = new com.slack.api.model.view.ViewState.Value();
      value.setValue(field[1]);
      values.put(field[0], java.util.Map.of(field[0], value));
    }
    state.setValues(values);
    assertThat(SlackViews.editCommand(state, view.getPrivateMetadata()))
        .contains("/meetup edit 3 venue:\"\\\"판교\\\" \\\\ 2층\"");
  }
}
