package dev.jabu.core.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as a calendar app sees it.
 *
 * @param uid stable across exports (for example {@code meetup-12@jabu}), so a calendar updates the
 *     event instead of adding a copy
 * @param sequence raised on every change people should notice; calendars ignore lower ones
 * @param description plain text
 * @param start the start, in the zone the event happens in (written with that zone's TZID)
 * @param end not before {@code start}; its zone may differ from the start's
 * @param cancelled written as {@code STATUS:CANCELLED}, so subscribers see the event struck out
 *     instead of silently gone
 * @param lastModified also the event's DTSTAMP, which keeps the output deterministic
 */
public record CalendarEvent(
    String uid,
    int sequence,
    String title,
    String description,
    ZonedDateTime start,
    ZonedDateTime end,
    Optional<String> location,
    Optional<String> url,
    boolean cancelled,
    Instant lastModified) {

  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(lastModified, "lastModified");
    if (uid.isBlank()) {
      throw new IllegalArgumentException("uid must not be blank");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }
}
