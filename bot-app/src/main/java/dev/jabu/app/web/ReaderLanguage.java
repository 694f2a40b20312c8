package dev.jabu.app.web;

import dev.jabu.core.i18n.Messages;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page is written in: {@code ?lang=} when the reader just switched (and a cookie
 * remembers it), then that cookie, then the first language their browser asks for that jabu speaks,
 * then the community's.
 */
final class ReaderLanguage {
  static final String PARAM = "lang";
  static final String COOKIE = "jabu_lang";
  private static final int YEAR = 365 * 24 * 3600;

  private ReaderLanguage() {}

  static Locale of(Context ctx, Locale community) {
    Optional<Locale> asked = known(ctx.queryParam(PARAM));
    if (asked.isPresent()) {
      ctx.header(
          "Set-Cookie",
          COOKIE
              + "="
              + asked.get().getLanguage()
              + "; Path=/; Max-Age="
              + YEAR
              + "; SameSite=Lax");
      return asked.get();
    }
    return known(ctx.cookie(COOKIE))
        .or(() -> fromHeader(ctx.header("Accept-Language")))
        .orElse(Messages.supported(community, Locale.KOREAN));
  }

  private static Optional<Locale> known(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
  }

  /** The supported language the browser ranks highest ({@code ko-KR,ko;q=0.9,en;q=0.8}). */
  static Optional<Locale> fromHeader(String header) {
    if (header == null || header.isBlank() || header.length() > 500) {
      return Optional.empty();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
          .filter(r -> r.getWeight() > 0)
          .map(r -> r.getRange().split("-")[0].toLowerCase(Locale.ROOT))
          .flatMap(code -> known(code).stream())
          .findFirst();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed header is no preference
    }
  }
}
