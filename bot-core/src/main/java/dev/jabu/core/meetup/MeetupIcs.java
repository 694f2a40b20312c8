package dev.jabu.core.meetup;

import dev.jabu.core.calendar.CalendarEvent;
import dev.jabu.core.calendar.IcsWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Meetups as calendar events: a stable UID per meetup, SEQUENCE raised on every edit, and
 * STATUS:CANCELLED once cancelled, so subscribed calendars follow every change.
 */
public final class MeetupIcs implements MeetupCalendar {
  private final String calendarName;

  public MeetupIcs(String calendarName) {
    this.calendarName = calendarName;
  }

  @Override
  public String ics(Meetup meetup) {
    return IcsWriter.write(calendarName, List.of(event(meetup)));
  }

  public String feed(List<Meetup> meetups) {
    return IcsWriter.write(calendarName, meetups.stream().map(MeetupIcs::event).toList());
  }

  public static CalendarEvent event(Meetup m) {
    List<String> lines = new ArrayList<>();
    if (!m.description().isBlank()) {
      lines.add(m.description());
    }
    for (int i = 0; i < m.agenda().size(); i++) {
      lines.add((i + 1) + ". " + m.agenda().get(i));
    }
    m.registrationUrl().ifPresent(lines::add);
    Optional<String> location =
        m.venueName()
            .map(v -> m.venueAddress().map(a -> v + ", " + a).orElse(v))
            .or(m::venueAddress)
            .or(m::onlineUrl);
    return new CalendarEvent(
        "meetup-" + m.id() + "@jabu",
        m.sequence(),
        m.title(),
        String.join("\n\n", lines),
        m.localStart(),
        m.localEnd(),
        location,
        m.registrationUrl().or(m::onlineUrl),
        m.status() == Meetup.Status.CANCELLED,
        m.updatedAt());
  }
}
