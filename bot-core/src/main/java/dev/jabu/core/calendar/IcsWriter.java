package dev.jabu.core.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ICalProperty;
import biweekly.property.Status;
import dev.jabu.core.text.CleanText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Writes events as one RFC 5545 calendar ({@code text/calendar}).
 *
 * <p>Start and end keep the event's own zone (DTSTART;TZID=Asia/Seoul:…) so a calendar shows the
 * meetup at its local time even across a DST change, and each zone used gets a VTIMEZONE built from
 * java.time. The output is deterministic: DTSTAMP is the event's last change, never "now".
 */
public final class IcsWriter {
  static final String PRODUCT_ID = "-//jabu//jabu calendar//EN";

  private IcsWriter() {}

  public static String write(String calendarName, List<CalendarEvent> events) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.setExperimentalProperty("X-WR-CALNAME", calendarName);
    TimezoneInfo zones = calendar.getTimezoneInfo();
    Map<ZoneId, TimezoneAssignment> assignments = assignments(events);
    // added up front because biweekly would otherwise add them in identity-hash order
    assignments.values().forEach(zone -> calendar.addComponent(zone.getComponent()));
    for (CalendarEvent event : events) {
      calendar.addEvent(vevent(event, zones, assignments));
    }
    return Biweekly.write(calendar).go();
  }

  private static VEvent vevent(
      CalendarEvent event, TimezoneInfo zones, Map<ZoneId, TimezoneAssignment> assignments) {
    VEvent vevent = new VEvent();
    vevent.setUid(event.uid());
    vevent.setSequence(event.sequence());
    vevent.setDateTimeStamp(Date.from(event.lastModified()));
    DateStart start = vevent.setDateStart(Date.from(event.start().toInstant()), true);
    DateEnd end = vevent.setDateEnd(Date.from(event.end().toInstant()), true);
    inZone(zones, start, event.start(), assignments);
    inZone(zones, end, event.end(), assignments);
    // Text stored before the engine cleaned member input may still hold control characters,
    // which iCalendar forbids and a subscriber's terminal would run.
    vevent.setSummary(CleanText.input(event.title()));
    vevent.setDescription(CleanText.input(event.description()));
    event.location().map(CleanText::input).ifPresent(vevent::setLocation);
    event.url().ifPresent(vevent::setUrl);
    vevent.setStatus(event.cancelled() ? Status.cancelled() : Status.confirmed());
    vevent.setLastModified(Date.from(event.lastModified()));
    return vevent;
  }

  /** UTC stays plain UTC ("…Z"); every other zone is written as local time with its TZID. */
  private static void inZone(
      TimezoneInfo zones,
      ICalProperty property,
      ZonedDateTime time,
      Map<ZoneId, TimezoneAssignment> assignments) {
    TimezoneAssignment assignment = assignments.get(time.getZone());
    if (assignment != null) {
      zones.setTimezone(property, assignment);
    }
  }

  /** One VTIMEZONE per zone, covering every start and end written in it. */
  private static Map<ZoneId, TimezoneAssignment> assignments(List<CalendarEvent> events) {
    Map<ZoneId, Instant> earliest = new LinkedHashMap<>();
    Map<ZoneId, Instant> latest = new LinkedHashMap<>();
    events.stream()
        .flatMap(event -> Stream.of(event.start(), event.end()))
        .filter(time -> !time.getZone().normalized().equals(ZoneOffset.UTC))
        .sorted(Comparator.comparing(ZonedDateTime::toInstant))
        .forEach(
            time -> {
              ZoneId zone = time.getZone();
              earliest.putIfAbsent(zone, time.toInstant());
              latest.put(zone, time.toInstant());
            });
    Map<ZoneId, TimezoneAssignment> assignments = new LinkedHashMap<>();
    earliest.forEach(
        (zone, from) ->
            assignments.put(
                zone,
                new TimezoneAssignment(
                    TimeZone.getTimeZone(zone), VTimezones.of(zone, from, latest.get(zone)))));
    return assignments;
  }
}
