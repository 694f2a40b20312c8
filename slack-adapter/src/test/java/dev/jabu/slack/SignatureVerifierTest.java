package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import dev.jabu.core.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signature check, case by case, against signatures made by Slack's own SDK. */
class SignatureVerifierTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String BODY = "token=x&command=%2Fterm&text=k8s";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  private final SignatureVerifier verifier = new SignatureVerifier(SECRET, clock);
  private final SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);

  private String now() {
    return Long.toString(clock.instant().getEpochSecond());
  }

  private Optional<SignatureVerifier.Rejection> verify(String ts, String signature) {
    return verifier.verify(ts, signature, BODY.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRequestSignedBySlackIsAccepted() {
    assertThat(verify(now(), slack.generate(now(), BODY))).isEmpty();
    assertThat(verifier.sign(now(), BODY.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(slack.generate(now(), BODY));
  }

  @Test
  void aSignatureOverAnotherBodyOrWithAnotherSecretIsForged() {
    assertThat(verify(now(), slack.generate(now(), BODY + "&x=1")))
        .contains(SignatureVerifier.Rejection.FORGED);
    assertThat(verify(now(), new SlackSignature.Generator("other").generate(now(), BODY)))
        .contains(SignatureVerifier.Rejection.FORGED);
  }

  @Test
  void theSignatureCoversTheTimestamp() {
    String earlier = Long.toString(clock.instant().getEpochSecond() - 1);
    assertThat(verify(now(), slack.generate(earlier, BODY)))
        .contains(SignatureVerifier.Rejection.FORGED);
  }

  @Test
  void fiveMinutesEitherWayIsTheEdge() {
    long t = clock.instant().getEpochSecond();
    for (long ts : new long[] {t - 300, t + 300}) {
      String s = Long.toString(ts);
      assertThat(verify(s, slack.generate(s, BODY))).as("at %d", ts - t).isEmpty();
    }
    String stale = Long.toString(t - 301);
    assertThat(verify(stale, slack.generate(stale, BODY)))
        .contains(SignatureVerifier.Rejection.STALE);
    String future = Long.toString(t + 301);
    assertThat(verify(future, slack.generate(future, BODY)))
        .contains(SignatureVerifier.Rejection.FUTURE);
  }

  @Test
  void aReplayedRequestGoesStaleAsTimePasses() {
    String ts = now();
    String signature = slack.generate(ts, BODY);
    clock.advance(Duration.ofMinutes(6));
    assertThat(verify(ts, signature)).contains(SignatureVerifier.Rejection.STALE);
  }

  @Test
  void missingHeadersAreMissing() {
    assertThat(verify(null, slack.generate(now(), BODY)))
        .contains(SignatureVerifier.Rejection.MISSING);
    assertThat(verify(now(), null)).contains(SignatureVerifier.Rejection.MISSING);
    assertThat(verify("", "")).contains(SignatureVerifier.Rejection.MISSING);
  }

  @Test
  void malformedHeadersAreMalformed() {
    String good = slack.generate(now(), BODY);
    assertThat(verify("12ab", good)).contains(SignatureVerifier.Rejection.MALFORMED);
    assertThat(verify("-5", good)).contains(SignatureVerifier.Rejection.MALFORMED);
    assertThat(verify("99999999999999999999", good))
        .contains(SignatureVerifier.Rejection.MALFORMED);
    assertThat(verify(now(), "v1=" + good.substring(3)))
        .contains(SignatureVerifier.Rejection.MALFORMED);
    assertThat(verify(now(), good.toUpperCase().replace("V0=", "v0=")))
        .contains(SignatureVerifier.Rejection.MALFORMED);
    assertThat(verify(now(), good.substring(0, good.length() - 1)))
        .contains(SignatureVerifier.Rejection.MALFORMED);
  }

  @Test
  void theBodyIsCheckedByteForByte() {
    String body = "text=쿠버네티스";
    String ts = now();
    String signature = slack.generate(ts, body);
    assertThat(verifier.verify(ts, signature, body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(verifier.verify(ts, signature, (body + " ").getBytes(StandardCharsets.UTF_8)))
        .contains(SignatureVerifier.Rejection.FORGED);
  }
}
