package dev.jabu.core.parse;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the time part of a moment: {@code 19:00}, {@code 7pm}, {@code 7:30 pm}, {@code 19시}, {@code
 * 7시 30분}, {@code 7시반}, {@code 오후 7시}, {@code 오후7:30}, {@code PM 7:00}, {@code 정오}, {@code noon},
 * {@code 자정}, {@code midnight}.
 *
 * <p>An hour from 1 to 11 with no {@link DayPeriod} word ({@code 7시}, {@code 10시}, {@code 7:30},
 * {@code 7}) is {@link Bare}: morning or evening, for the caller to settle. A clock written with
 * two hour digits ({@code 07:00}, {@code 10:30}, as jabu prints times) is the 24-hour clock's.
 * {@code 24:00} is refused: it is the next day's midnight, and {@code 자정} says that more clearly.
 */
final class TimeOfDay {
  /** A time of day as written. */
  sealed interface Clock {}

  /** Unambiguous: {@code 19:00}, {@code 오후 7시}, {@code 07:00}, {@code 12시}. */
  record Exact(LocalTime time) implements Clock {}

  /** {@code 7시}: {@code hour}:{@code minute} or twelve hours later. */
  record Bare(int hour, int minute) implements Clock {
    LocalTime morning() {
      return LocalTime.of(hour, minute);
    }

    LocalTime evening() {
      return LocalTime.of(hour + 12, minute);
    }
  }

  /** {@code 자정}, {@code midnight}: the end of the day it is written with. */
  record Midnight() implements Clock {}

  private static final String PERIOD_WORDS =
      DayPeriod.WORDS.keySet().stream()
          .sorted((a, b) -> b.length() - a.length())
          .map(Pattern::quote)
          .collect(Collectors.joining("|"));

  private static final Map<String, Clock> WORDS =
      Map.of(
          "정오", new Exact(LocalTime.NOON),
          "noon", new Exact(LocalTime.NOON),
          "12 noon", new Exact(LocalTime.NOON),
          "midday", new Exact(LocalTime.NOON),
          "자정", new Midnight(),
          "midnight", new Midnight(),
          "12 midnight", new Midnight());

  /** Input is lower-cased with single spaces. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?:(?<before>"
              + PERIOD_WORDS
              + ") ?)?"
              + "(?:(?<clockHour>\\d{1,2}):(?<clockMinute>\\d{2})(?: ?시)?"
              + "|(?<koHour>\\d{1,2}) ?시(?: ?(?:(?<koMinute>\\d{1,2}) ?분|(?<half>반)|정각))?"
              + "|(?<bareHour>\\d{1,2})(?: ?o'?clock)?)"
              + "(?: ?(?<after>"
              + PERIOD_WORDS
              + "))?");

  private TimeOfDay() {}

  /** The time, or empty when the text is not one (or names no real time, such as 25시). */
  static Optional<Clock> read(String text) {
    String t = text.strip();
    Clock word = WORDS.get(t);
    if (word != null) {
      return Optional.of(word);
    }
    Matcher m = TIME.matcher(t);
    if (!m.matches() || (m.group("before") != null && m.group("after") != null)) {
      return Optional.empty();
    }
    String periodWord = m.group("before") != null ? m.group("before") : m.group("after");
    String hourDigits = firstOf(m, "clockHour", "koHour", "bareHour");
    int typedHour = Integer.parseInt(hourDigits);
    int minute = minute(m);
    if (minute > 59) {
      return Optional.empty();
    }
    if (periodWord == null) {
      // 07:00, 07시 and 10:30 are written on the 24-hour clock; 7:00, 7시 and 10시 may be either
      boolean twentyFourHour =
          hourDigits.startsWith("0") || (m.group("clockHour") != null && hourDigits.length() == 2);
      if (typedHour >= 1 && typedHour <= 11 && !twentyFourHour) {
        return Optional.of(new Bare(typedHour, minute));
      }
      return typedHour <= 23
          ? Optional.of(new Exact(LocalTime.of(typedHour, minute)))
          : Optional.empty();
    }
    OptionalInt hour = DayPeriod.WORDS.get(periodWord).hourOfDay(typedHour);
    return hour.isEmpty()
        ? Optional.empty()
        : Optional.of(new Exact(LocalTime.of(hour.getAsInt(), minute)));
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
