package dev.jabu.app.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses typed by organizers (a map, a recap, a registration page) become links only when they
 * are http or https: escaping keeps markup out of an attribute, not {@code javascript:}.
 */
public final class SafeUrl {
  private SafeUrl() {}

  public static Optional<String> of(Optional<String> url) {
    return url.flatMap(SafeUrl::of);
  }

  public static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? Optional.of(uri.toString())
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
