package dev.jabu.app.http;

import dev.jabu.core.calendar.CalendarEvent;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.MeetupIcs;
import dev.jabu.core.meetup.MeetupService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The calendar feed over the meetup store: published meetups only, never drafts. */
public final class MeetupFeed {
  private MeetupFeed() {}

  public static CalendarSource of(MeetupService meetups) {
    return new CalendarSource() {
      @Override
      public List<CalendarEvent> upcoming() {
        return meetups.meetups().published(meetups.now().minus(Duration.ofDays(30)), 500).stream()
            .map(MeetupIcs::event)
            .toList();
      }

      @Override
      public Optional<CalendarEvent> event(long meetupId) {
        return meetups
            .find(meetupId)
            .filter(m -> m.status() != Meetup.Status.DRAFT)
            .map(MeetupIcs::event);
      }
    };
  }
}
