package dev.jabu.app.http;

import dev.jabu.core.calendar.CalendarEvent;
import java.util.List;
import java.util.Optional;

/** Where the HTTP server reads meetups from; the integrator backs it with the meetup store. */
public interface CalendarSource {

  /** The events for the subscribed feed, cancelled ones included so calendars strike them out. */
  List<CalendarEvent> upcoming();

  Optional<CalendarEvent> event(long meetupId);
}
