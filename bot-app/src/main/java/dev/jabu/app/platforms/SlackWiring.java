package dev.jabu.app.platforms;

import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.config.SlackConfig;
import dev.jabu.app.http.Webhook;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.slack.SignatureVerifier;
import dev.jabu.slack.SlackAdapter;
import dev.jabu.slack.SlackHttpEndpoint;
import dev.jabu.slack.SlackRegistration;
import dev.jabu.slack.SlackSettings;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.Set;

/** Builds the Slack adapter around the core when {@code SLACK_BOT_TOKEN} is set. */
final class SlackWiring {
  /** Where Slack's HTTP mode delivers commands, interactions and events. */
  static final String EVENTS_PATH = "/slack/events";

  private SlackWiring() {}

  static Optional<PlatformAdapter> adapter(
      JabuConfig config, Jabu jabu, Optional<MeetupService> meetups) {
    SlackConfig slack = config.slack();
    if (!slack.enabled()) {
      return Optional.empty();
    }
    // the moderators' user group, if any, is the only Slack "role" the core was told about
    Optional<String> group =
        config.core().moderators().roleIds().getOrDefault(Platform.SLACK, Set.of()).stream()
            .findFirst();
    SlackSettings settings =
        new SlackSettings(
            slack.botToken().orElseThrow(),
            slack.signingSecret(),
            slack.appToken(),
            slack.apiUrl(),
            slack.commandPrefix(),
            group,
            SlackSettings.DEFAULT_ACK_WITHIN,
            SlackSettings.DEFAULT_WORKERS,
            SlackSettings.DEFAULT_FILES_URL);
    return Optional.of(
        new SlackAdapter(
            settings,
            jabu,
            Clocks.system(),
            meetups.map(service -> new MeetupReads(service, jabu.settings().moderators()))));
  }

  /**
   * The app manifest for this configuration. Socket Mode when {@code SLACK_APP_TOKEN} is set or no
   * {@code slack.request-url} is known, since HTTP mode needs a public address.
   */
  static String manifest(JabuConfig config, Jabu jabu) {
    SlackConfig slack = config.slack();
    boolean socketMode = slack.socketMode() || slack.requestUrl().isEmpty();
    return SlackRegistration.manifestYaml(
        jabu.registry().commands(),
        new SlackRegistration.Options(
            "jabu",
            config.core().communityName() + " — jabu (잡부)",
            config.core().defaultLocale(),
            slack.commandPrefix(),
            slack.requestUrl(),
            socketMode));
  }

  /**
   * Requests refused at the request URL, by reason (forged, stale, future, …): never their content.
   */
  static void measure(PlatformAdapter adapter, MeterRegistry meters) {
    if (!(adapter instanceof SlackAdapter slack)) {
      return;
    }
    for (SignatureVerifier.Rejection reason : SignatureVerifier.Rejection.values()) {
      FunctionCounter.builder(
              "jabu.slack.requests.refused",
              slack,
              s -> s.httpEndpoint().map(e -> e.refused(reason)).orElse(0L).doubleValue())
          .description("Requests to POST /slack/events refused before any handler ran")
          .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
          .register(meters);
    }
  }

  /** The request URL's route for a Slack adapter in HTTP mode; empty for any other adapter. */
  static Optional<Webhook> webhook(PlatformAdapter adapter, JabuConfig config) {
    if (!(adapter instanceof SlackAdapter slack) || !config.slack().needsHttp()) {
      return Optional.empty();
    }
    return Optional.of(
        new Webhook(
            EVENTS_PATH,
            (headers, body) -> {
              Optional<SlackHttpEndpoint> endpoint = slack.httpEndpoint();
              if (endpoint.isEmpty()) {
                return new Webhook.Answer(503, "text/plain", "not connected to Slack yet\n");
              }
              SlackHttpEndpoint.Answer answer = endpoint.get().handle(headers, body);
              return new Webhook.Answer(answer.status(), answer.contentType(), answer.body());
            }));
  }
}
