package dev.jabu.core.parse;

import java.util.List;

/** What {@link DateTimeText#read} made of a text: a moment, a question, or why neither. */
public sealed interface MomentReading {

  record Read(Moment moment) implements MomentReading {}

  /**
   * The text fits two moments, both believable; the member is asked which.
   *
   * @param typed the part of the text that is unclear, shown in the question
   */
  record Ask(Question question, String typed, List<Moment> choices) implements MomentReading {
    public Ask {
      choices = List.copyOf(choices);
    }
  }

  /**
   * Not a moment; {@code key} names the part that failed ({@code parse.date.*}), {@code args} fill
   * it.
   */
  record Refused(String key, List<Object> args) implements MomentReading {
    public Refused {
      args = List.copyOf(args);
    }

    static Refused of(String key, Object... args) {
      return new Refused(key, List.of(args));
    }
  }

  enum Question {
    /** {@code 10시}: 10:00 and 22:00 are both meetup hours. */
    HOUR,
    /** {@code 12월 18일 (목)}: the 18th is a Friday. */
    WEEKDAY
  }
}
