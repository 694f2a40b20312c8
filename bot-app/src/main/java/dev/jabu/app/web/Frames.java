package dev.jabu.app.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds each request's {@link Page}: the reader's language, the links and the OpenGraph data. */
final class Frames {
  private final SiteSettings settings;

  Frames(SiteSettings settings) {
    this.settings = settings;
  }

  String community() {
    return settings.community();
  }

  Texts texts(Context ctx) {
    return new Texts(ReaderLanguage.of(ctx, settings.locale()));
  }

  Page page(
      Context ctx,
      Texts t,
      String title,
      String description,
      String section,
      String ogType,
      List<String> scripts) {
    return new Page(
        t,
        settings.community(),
        title,
        description,
        section,
        absolute(ctx.path()),
        otherLanguage(ctx, t.locale()),
        ogType,
        scripts);
  }

  Optional<String> absolute(String path) {
    return settings.publicUrl().map(root -> root + path);
  }

  /** The site root as readers reach it: the configured address, else what the request says. */
  String root(Context ctx) {
    return settings.publicUrl().orElseGet(() -> ctx.scheme() + "://" + ctx.host());
  }

  /** This page with the same query, in the other language. */
  static String otherLanguage(Context ctx, Locale current) {
    String other = "ko".equals(current.getLanguage()) ? "en" : "ko";
    String path = ctx.path();
    // "//host/x" would be a link to another site: a 404 page for such a path links home instead
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      path = "/";
    }
    StringBuilder href = new StringBuilder(path).append('?');
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      if (param.getKey().equals(ReaderLanguage.PARAM) || param.getKey().equals("fragment")) {
        continue;
      }
      for (String value : param.getValue()) {
        href.append(encode(param.getKey())).append('=').append(encode(value)).append('&');
      }
    }
    return href.append(ReaderLanguage.PARAM).append('=').append(other).toString();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
