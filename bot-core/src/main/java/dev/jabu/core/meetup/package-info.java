/**
 * Meetups: the model and its store, the one RSVP ledger shared by every platform (capacity, FIFO
 * waitlist, linked accounts as one person), announcements and notices through the outbox, calendar
 * entries, and the {@code /meetup}, {@code /link} and {@code /unlink} commands.
 */
package dev.jabu.core.meetup;
