/**
 * Meetups: the model and its store, the lifecycle ({@link dev.jabu.core.meetup.Stage} and the one
 * table of which command acts in which stage, {@code MeetupLifecycle}), the one RSVP ledger shared
 * by every platform (capacity, FIFO waitlist, linked accounts as one person, seats offered near the
 * start with {@code SeatOffers} expiring them on the scheduler, confirmations, check-in and the
 * attendance history behind the seat figures), announcements and notices through the outbox,
 * calendar entries, and the {@code /meetup}, {@code /link} and {@code /unlink} commands.
 */
package dev.jabu.core.meetup;
