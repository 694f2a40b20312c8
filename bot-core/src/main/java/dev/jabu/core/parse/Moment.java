package dev.jabu.core.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A moment read from what a member typed: the value of a date-time option.
 *
 * @param start in the community's zone (a moment typed in another zone is converted)
 * @param end when a range was typed ({@code 19:00~21:00}); after {@code start}
 * @param notes what the reader decided on the member's behalf, to be said in the reply
 */
public record Moment(ZonedDateTime start, Optional<ZonedDateTime> end, List<Note> notes) {
  public Moment {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    notes = List.copyOf(notes);
  }

  public static Moment at(ZonedDateTime start) {
    return new Moment(start, Optional.empty(), List.of());
  }

  /** Something the reader chose that the member should see spelled out. */
  public sealed interface Note {
    /** A bare hour ({@code 7시}) read as the plausible one of its two readings. */
    record HourAssumed(String typed, LocalTime read) implements Note {}

    /** A date typed without a year that lands far ahead, most likely in the next year. */
    record FarAhead(LocalDate date) implements Note {}

    /** The moment as typed in another zone ({@code 7pm PST}), before conversion. */
    record Converted(ZonedDateTime asTyped) implements Note {}
  }
}
