package dev.jabu.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The request URL of HTTP mode ({@code POST /slack/events} on bot-app's server): verifies each
 * request's signature over the raw body, then hands it to Bolt. A refused request is answered 401
 * and nothing else happens: no handler runs, nothing is logged, only a counter per reason moves (a
 * flood of forgeries must not fill the log).
 */
public final class SlackHttpEndpoint {
  /** Slack's payloads are a few kilobytes; a modal with a pasted recap stays well under this. */
  public static final int MAX_BODY_BYTES = 512 * 1024;

  /** What to answer over HTTP. */
  public record Answer(int status, String contentType, String body) {}

  private final SignatureVerifier verifier;
  private final App app;
  private final SlackRequestParser parser;
  private final Map<SignatureVerifier.Rejection, LongAdder> refused =
      new EnumMap<>(SignatureVerifier.Rejection.class);
  private final LongAdder tooLarge = new LongAdder();

  SlackHttpEndpoint(SignatureVerifier verifier, App app) {
    this.verifier = verifier;
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    for (SignatureVerifier.Rejection r : SignatureVerifier.Rejection.values()) {
      refused.put(r, new LongAdder());
    }
  }

  /**
   * Handles one request.
   *
   * @param headers the request's headers by name, any case
   * @param body the body exactly as received
   */
  public Answer handle(Function<String, List<String>> headers, byte[] body) throws Exception {
    if (body.length > MAX_BODY_BYTES) {
      tooLarge.increment();
      return new Answer(413, "text/plain", "request too large\n");
    }
    var rejection =
        verifier.verify(
            first(headers, "X-Slack-Request-Timestamp"), first(headers, "X-Slack-Signature"), body);
    if (rejection.isPresent()) {
      refused.get(rejection.get()).increment();
      return new Answer(401, "text/plain", "invalid signature\n");
    }
    String text = new String(body, StandardCharsets.UTF_8);
    RequestHeaders slackHeaders = new RequestHeaders(slackHeaders(headers));
    Optional<SlashCommandPayload> command =
        isForm(first(headers, "Content-Type")) ? SlashCommandForm.read(text) : Optional.empty();
    Request<?> request;
    if (command.isPresent()) {
      request = new SlashCommandRequest(text, command.get(), slackHeaders);
      request.updateContext(app.config());
    } else {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri("/slack/events")
                  .queryString(Map.of())
                  .headers(slackHeaders)
                  .requestBody(text)
                  .build());
    }
    Response response = app.run(request);
    return new Answer(
        response.getStatusCode(),
        response.getContentType(),
        response.getBody() == null ? "" : response.getBody());
  }

  /** How many requests were refused for this reason since the start. */
  public long refused(SignatureVerifier.Rejection reason) {
    return refused.get(reason).sum();
  }

  /** How many requests were refused for their size since the start. */
  public long refusedTooLarge() {
    return tooLarge.sum();
  }

  private static boolean isForm(String contentType) {
    return contentType != null
        && contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
  }

  private static String first(Function<String, List<String>> headers, String name) {
    List<String> values = headers.apply(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The headers Bolt reads: retries and the content type. */
  private static Map<String, List<String>> slackHeaders(Function<String, List<String>> headers) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (String name :
        List.of(
            "Content-Type",
            "X-Slack-Request-Timestamp",
            "X-Slack-Signature",
            "X-Slack-Retry-Num",
            "X-Slack-Retry-Reason")) {
      List<String> values = headers.apply(name);
      if (values != null && !values.isEmpty()) {
        out.put(name.toLowerCase(java.util.Locale.ROOT), values);
      }
    }
    return out;
  }
}
