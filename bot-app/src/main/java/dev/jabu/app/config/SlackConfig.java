package dev.jabu.app.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code slack:} settings the Slack adapter needs beyond channels and moderators (which the
 * core reads), with its secrets from the environment.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}; empty when Slack is not used
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: HTTP mode verifies requests with it
 * @param appToken {@code SLACK_APP_TOKEN}: when set, Socket Mode instead of HTTP
 * @param apiUrl {@code slack.api-url}: the Web API's base URL (a proxy, or a fake in tests)
 * @param requestUrl {@code slack.request-url}: the public address of {@code POST /slack/events},
 *     written into the app manifest; empty in Socket Mode or when not known yet
 * @param commandPrefix {@code slack.command-prefix}: put before each slash command's name
 */
public record SlackConfig(
    Optional<String> botToken,
    Optional<String> signingSecret,
    Optional<String> appToken,
    String apiUrl,
    Optional<String> requestUrl,
    String commandPrefix) {
  /** The keys allowed under {@code slack:}. */
  static final Set<String> KEYS =
      Set.of("channels", "moderators", "api-url", "request-url", "command-prefix");

  /** The keys allowed under {@code slack.moderators}. */
  static final Set<String> MODERATOR_KEYS = Set.of("users", "user-group");

  public static final String DEFAULT_API_URL = "https://slack.com/api";

  /** Slack's limit for a slash command's name, the slash excluded. */
  private static final int MAX_COMMAND_CHARS = 32;

  /** The longest command name jabu declares ({@code glossary}, {@code schedule}). */
  private static final int LONGEST_COMMAND = "glossary".length();

  /** Whether the Slack adapter should start. */
  public boolean enabled() {
    return botToken.isPresent();
  }

  /** Whether events come over Socket Mode rather than to {@code POST /slack/events}. */
  public boolean socketMode() {
    return appToken.isPresent();
  }

  /** Whether the adapter needs bot-app's HTTP server for its request URL. */
  public boolean needsHttp() {
    return enabled() && !socketMode();
  }

  static SlackConfig read(ConfigSection section, Secrets secrets, List<ConfigProblem> problems) {
    String apiUrl = section.string("api-url", DEFAULT_API_URL).strip();
    if (!httpUrl(apiUrl)) {
      section.problem(
          "api-url", "`" + apiUrl + "` is not an http(s) URL", "e.g. api-url: " + DEFAULT_API_URL);
    }
    String requestUrl = section.string("request-url", "").strip();
    if (!requestUrl.isEmpty() && !httpUrl(requestUrl)) {
      section.problem(
          "request-url",
          "`" + requestUrl + "` is not an http(s) URL",
          "the public address of jabu's POST /slack/events, e.g."
              + " https://jabu.example.org/slack/events");
    }
    String prefix = section.string("command-prefix", "").strip();
    if (!prefix.matches("[a-z0-9_-]*") || prefix.length() + LONGEST_COMMAND > MAX_COMMAND_CHARS) {
      section.problem(
          "command-prefix",
          "`" + prefix + "` cannot start a slash command name",
          "use up to "
              + (MAX_COMMAND_CHARS - LONGEST_COMMAND)
              + " lower-case letters, digits, - or _, e.g. command-prefix: jabu-");
    }
    checkSecrets(secrets, problems);
    return new SlackConfig(
        secrets.slackBotToken(),
        secrets.slackSigningSecret(),
        secrets.slackAppToken(),
        apiUrl,
        requestUrl.isEmpty() ? Optional.empty() : Optional.of(requestUrl),
        prefix);
  }

  private static void checkSecrets(Secrets secrets, List<ConfigProblem> problems) {
    boolean bot = secrets.slackBotToken().isPresent();
    if (!bot && (secrets.slackSigningSecret().isPresent() || secrets.slackAppToken().isPresent())) {
      problems.add(
          new ConfigProblem(
              "env SLACK_BOT_TOKEN",
              "is not set, but SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is",
              "set SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-…), or unset the"
                  + " others to run without Slack"));
    }
    if (bot && secrets.slackSigningSecret().isEmpty() && secrets.slackAppToken().isEmpty()) {
      problems.add(
          new ConfigProblem(
              "env SLACK_SIGNING_SECRET / SLACK_APP_TOKEN",
              "neither is set, so Slack's events have no way in",
              "set SLACK_SIGNING_SECRET (HTTP mode, from Basic Information) or SLACK_APP_TOKEN"
                  + " (Socket Mode, an app-level token xapp-… with connections:write)"));
    }
    secrets
        .slackBotToken()
        .filter(t -> !t.startsWith("xoxb-"))
        .ifPresent(
            t ->
                problems.add(
                    new ConfigProblem(
                        "env SLACK_BOT_TOKEN",
                        "is not a bot token (they start with xoxb-)",
                        "copy the Bot User OAuth Token from the app's OAuth & Permissions page")));
    secrets
        .slackAppToken()
        .filter(t -> !t.startsWith("xapp-"))
        .ifPresent(
            t ->
                problems.add(
                    new ConfigProblem(
                        "env SLACK_APP_TOKEN",
                        "is not an app-level token (they start with xapp-)",
                        "create one under Basic Information → App-Level Tokens with"
                            + " connections:write")));
  }

  private static boolean httpUrl(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
