package dev.jabu.core.parse;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A word that places an hour in the day ({@code pm}, {@code 오후}, {@code 저녁}) and how it turns a
 * typed hour into an hour of the 24-hour clock. A 24-hour hour with a matching word ({@code 오후
 * 19시}) is redundant but clear, so it is kept.
 */
enum DayPeriod {
  /** am, 오전, 아침, 새벽: 12 is midnight ({@code 12am} is 00:00). */
  BEFORE_NOON {
    @Override
    int convert(int hour) {
      return hour == 12 ? 0 : hour < 12 ? hour : NONE;
    }
  },
  /** pm, 오후: 12 is noon. */
  AFTER_NOON {
    @Override
    int convert(int hour) {
      return hour >= 1 && hour <= 11 ? hour + 12 : hour >= 12 ? hour : NONE;
    }
  },
  /**
   * 저녁, 밤: 5 to 11 in the evening. {@code 밤 12시} and {@code 밤 1시} are after midnight, on the next
   * calendar day, so which date is meant is unclear: refused rather than guessed.
   */
  EVENING {
    @Override
    int convert(int hour) {
      return hour >= 5 && hour <= 11 ? hour + 12 : hour >= 17 ? hour : NONE;
    }
  },
  /** 낮: daytime, so {@code 낮 12시} is noon and {@code 낮 2시} is 14:00. */
  DAYTIME {
    @Override
    int convert(int hour) {
      return hour >= 1 && hour <= 5 ? hour + 12 : hour >= 10 && hour <= 17 ? hour : NONE;
    }
  };

  static final Map<String, DayPeriod> WORDS =
      Map.ofEntries(
          Map.entry("am", BEFORE_NOON),
          Map.entry("a.m.", BEFORE_NOON),
          Map.entry("오전", BEFORE_NOON),
          Map.entry("아침", BEFORE_NOON),
          Map.entry("새벽", BEFORE_NOON),
          Map.entry("pm", AFTER_NOON),
          Map.entry("p.m.", AFTER_NOON),
          Map.entry("오후", AFTER_NOON),
          Map.entry("저녁", EVENING),
          Map.entry("밤", EVENING),
          Map.entry("낮", DAYTIME));

  private static final int NONE = -1;

  /** The hour of the day (0 to 23), or empty when this word and hour do not go together. */
  OptionalInt hourOfDay(int typedHour) {
    int hour = typedHour <= 23 ? convert(typedHour) : NONE;
    return hour == NONE ? OptionalInt.empty() : OptionalInt.of(hour);
  }

  abstract int convert(int hour);
}
