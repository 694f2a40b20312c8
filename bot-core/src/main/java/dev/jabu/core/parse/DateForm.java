package dev.jabu.core.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a day ({@code 12/5}, {@code 내일}, {@code next friday}) at the start of a
 * moment. Its pattern reads the date words and the separator after them; the rest of the text is
 * left for {@link TimeOfDay}.
 *
 * @param pattern matched at the start of lower-cased text whose spaces are single
 * @param date the day the match names, given today in the community's zone; empty when the words
 *     name no real day ({@code 2월 30일})
 */
record DateForm(Pattern pattern, BiFunction<MatchResult, LocalDate, Optional<LocalDate>> date) {

  /** A day read from the start of a text, and the text after it. */
  record Match(LocalDate date, String rest) {}

  static DateForm of(String regex, BiFunction<MatchResult, LocalDate, Optional<LocalDate>> date) {
    return new DateForm(Pattern.compile(regex), date);
  }

  Optional<Match> read(String text, LocalDate today) {
    Matcher m = pattern.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return date.apply(m.toMatchResult(), today).map(d -> new Match(d, text.substring(m.end())));
  }
}
