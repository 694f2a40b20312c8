package dev.jabu.app.config;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.platform.Platform;
import java.nio.file.Path;
import java.util.Map;

/**
 * The operator's validated configuration.
 *
 * @param channels per platform, the channel id for each purpose (e.g. {@code announcements})
 * @param consoleUser who the console speaks as until {@code /as} says otherwise
 */
public record JabuConfig(
    CoreSettings core,
    Path databaseFile,
    Map<Platform, Map<String, String>> channels,
    String consoleUser,
    boolean consoleModerator,
    Secrets secrets) {

  public JabuConfig {
    channels = Map.copyOf(channels);
  }
}
