package dev.jabu.app.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code discord:} settings the Discord adapter needs beyond channels and moderators (which the
 * core reads), with its token from the environment.
 *
 * @param token {@code DISCORD_TOKEN}; empty when Discord is not used
 */
public record DiscordConfig(Optional<String> token) {
  /** The keys allowed under {@code discord:}. */
  static final Set<String> KEYS = Set.of("channels", "moderators");

  /** Whether the Discord adapter should start. */
  public boolean enabled() {
    return token.isPresent();
  }

  static DiscordConfig read(ConfigSection section, Secrets secrets, List<ConfigProblem> problems) {
    // The adapter arrives in its own release; a token for it must not silently fall back.
    if (secrets.discordToken().isPresent()) {
      problems.add(
          new ConfigProblem(
              "env DISCORD_TOKEN",
              "is set, but this version of jabu has no Discord adapter yet",
              "unset DISCORD_TOKEN to run the console"));
    }
    return new DiscordConfig(secrets.discordToken());
  }
}
