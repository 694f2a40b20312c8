package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.Button;
import dev.jabu.core.testkit.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buttons, mentions in threads and Slack's redeliveries, through the real Bolt. */
class SlackInteractionsTest {
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    // one worker: commands run in arrival order, so a test can wait for the last one
    fixture = SlackFixture.http(Duration.ofMillis(2000), 1);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private String say(String user, String command, String text) throws Exception {
    SlackHttpEndpoint.Answer answer = fixture.send(fixture.slashCommand(user, command, text));
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }

  private static String rsvp(long meetup) {
    return ActionIds.encode(new Button("RSVP", "/meetup rsvp " + meetup, Button.Style.PRIMARY));
  }

  private List<JsonObject> awaitResponses(int count) {
    return Eventually.await(
        fixture.slack::responses, r -> r.size() >= count, count + " answers at response_url");
  }

  @Test
  void aModeratorByUserGroupCreatesAMeetupAndAButtonPressTakesASeat() throws Exception {
    String created =
        say("UMOD", "/meetup", "create title:\"Slack night\" start:2026-12-05T19:00 capacity:1");
    assertThat(created).contains("Slack night");
    assertThat(say("UALICE", "/meetup", "create title:x start:2026-12-05T19:00"))
        .as("a member outside the group is no moderator")
        .doesNotContain("\"text\":\"x");
    say("UMOD", "/meetup", "announce 1");

    var press = fixture.send(fixture.buttonPress("UALICE", rsvp(1), "1.000100", "trigger-a"));
    assertThat(press.status()).isEqualTo(200);
    JsonObject answer = awaitResponses(1).get(0);
    assertThat(answer.get("replace_original").getAsBoolean()).isFalse();
    assertThat(answer.get("text").getAsString()).contains("Slack night에 자리를 잡았어요");
    assertThat(say("UALICE", "/meetup", "my")).contains("Slack night");
    // the one seat is Alice's: Bob's press puts him on the waitlist
    fixture.send(fixture.buttonPress("UBOB", rsvp(1), "1.000100", "trigger-b"));
    JsonObject bob = awaitResponses(2).get(1);
    assertThat(bob.get("text").getAsString()).contains("대기 1번");
  }

  /** The reminder's "I'm coming" / "I can't come" buttons, pressed on Slack. */
  @Test
  void comingAndCantComeButtonsConfirmAndFreeTheSeat() throws Exception {
    say("UMOD", "/meetup", "create title:\"Slack night\" start:2026-12-05T19:00 capacity:1");
    say("UMOD", "/meetup", "announce 1");
    fixture.send(fixture.buttonPress("UALICE", rsvp(1), "1.000100", "trigger-a"));
    awaitResponses(1);
    String coming = ActionIds.encode(new Button("갈게요", "/meetup confirm 1", Button.Style.PRIMARY));
    String cantCome = ActionIds.encode(new Button("못 가요", "/meetup leave 1", Button.Style.DANGER));
    fixture.send(fixture.buttonPress("UALICE", coming, "1.000200", "trigger-c"));
    assertThat(awaitResponses(2).get(1).get("text").getAsString()).contains("오시는 걸로 적어 둘게요");
    fixture.send(fixture.buttonPress("UALICE", cantCome, "1.000200", "trigger-d"));
    assertThat(awaitResponses(3).get(2).get("text").getAsString()).contains("명단에서 빠졌어요");
    assertThat(say("UALICE", "/meetup", "my")).doesNotContain("Slack night");
  }

