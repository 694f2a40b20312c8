package dev.jabu.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code http.public-url}: the address people reach jabu's HTTP server at, behind whatever proxy.
 * Only a site root is taken, because the pages link to each other from the root.
 */
final class PublicUrl {
  private static final String FIX = "e.g. public-url: https://jabu.example.org (empty: none)";

  private PublicUrl() {}

  static Optional<String> read(ConfigSection http) {
    String text = http.string("public-url", "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      http.problem("public-url", "`" + text + "` is not a web address", FIX);
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      http.problem("public-url", "`" + text + "` is not an http or https address", FIX);
      return Optional.empty();
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/")
        || uri.getRawQuery() != null
        || uri.getFragment() != null
        || uri.getRawUserInfo() != null) {
      http.problem(
          "public-url",
          "`" + text + "` is not a site root (it has a path, query, fragment or user)",
          "serve jabu at the root of a host name, " + FIX);
      return Optional.empty();
    }
    String root = scheme + "://" + uri.getRawAuthority();
    return Optional.of(root);
  }
}
