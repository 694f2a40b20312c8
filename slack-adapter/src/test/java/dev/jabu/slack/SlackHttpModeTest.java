package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jabu.core.testkit.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slash commands over HTTP: signed requests through the real Bolt to the engine and back. */
class SlackHttpModeTest {
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = SlackFixture.http(Duration.ofMillis(1500));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private static JsonObject json(SlackHttpEndpoint.Answer answer) {
    return JsonParser.parseString(answer.body()).getAsJsonObject();
  }

  @Test
  void aSignedTermCommandIsAnsweredInTheAcknowledgement() throws Exception {
    SlackHttpEndpoint.Answer answer = fixture.send(fixture.slashCommand("UALICE", "/term", "k8s"));
    assertThat(answer.status()).isEqualTo(200);
    JsonObject body = json(answer);
    assertThat(body.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(body.get("text").getAsString()).contains("Kubernetes");
    assertThat(FakeSlack.Blocks.problem(body.getAsJsonArray("blocks"))).isNull();
    assertThat(body.getAsJsonArray("blocks").toString()).contains("Kubernetes");
  }

  @Test
  void eachMemberIsAnsweredInTheLanguageTheySetInSlack() throws Exception {
    fixture.slack.userLocale("UBOB", "en-US").userLocale("UALICE", "ko-KR");
    // Slack sends no locale with a command: jabu asks users.info, waiting half a second at most
    // (a slow answer serves the next command), so the language is certain from the second one
    for (String member : List.of("UBOB", "UALICE", "UCAROL")) {
      fixture.send(fixture.slashCommand(member, "/term", "k8s"));
    }

    String bob = json(fixture.send(fixture.slashCommand("UBOB", "/term", "zzqxv"))).toString();
    String alice = json(fixture.send(fixture.slashCommand("UALICE", "/term", "zzqxv"))).toString();
    // someone Slack cannot tell about: the community's language (Korean here)
    String carol = json(fixture.send(fixture.slashCommand("UCAROL", "/term", "zzqxv"))).toString();

    assertThat(bob).containsPattern("[A-Za-z]{4,}").doesNotContainPattern("\\p{IsHangul}");
    assertThat(alice).containsPattern("\\p{IsHangul}");
    assertThat(carol).containsPattern("\\p{IsHangul}");
    assertThat(fixture.slack.calls()).filteredOn("users.info"::equals).hasSize(3); // then cached
  }

  @Test
  void aPrivateAnswerIsEphemeral() throws Exception {
    JsonObject body = json(fixture.send(fixture.slashCommand("UALICE", "/probe", "")));
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("text").getAsString()).isEqualTo("probed");
    assertThat(fixture.probes).hasValue(1);
  }

  @Test
  void aMistypedCommandGetsItsUsageNotAStackTrace() throws Exception {
    JsonObject body = json(fixture.send(fixture.slashCommand("UALICE", "/meetup", "rsvpp 1")));
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.toString()).contains("/meetup").doesNotContain("Exception", "at dev.jabu");
  }

  @Test
  void forgedStaleFutureMissingAndMalformedRequestsAre401AndNothingRuns() throws Exception {
    String body = fixture.slashCommand("UALICE", "/probe", "");
    long now = fixture.platform.clock().instant().getEpochSecond();
    String stale = Long.toString(now - 301);
    String future = Long.toString(now + 301);
    String current = Long.toString(now);
    Map<String, Map<String, String>> cases =
        Map.of(
            "forged",
            Map.of(
                "X-Slack-Request-Timestamp",
                current,
                "X-Slack-Signature",
                fixture.sign(current, body + "&extra=1")),
            "stale",
            Map.of(
                "X-Slack-Request-Timestamp", stale, "X-Slack-Signature", fixture.sign(stale, body)),
            "future",
            Map.of(
                "X-Slack-Request-Timestamp",
                future,
                "X-Slack-Signature",
                fixture.sign(future, body)),
            "no headers",
            Map.of(),
            "malformed",
            Map.of("X-Slack-Request-Timestamp", current, "X-Slack-Signature", "v0=nothex"));
    for (var c : cases.entrySet()) {
      assertThat(fixture.sendRaw(body, c.getValue()).status()).as(c.getKey()).isEqualTo(401);
    }
    assertThat(fixture.probes).hasValue(0);
    SlackHttpEndpoint endpoint = fixture.endpoint();
    assertThat(endpoint.refused(SignatureVerifier.Rejection.FORGED)).isEqualTo(1);
    assertThat(endpoint.refused(SignatureVerifier.Rejection.STALE)).isEqualTo(1);
    assertThat(endpoint.refused(SignatureVerifier.Rejection.FUTURE)).isEqualTo(1);
    assertThat(endpoint.refused(SignatureVerifier.Rejection.MISSING)).isEqualTo(1);
    assertThat(endpoint.refused(SignatureVerifier.Rejection.MALFORMED)).isEqualTo(1);
    // the same body, properly signed, does run: the cases above failed for their signatures
    assertThat(fixture.send(body).status()).isEqualTo(200);
    assertThat(fixture.probes).hasValue(1);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItsSignatureIsChecked() throws Exception {
    String body = "text=" + "a".repeat(SlackHttpEndpoint.MAX_BODY_BYTES);
    assertThat(fixture.send(body).status()).isEqualTo(413);
    assertThat(fixture.endpoint().refusedTooLarge()).isEqualTo(1);
  }

  @Test
  void slowWorkIsAcknowledgedAtOnceAndAnsweredThroughResponseUrl() throws Exception {
    String body = fixture.slashCommand("UALICE", "/slow", "");
    long started = System.nanoTime();
    SlackHttpEndpoint.Answer answer = fixture.send(body);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    assertThat(took).isLessThan(Duration.ofMillis(3000));
    assertThat(fixture.slack.responses()).isEmpty();
    fixture.slowMayFinish.countDown();
    Eventually.await(fixture.slack::responses, r -> !r.isEmpty(), "an answer at response_url");
    JsonObject response = fixture.slack.responses().get(0);
    assertThat(response.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(response.get("text").getAsString()).isEqualTo("finally done");
  }
}
