/**
 * bot-app's small HTTP server on Javalin: the probes {@code /healthz} and {@code /readyz} (checks
 * in {@link dev.jabu.app.http.Readiness}) and the calendar feed ({@code /calendar.ics}, {@code
 * /meetups/{id}.ics}) read from a {@link dev.jabu.app.http.CalendarSource}. Handlers stay thin: the
 * ICS text comes from {@link dev.jabu.core.calendar.IcsWriter}.
 */
package dev.jabu.app.http;
