package dev.jabu.app.logging;

import dev.jabu.app.config.Secrets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before it is written to a log: the values jabu was given (tokens, the
 * signing secret, the database password) wherever they appear, and anything shaped like a token, an
 * {@code Authorization} header or a password in a URL, from any library.
 */
public final class Redaction {
  static final String MASK = "***";
  // shorter values would mask ordinary words; real secrets are far longer
  private static final int SHORTEST_SECRET = 6;
  private static final List<Shape> SHAPES =
      List.of(
          // Slack: bot, user, app-level, refresh and config tokens
          new Shape(
              "\\bx(?:ox[abprsed]|app|oxe\\.xox[bp])-[A-Za-z0-9-]{8,}",
              text -> text.contains("xox") || text.contains("xapp")),
          // Discord bot token: base64 user id, timestamp and HMAC, dot-separated
          new Shape(
              "\\b[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}",
              text -> hasRun(text, 27)),
          // header values: Authorization: Bot …, Bearer …
          new Shape(
              "(?i)(?<=\\bauthorization[\"']?\\s?[:=]\\s?[\"']?)[^\\s\"',}]+(?:\\s[^\\s\"',}]+)?",
              text -> containsIgnoringCase(text, "uthorization")),
          new Shape(
              "(?<=\\b(?:Bearer|Bot) )[A-Za-z0-9._~+/=-]{20,}",
              text -> text.contains("Bearer ") || text.contains("Bot ")),
          // passwords in URLs: //user:secret@host (to the last @: a password may hold an
          // unencoded @ or / by mistake) and password=secret
          new Shape("(?<=//[^/:@?\\s]{0,64}:)\\S+(?=@)", text -> text.contains("//")),
          new Shape(
              "(?i)(?<=password=)[^&;\\s]+", text -> containsIgnoringCase(text, "password=")));

  /**
   * A shape of secret, and a cheap test that the text could hold one: every log line passes through
   * here (one per command), and most hold no secret, so the regular expression runs only where the
   * test says it might match.
   */
  private record Shape(Pattern pattern, Predicate<String> mayMatch) {
    Shape(String regex, Predicate<String> mayMatch) {
      this(Pattern.compile(regex), mayMatch);
    }

    String masked(String text) {
      return mayMatch.test(text) ? pattern.matcher(text).replaceAll(MASK) : text;
    }
  }

  private static final List<String> KNOWN = new CopyOnWriteArrayList<>();

  private Redaction() {}

  /** Remembers secret values to mask wherever they appear; blank or very short ones are skipped. */
  public static void remember(String... secrets) {
    for (String secret : secrets) {
      if (secret != null && secret.strip().length() >= SHORTEST_SECRET && !KNOWN.contains(secret)) {
        KNOWN.add(secret.strip());
      }
    }
    // the longest first, so a secret that contains another is masked whole
    KNOWN.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** Remembers every secret jabu was given, and the password inside the database URL. */
  public static void remember(Secrets secrets) {
    secrets.discordToken().ifPresent(Redaction::remember);
    secrets.slackBotToken().ifPresent(Redaction::remember);
    secrets.slackSigningSecret().ifPresent(Redaction::remember);
    secrets.slackAppToken().ifPresent(Redaction::remember);
    secrets
        .databaseUrl()
        .ifPresent(
            url -> {
              remember(url);
              for (Shape password : SHAPES.subList(SHAPES.size() - 2, SHAPES.size())) {
                password.pattern().matcher(url).results().forEach(m -> remember(m.group()));
              }
            });
  }

  /** {@code text} with every secret replaced by {@value #MASK}. */
  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : KNOWN) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    for (Shape shape : SHAPES) {
      result = shape.masked(result);
    }
    return result;
  }

  /**
   * Whether {@code text} holds {@code length} token characters in a row (a Discord token's HMAC).
   */
  private static boolean hasRun(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean token =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '-';
      run = token ? run + 1 : 0;
      if (run >= length) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoringCase(String text, String lowerCase) {
    for (int i = 0; i + lowerCase.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, lowerCase, 0, lowerCase.length())) {
        return true;
      }
    }
    return false;
  }
}
