package dev.jabu.app.logging;

import dev.jabu.app.config.Secrets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private static final List<Pattern> SHAPES =
      List.of(
          // Slack: bot, user, app-level, refresh and config tokens
          Pattern.compile("\\bx(?:ox[abprsed]|app|oxe\\.xox[bp])-[A-Za-z0-9-]{8,}"),
          // Discord bot token: base64 user id, timestamp and HMAC, dot-separated
          Pattern.compile("\\b[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}"),
          // header values: Authorization: Bot …, Bearer …
          Pattern.compile(
              "(?i)(?<=\\bauthorization[\"']?\\s?[:=]\\s?[\"']?)[^\\s\"',}]+(?:\\s[^\\s\"',}]+)?"),
          Pattern.compile("(?<=\\b(?:Bearer|Bot) )[A-Za-z0-9._~+/=-]{20,}"),
          // passwords in URLs: //user:secret@host and password=secret
          Pattern.compile("(?<=//[^/:@?\\s]{0,64}:)[^@/?\\s]+(?=@)"),
          Pattern.compile("(?i)(?<=password=)[^&;\\s]+"));
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
              for (Pattern password : SHAPES.subList(SHAPES.size() - 2, SHAPES.size())) {
                password.matcher(url).results().forEach(m -> remember(m.group()));
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
    for (Pattern shape : SHAPES) {
      result = shape.matcher(result).replaceAll(MASK);
    }
    return result;
  }
}
