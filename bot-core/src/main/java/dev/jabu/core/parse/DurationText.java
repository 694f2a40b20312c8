package dev.jabu.core.parse;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people type it in chat: {@code 90m}, {@code 1h30m}, {@code 7d}, {@code 45s},
 * units in the order d, h, m, s (each at most once, any may be left out), the Korean units {@code 일
 * 시간 분 초} the same way ({@code 1시간30분}), and ISO 8601 ({@code PT1H30M}, {@code P1DT2H}).
 *
 * <p>This only reads; it accepts {@code 0m} and ISO negatives. Whether zero makes sense is the
 * caller's call (the command parser refuses durations that are not positive).
 */
public final class DurationText {
  private static final Pattern UNITS =
      Pattern.compile(
          "(?:(\\d+)(?:d|일))?(?:(\\d+)(?:h|시간))?(?:(\\d+)(?:m|분))?(?:(\\d+)(?:s|초))?(?:(\\d+)ms)?",
          Pattern.CASE_INSENSITIVE);

  private DurationText() {}

  public static Optional<Duration> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.toUpperCase(Locale.ROOT).startsWith("P") || t.startsWith("-P") || t.startsWith("+P")) {
      return iso(t);
    }
    Matcher m = UNITS.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Duration total = Duration.ZERO;
      boolean any = false;
      long[] secondsPerUnit = {86_400, 3_600, 60, 1};
      for (int group = 1; group <= 4; group++) {
        String digits = m.group(group);
        if (digits != null) {
          any = true;
          long amount = Math.multiplyExact(Long.parseLong(digits), secondsPerUnit[group - 1]);
          total = total.plusSeconds(amount);
        }
      }
      if (m.group(5) != null) {
        any = true;
        total = total.plusMillis(Long.parseLong(m.group(5)));
      }
      return any ? Optional.of(total) : Optional.empty();
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> iso(String t) {
    try {
      return Optional.of(Duration.parse(t));
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
