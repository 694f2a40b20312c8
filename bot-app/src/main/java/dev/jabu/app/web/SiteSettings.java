package dev.jabu.app.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the public page needs from the configuration.
 *
 * @param publicUrl {@code http.public-url}, without a trailing slash
 * @param searchesPerMinute {@code web.searches-per-minute}, per client address
 */
public record SiteSettings(
    String community,
    ZoneId zone,
    Locale locale,
    Optional<String> publicUrl,
    int searchesPerMinute,
    Clock clock) {
  public SiteSettings {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(clock, "clock");
  }
}
