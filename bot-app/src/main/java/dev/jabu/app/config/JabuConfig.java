package dev.jabu.app.config;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.digest.DigestSettings;
import dev.jabu.core.meetup.ReminderSettings;
import dev.jabu.core.meetup.WaitlistOffers;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.recap.RecapSettings;
import dev.jabu.core.schedule.SchedulerSettings;
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
 * @param delivery how the outbox delivers: retries before a dead letter, lease, concurrency, polls
 * @param recaps how recaps are read; empty when {@code /recap} is switched off
 * @param discord the Discord adapter's settings; it starts when {@link DiscordConfig#enabled()}
 * @param slack the Slack adapter's settings; it starts when {@link SlackConfig#enabled()}
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
    DeliverySettings delivery,
    SchedulerSettings scheduler,
    ReminderSettings reminders,
    WaitlistOffers waitlistOffers,
    Optional<DigestSettings> digest,
    Secrets secrets,
    Optional<RecapSettings> recaps,
    DiscordConfig discord,
    SlackConfig slack,
    boolean jsonLogs) {

  /**
   * @param metrics whether {@code GET /metrics} serves Prometheus' text format
   * @param publicUrl the address people reach this server at ({@code https://jabu.example.org}, no
   *     trailing slash): links in chat answers and on the public page are built from it
   * @param web the public page (glossary, meetups); empty when switched off
   */
  public record Http(
      String host, int port, boolean metrics, Optional<String> publicUrl, Optional<Web> web) {
    /** The server without a public address or a public page: probes, feed and webhooks only. */
    public Http(String host, int port, boolean metrics) {
      this(host, port, metrics, Optional.empty(), Optional.empty());
    }
  }

  /**
   * @param searchesPerMinute glossary searches one address may make per minute on the public page
   */
  public record Web(int searchesPerMinute) {}

  /** Where chat answers may link on the public page: set only when the page is served. */
  public Optional<String> pageUrl() {
    return http.filter(h -> h.web().isPresent()).flatMap(Http::publicUrl);
  }

  public JabuConfig {
    channels = Map.copyOf(channels);
  }

  /** PostgreSQL from {@code JABU_DATABASE_URL} when it is set, else the embedded SQLite file. */
  public dev.jabu.core.store.DatabaseUrl databaseUrl() {
    return dev.jabu.core.store.DatabaseUrl.resolve(
        secrets.databaseUrl().orElse(null), databaseFile);
  }
}
