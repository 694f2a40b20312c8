/**
 * Calendar export: {@link dev.jabu.core.calendar.CalendarEvent} is the neutral shape of a meetup on
 * a calendar, and {@link dev.jabu.core.calendar.IcsWriter} turns events into RFC 5545 text ({@code
 * text/calendar}) with biweekly. Time zones are described from java.time's own rules
 * (package-private {@code VTimezones}), so nothing here ever downloads time-zone data. Serving the
 * feed over HTTP belongs to bot-app.
 */
package dev.jabu.core.calendar;
