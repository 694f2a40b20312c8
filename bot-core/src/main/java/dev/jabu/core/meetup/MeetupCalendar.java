package dev.jabu.core.meetup;

/** Turns meetups into iCalendar text, for {@code /meetup ics} and the calendar feed. */
@FunctionalInterface
public interface MeetupCalendar {
  String ics(Meetup meetup);
}
