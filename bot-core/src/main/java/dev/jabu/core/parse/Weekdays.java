package dev.jabu.core.parse;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Weekday names: Korean ({@code 금요일}, {@code 금욜}, {@code 금}, {@code (금)}) and English ({@code
 * friday}, {@code fri}, {@code (Fri)}), as regex pieces for the date forms and as a lone word
 * beside a date ({@code 12월 18일 (금)}).
 */
final class Weekdays {
  static final String KOREAN_LETTERS = "월화수목금토일";

  /** One Korean weekday, its letter in group {@code n}: {@code 금}, {@code 금요일}, {@code 금욜}. */
  static String koreanPattern(String group) {
    return "(?<" + group + ">[" + KOREAN_LETTERS + "])(?:요일|욜)?(?![가-힣])";
  }

  private static final Map<String, DayOfWeek> ENGLISH = englishNames();

  /** Every English name, longest first so {@code thursday} wins over {@code thu}. */
  static final String ENGLISH_NAMES =
      ENGLISH.keySet().stream()
          .sorted((a, b) -> b.length() - a.length())
          .collect(Collectors.joining("|"));

  /** One English weekday in group {@code n}, with word edges. */
  static String englishPattern(String group) {
    return "(?<![a-z])(?<" + group + ">" + ENGLISH_NAMES + ")\\.?(?![a-z])";
  }

  private static final Pattern LONE =
      Pattern.compile(
          "\\(?(?:(?<![가-힣])" + koreanPattern("ko") + "|" + englishPattern("en") + ")\\)?");

  private Weekdays() {}

  static DayOfWeek korean(char letter) {
    return DayOfWeek.of(KOREAN_LETTERS.indexOf(letter) + 1);
  }

  static DayOfWeek english(String name) {
    return ENGLISH.get(name);
  }

  /** The weekday a regex group holds, Korean letter or English name. */
  static DayOfWeek of(String text) {
    return text.length() == 1 && KOREAN_LETTERS.contains(text)
        ? korean(text.charAt(0))
        : ENGLISH.get(text);
  }

  /** A weekday written on its own, and the text without it. */
  record Lone(DayOfWeek day, String rest) {}

  static Optional<Lone> findLone(String text) {
    Matcher m = LONE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group("ko") != null ? m.group("ko") : m.group("en");
    return Optional.of(
        new Lone(of(name), text.substring(0, m.start()) + " " + text.substring(m.end())));
  }

  private static Map<String, DayOfWeek> englishNames() {
    Map<String, DayOfWeek> names = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      names.put(name, day);
      names.put(name.substring(0, 3), day);
    }
    names.put("tues", DayOfWeek.TUESDAY);
    names.put("weds", DayOfWeek.WEDNESDAY);
    names.put("thur", DayOfWeek.THURSDAY);
    names.put("thurs", DayOfWeek.THURSDAY);
    return Map.copyOf(names);
  }
}
