package dev.jabu.app.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code slack:} settings the Slack adapter needs beyond channels and moderators (which the
 * core reads), with its secrets from the environment.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}; empty when Slack is not used
 */
public record SlackConfig(
    Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken) {
  /** The keys allowed under {@code slack:}. */
  static final Set<String> KEYS = Set.of("channels", "moderators");

  /** Whether the Slack adapter should start. */
  public boolean enabled() {
    return botToken.isPresent();
  }

  static SlackConfig read(ConfigSection section, Secrets secrets, List<ConfigProblem> problems) {
    // The adapter arrives in its own release; a token for it must not silently fall back.
    if (secrets.slackBotToken().isPresent()
        || secrets.slackAppToken().isPresent()
        || secrets.slackSigningSecret().isPresent()) {
      problems.add(
          new ConfigProblem(
              "env SLACK_BOT_TOKEN / SLACK_APP_TOKEN / SLACK_SIGNING_SECRET",
              "are set, but this version of jabu has no Slack adapter yet",
              "unset them to run the console"));
    }
    return new SlackConfig(
        secrets.slackBotToken(), secrets.slackSigningSecret(), secrets.slackAppToken());
  }
}
