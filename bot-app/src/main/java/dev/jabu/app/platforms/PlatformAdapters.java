package dev.jabu.app.platforms;

import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.http.Webhook;
import dev.jabu.core.Jabu;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.platform.PlatformAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The platform adapters whose secrets are set, each built around the same core. */
public final class PlatformAdapters {
  private PlatformAdapters() {}

  public static List<PlatformAdapter> create(JabuConfig config, Jabu jabu) {
    return create(config, jabu, Optional.empty());
  }

  /** With the meetup service, for what a platform shows outside commands (Slack's Home tab). */
  public static List<PlatformAdapter> create(
      JabuConfig config, Jabu jabu, Optional<MeetupService> meetups) {
    List<PlatformAdapter> adapters = new ArrayList<>();
    DiscordWiring.adapter(config, jabu).ifPresent(adapters::add);
    SlackWiring.adapter(config, jabu, meetups).ifPresent(adapters::add);
    return adapters;
  }

  /** The Slack app manifest (YAML) generated from the command specs, for this configuration. */
  public static String slackManifest(JabuConfig config, Jabu jabu) {
    return SlackWiring.manifest(config, jabu);
  }

  /** Counts what each adapter reports beside the core's figures: connections, refused requests. */
  public static void measure(List<PlatformAdapter> adapters, MeterRegistry meters) {
    for (PlatformAdapter adapter : adapters) {
      SlackWiring.measure(adapter, meters);
    }
  }

  /** The HTTP routes the adapters receive deliveries at (Slack's request URL in HTTP mode). */
  public static List<Webhook> webhooks(List<PlatformAdapter> adapters, JabuConfig config) {
    List<Webhook> webhooks = new ArrayList<>();
    for (PlatformAdapter adapter : adapters) {
      SlackWiring.webhook(adapter, config).ifPresent(webhooks::add);
    }
    return webhooks;
  }
}
