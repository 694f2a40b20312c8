package dev.jabu.core.parse;

import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the time part of a moment: {@code 19:00}, {@code 7pm}, {@code 7:30 pm}, {@code 19시}, {@code
 * 7시 30분}, {@code 7시반}, {@code 오후 7시}, {@code 오후7:30}. Without a {@link DayPeriod} word an hour is
 * on the 24-hour clock ({@code 7시} is 07:00), and a bare number needs one ({@code 7pm}, never
 * {@code 7}). {@code 24:00} is refused: it is the next day's midnight.
 */
final class TimeOfDay {
  private static final String PERIOD_WORDS =
      DayPeriod.WORDS.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));

  /** Input is lower-cased with single spaces. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?:(?<before>"
              + PERIOD_WORDS
              + ") ?)?"
              + "(?:(?<clockHour>\\d{1,2}):(?<clockMinute>\\d{2})"
              + "|(?<koHour>\\d{1,2})시(?: ?(?:(?<koMinute>\\d{1,2})분|(?<half>반)))?"
              + "|(?<bareHour>\\d{1,2}))"
              + "(?: ?(?<after>"
              + PERIOD_WORDS
              + "))?");

  private TimeOfDay() {}

  static Optional<LocalTime> parse(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches() || (m.group("before") != null && m.group("after") != null)) {
      return Optional.empty();
    }
    String periodWord = m.group("before") != null ? m.group("before") : m.group("after");
    if (m.group("bareHour") != null && periodWord == null) {
      return Optional.empty();
    }
    int typedHour = Integer.parseInt(firstOf(m, "clockHour", "koHour", "bareHour"));
    OptionalInt hour =
        periodWord == null
            ? (typedHour <= 23 ? OptionalInt.of(typedHour) : OptionalInt.empty())
            : DayPeriod.WORDS.get(periodWord).hourOfDay(typedHour);
    int minute = minute(m);
    if (hour.isEmpty() || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour.getAsInt(), minute));
  }

  private static int minute(Matcher m) {
    if (m.group("half") != null) {
      return 30;
    }
    String digits = firstOf(m, "clockMinute", "koMinute");
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static String firstOf(Matcher m, String... groups) {
    for (String group : groups) {
      if (m.group(group) != null) {
        return m.group(group);
      }
    }
    return null;
  }
}
