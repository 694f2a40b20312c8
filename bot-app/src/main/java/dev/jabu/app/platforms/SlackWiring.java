package dev.jabu.app.platforms;

import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.PlatformAdapter;
import java.util.Optional;

/** Builds the Slack adapter around the core when {@code SLACK_BOT_TOKEN} is set. */
final class SlackWiring {
  private SlackWiring() {}

  static Optional<PlatformAdapter> adapter(JabuConfig config, Jabu jabu) {
    return Optional.empty();
  }
}
