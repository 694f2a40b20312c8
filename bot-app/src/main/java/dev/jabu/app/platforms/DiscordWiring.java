package dev.jabu.app.platforms;

import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.PlatformAdapter;
import java.util.Optional;

/** Builds the Discord adapter around the core when {@code DISCORD_TOKEN} is set. */
final class DiscordWiring {
  private DiscordWiring() {}

  static Optional<PlatformAdapter> adapter(JabuConfig config, Jabu jabu) {
    return Optional.empty();
  }
}
