package dev.jabu.app.config;

import java.util.Map;
import java.util.Optional;

/**
 * Secrets, read only from the environment and never logged: {@link #toString()} shows which are
 * set, not their values.
 */
public record Secrets(
    Optional<String> discordToken,
    Optional<String> slackBotToken,
    Optional<String> slackSigningSecret,
    Optional<String> slackAppToken,
    Optional<String> databaseUrl) {

  public static Secrets from(Map<String, String> env) {
    return new Secrets(
        value(env, "DISCORD_TOKEN"),
        value(env, "SLACK_BOT_TOKEN"),
        value(env, "SLACK_SIGNING_SECRET"),
        value(env, "SLACK_APP_TOKEN"),
        value(env, "JABU_DATABASE_URL"));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  public boolean anyPlatformToken() {
    return discordToken.isPresent()
        || slackBotToken.isPresent()
        || slackSigningSecret.isPresent()
        || slackAppToken.isPresent();
  }

  @Override
  public String toString() {
    return "Secrets[discord="
        + discordToken.isPresent()
        + ", slackBot="
        + slackBotToken.isPresent()
        + ", slackSigning="
        + slackSigningSecret.isPresent()
        + ", slackApp="
        + slackAppToken.isPresent()
        + ", databaseUrl="
        + databaseUrl.isPresent()
        + "]";
  }
}
