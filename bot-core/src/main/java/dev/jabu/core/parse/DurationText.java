package dev.jabu.core.parse;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them: {@code 90m}, {@code 1h30m}, {@code 7d}, {@code 45s}, units in the
 * order d, h, m, s, and ISO 8601 ({@code PT1H30M}). Zero is a duration; callers that need a
 * positive one say so.
 */
public final class DurationText {
  private static final Pattern SHORT =
      Pattern.compile("(?:(\\d{1,6})d)?(?:(\\d{1,7})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");

  private DurationText() {}

  public static Optional<Duration> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.startsWith("p")) {
      try {
        return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
      } catch (DateTimeParseException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    Matcher m = SHORT.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    total = total.plusDays(part(m, 1));
    total = total.plusHours(part(m, 2));
    total = total.plusMinutes(part(m, 3));
    total = total.plusSeconds(part(m, 4));
    return Optional.of(total);
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }
}
