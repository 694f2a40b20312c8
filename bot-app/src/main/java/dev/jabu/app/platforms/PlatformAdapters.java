package dev.jabu.app.platforms;

import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.platform.PlatformAdapter;
import java.util.ArrayList;
import java.util.List;

/** The platform adapters whose secrets are set, each built around the same core. */
public final class PlatformAdapters {
  private PlatformAdapters() {}

  public static List<PlatformAdapter> create(JabuConfig config, Jabu jabu) {
    List<PlatformAdapter> adapters = new ArrayList<>();
    DiscordWiring.adapter(config, jabu).ifPresent(adapters::add);
    SlackWiring.adapter(config, jabu).ifPresent(adapters::add);
    return adapters;
  }
}