  @Test
  void theSamePressDeliveredTwiceActsOnce() throws Exception {
    say("UMOD", "/meetup", "create title:Twice start:2026-12-05T19:00 capacity:5");
    say("UMOD", "/meetup", "announce 1");
    String press = fixture.buttonPress("UALICE", rsvp(1), "1.000100", "trigger-same");
    fixture.send(press);
    fixture.send(press);
    // a later, different press: once it is answered, the duplicate before it was handled
    fixture.send(fixture.buttonPress("UALICE", rsvp(1), "1.000100", "trigger-later"));
    List<JsonObject> answers = awaitResponses(2);
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("text").getAsString()).contains("자리를 잡았어요");
    assertThat(answers.get(1).get("text").getAsString()).contains("이미 Twice에 자리가 있어요");
  }

  @Test
  void anIdThatIsNotJabusIsIgnored() throws Exception {
    var answer =
        fixture.send(fixture.buttonPress("UALICE", "someone-elses-button", "1.0", "trigger-x"));
    assertThat(answer.status()).isEqualTo(200);
    var probe = fixture.send(fixture.buttonPress("UALICE", "j1:/probe", "1.0", "trigger-y"));
    assertThat(probe.status()).isEqualTo(200);
    awaitResponses(1);
    assertThat(fixture.probes).hasValue(1);
  }

  @Test
  void aMentionInAThreadIsAnsweredInThatThread() throws Exception {
    String parent = fixture.slack.memberMessage("CGENERAL", "UALICE", "질문 있어요");
    String mention = fixture.slack.memberMessage("CGENERAL", "UALICE", "<@UJABU> 쿠버네티스가 뭐야?");
    var answer =
        fixture.send(
            SlackFixture.mention("Ev01", "UALICE", "<@UJABU> 쿠버네티스가 뭐야?", mention, parent));
    assertThat(answer.status()).isEqualTo(200);
    FakeSlack.Posted reply =
        Eventually.await(
                () -> fixture.slack.messages("CGENERAL"),
                m -> m.stream().anyMatch(p -> FakeSlack.BOT_USER.equals(p.user())),
                "jabu's reply")
            .stream()
            .filter(p -> FakeSlack.BOT_USER.equals(p.user()))
            .findFirst()
            .orElseThrow();
    assertThat(reply.threadTs()).isEqualTo(parent);
    assertThat(reply.text()).contains("Kubernetes");
  }

  @Test
  void aMentionOutsideAThreadStartsOneUnderItself() throws Exception {
    String ts = fixture.slack.memberMessage("CGENERAL", "UALICE", "<@UJABU> what is GitOps");
    fixture.send(SlackFixture.mention("Ev02", "UALICE", "<@UJABU> what is GitOps", ts, null));
    FakeSlack.Posted reply =
        Eventually.await(
                () -> fixture.slack.messages("CGENERAL"),
                m -> m.stream().anyMatch(p -> FakeSlack.BOT_USER.equals(p.user())),
                "jabu's reply")
            .stream()
            .filter(p -> FakeSlack.BOT_USER.equals(p.user()))
            .findFirst()
            .orElseThrow();
    assertThat(reply.threadTs()).isEqualTo(ts);
    assertThat(reply.text()).contains("GitOps");
  }

  @Test
  void aRetriedEventWithTheSameIdIsAnswered200AndActedOnOnce() throws Exception {
    String ts = fixture.slack.memberMessage("CGENERAL", "UALICE", "<@UJABU> /probe");
    String event = SlackFixture.mention("Ev03", "UALICE", "<@UJABU> /probe", ts, null);
    assertThat(fixture.send(event).status()).isEqualTo(200);
    Eventually.await(fixture.probes::get, n -> n == 1, "the first delivery");
    var retry =
        fixture.send(
            event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    assertThat(retry.status()).isEqualTo(200);
    String later = fixture.slack.memberMessage("CGENERAL", "UALICE", "<@UJABU> /probe");
    fixture.send(SlackFixture.mention("Ev04", "UALICE", "<@UJABU> /probe", later, null));
    Eventually.await(fixture.probes::get, n -> n == 2, "the later event");
    assertThat(fixture.probes).as("the retry did nothing").hasValue(2);
    // the private answers went to the member alone, in each mention's thread
    Eventually.await(fixture.slack::ephemeral, e -> e.size() == 2, "two ephemeral answers");
    assertThat(fixture.slack.ephemeral())
        .extracting(FakeSlack.Posted::threadTs)
        .containsExactly(ts, later);
  }

  @Test
  void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
    var answer =
        fixture.send("{\"token\":\"x\",\"challenge\":\"c-42\",\"type\":\"url_verification\"}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("c-42");
  }
}
