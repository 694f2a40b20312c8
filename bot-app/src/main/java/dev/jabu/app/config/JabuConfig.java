package dev.jabu.app.config;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.platform.Platform;
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
 */
public record JabuConfig(
    CoreSettings core,
    Path databaseFile,
    Map<Platform, Map<String, String>> channels,
    String consoleUser,
    boolean consoleModerator,
    Optional<Path> glossaryFolder,
    boolean meetupsEnabled,
    Secrets secrets) {

  public JabuConfig {
    channels = Map.copyOf(channels);
  }
}
