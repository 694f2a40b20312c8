package dev.jabu.core.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a day ({@code 12/5}, {@code 내일}, {@code next friday}), found anywhere in a
 * moment, so the time may come before or after it ({@code 7pm tomorrow}).
 *
 * @param pattern found in lower-cased text whose spaces are single
 * @param day the day the match names, given today; empty when the words name no real day ({@code 2월
 *     30일})
 */
record DateForm(Pattern pattern, BiFunction<Matcher, LocalDate, Optional<Day>> day) {

  /**
   * A day as read.
   *
   * @param yearGuessed whether the text left the year out, so the reader chose it
   * @param evening whether the words place the time in the evening ({@code tonight})
   */
  record Day(LocalDate date, boolean yearGuessed, boolean evening) {
    static Optional<Day> on(LocalDate date) {
      return Optional.of(new Day(date, false, false));
    }

    static Optional<Day> exact(Optional<LocalDate> date) {
      return date.map(d -> new Day(d, false, false));
    }

    static Optional<Day> guessed(Optional<LocalDate> date) {
      return date.map(d -> new Day(d, true, false));
    }
  }

  /**
   * A day found in a text.
   *
   * @param phrase the words that named it, as typed (lower-cased)
   * @param day empty when they name no real day
   * @param rest the text without those words
   */
  record Found(String phrase, Optional<Day> day, String rest) {}

  static DateForm of(String regex, BiFunction<Matcher, LocalDate, Optional<Day>> day) {
    return new DateForm(Pattern.compile(regex), day);
  }

  Optional<Found> find(String text, LocalDate today) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
    return Optional.of(new Found(m.group(), day.apply(m, today), rest));
  }
}
