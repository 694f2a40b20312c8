package dev.jabu.app.http;

import dev.jabu.core.calendar.CalendarEvent;
import dev.jabu.core.calendar.IcsWriter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** The feed of all upcoming meetups and the single-meetup download. */
final class CalendarHandlers {
  static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
  private static final String SUFFIX = ".ics";

  private final CalendarSource source;
  private final String calendarName;

  CalendarHandlers(CalendarSource source, String calendarName) {
    this.source = source;
    this.calendarName = calendarName;
  }

  void feed(Context ctx) {
    respond(ctx, source.upcoming(), "jabu.ics");
  }

  /** {@code /meetups/{file}}: the file must be a meetup number followed by ".ics". */
  void meetup(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.endsWith(SUFFIX)) {
      notFound(ctx);
      return;
    }
    Optional<Long> id = meetupId(file.substring(0, file.length() - SUFFIX.length()));
    if (id.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .contentType("text/plain; charset=utf-8")
          .result("meetup id must be a number, like /meetups/12.ics\n");
      return;
    }
    Optional<CalendarEvent> event = source.event(id.get());
    if (event.isEmpty()) {
      notFound(ctx);
      return;
    }
    respond(ctx, List.of(event.get()), "meetup-" + id.get() + ".ics");
  }

  private void respond(Context ctx, List<CalendarEvent> events, String filename) {
    ctx.contentType(CONTENT_TYPE)
        .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
        .result(IcsWriter.write(calendarName, events));
  }

  private static void notFound(Context ctx) {
    ctx.attribute(HttpServer.ANSWERED, true);
    ctx.status(HttpStatus.NOT_FOUND)
        .contentType("text/plain; charset=utf-8")
        .result("no such meetup\n");
  }

  private static Optional<Long> meetupId(String text) {
    // digits only: Long.parseLong would also take "+12" or "-3"
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }
}
