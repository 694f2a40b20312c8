package dev.jabu.app.config;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.outbox.RetryPolicy;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.recap.RecapSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's validated configuration.
 *
 * @param channels per platform, the channel id for each purpose (e.g. {@code announcements})
 * @param consoleUser who the console speaks as until {@code /as} says otherwise
 * @param glossaryFolder the folder of glossary files; empty when the glossary is switched off
 * @param meetupsEnabled whether {@code /meetup} and {@code /link} are on
 * @param autoSummaries whether each meetup's summary is posted when it ends
 * @param http where the calendar feed and health check listen; empty when switched off
 * @param outboxRetries how failed posts are retried before they become dead letters
 * @param recaps how recaps are read; empty when {@code /recap} is switched off
 */
public record JabuConfig(
    CoreSettings core,
    Path databaseFile,
    Map<Platform, Map<String, String>> channels,
    String consoleUser,
    boolean consoleModerator,
    Optional<Path> glossaryFolder,
    boolean meetupsEnabled,
    boolean autoSummaries,
    Optional<Http> http,
    RetryPolicy outboxRetries,
    Secrets secrets,
    Optional<RecapSettings> recaps) {

  public record Http(String host, int port) {}

  public JabuConfig {
    channels = Map.copyOf(channels);
  }
}
