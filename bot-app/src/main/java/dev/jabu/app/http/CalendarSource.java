package dev.jabu.app.http;

import dev.jabu.core.calendar.CalendarEvent;
import java.util.List;
import java.util.Optional;

/** Where the HTTP server reads meetups from; the integrator backs it with the meetup store. */
public interface CalendarSource {
  /** The feed of a bot with meetups switched off: always empty. */
  CalendarSource NONE =
      new CalendarSource() {
        @Override
        public List<CalendarEvent> upcoming() {
          return List.of();
        }

        @Override
        public Optional<CalendarEvent> event(long meetupId) {
          return Optional.empty();
        }
      };

  /** The events for the subscribed feed, cancelled ones included so calendars strike them out. */
  List<CalendarEvent> upcoming();

  Optional<CalendarEvent> event(long meetupId);
}
