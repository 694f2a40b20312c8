package dev.jabu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ICalTimeZone;
import biweekly.io.TimezoneAssignment;
import dev.jabu.core.testkit.Golden;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class IcsWriterTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant EDITED = Instant.parse("2025-11-20T09:30:00Z");

  private static CalendarEvent event(
      String uid, int sequence, String title, ZonedDateTime start, boolean cancelled) {
    return new CalendarEvent(
        uid,
        sequence,
        title,
        "Talks, then pizza.\nBring a laptop.",
        start,
        start.plusHours(2),
        Optional.of("Seoul, Gangnam-gu, Teheran-ro 427"),
        Optional.of("https://example.org/meetups/12"),
        cancelled,
        EDITED);
  }

  private static final CalendarEvent SEOUL_MEETUP =
      event(
          "meetup-12@jabu",
          3,
          "DevOps Korea 12월 밋업",
          ZonedDateTime.of(LocalDateTime.of(2025, 12, 18, 19, 30), SEOUL),
          false);
  private static final CalendarEvent NEW_YORK_MEETUP =
      event(
          "meetup-13@jabu",
          0,
          "Kubernetes night",
          ZonedDateTime.of(LocalDateTime.of(2026, 7, 9, 18, 0), NEW_YORK),
          true);

  private static ICalendar parse(String text) {
    return Biweekly.parse(text).first();
  }

  private static VEvent byUid(ICalendar calendar, String uid) {
    return calendar.getEvents().stream()
        .filter(e -> e.getUid().getValue().equals(uid))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void two_events_golden(TestInfo test) {
    String text = IcsWriter.write("jabu meetups", List.of(SEOUL_MEETUP, NEW_YORK_MEETUP));

    Golden.assertMatches(test, "ics", text);
  }

  @Test
  void writes_one_vevent_per_event_with_uid_sequence_status_and_calendar_name() {
    ICalendar calendar =
        parse(IcsWriter.write("jabu meetups", List.of(SEOUL_MEETUP, NEW_YORK_MEETUP)));

    assertThat(calendar.getEvents()).hasSize(2);
    assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
        .isEqualTo("jabu meetups");
    assertThat(calendar.getProductId().getValue()).isEqualTo(IcsWriter.PRODUCT_ID);
    VEvent seoul = byUid(calendar, "meetup-12@jabu");
    assertThat(seoul.getSequence().getValue()).isEqualTo(3);
    assertThat(seoul.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(seoul.getSummary().getValue()).isEqualTo("DevOps Korea 12월 밋업");
    assertThat(seoul.getDescription().getValue()).isEqualTo("Talks, then pizza.\nBring a laptop.");
    assertThat(seoul.getLocation().getValue()).isEqualTo("Seoul, Gangnam-gu, Teheran-ro 427");
    assertThat(seoul.getUrl().getValue()).isEqualTo("https://example.org/meetups/12");
    assertThat(seoul.getDateTimeStamp().getValue().toInstant()).isEqualTo(EDITED);
    assertThat(seoul.getLastModified().getValue().toInstant()).isEqualTo(EDITED);
    VEvent newYork = byUid(calendar, "meetup-13@jabu");
    assertThat(newYork.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(newYork.getSequence().getValue()).isZero();
  }

  @Test
  void output_is_the_same_on_every_write_so_uids_and_stamps_stay_stable() {
    List<CalendarEvent> events = List.of(SEOUL_MEETUP, NEW_YORK_MEETUP);

    String first = IcsWriter.write("jabu meetups", events);
    String second = IcsWriter.write("jabu meetups", events);

    assertThat(second).isEqualTo(first);
    assertThat(parse(second).getEvents())
        .extracting(e -> e.getUid().getValue())
        .containsExactly("meetup-12@jabu", "meetup-13@jabu");
  }

  @Test
  void start_and_end_keep_the_instant_and_the_zone_of_the_event() {
    ICalendar calendar = parse(IcsWriter.write("x", List.of(SEOUL_MEETUP)));
    VEvent seoul = calendar.getEvents().get(0);

    assertThat(seoul.getDateStart().getValue().toInstant())
        .isEqualTo(SEOUL_MEETUP.start().toInstant());
    assertThat(seoul.getDateEnd().getValue().toInstant()).isEqualTo(SEOUL_MEETUP.end().toInstant());
    TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(seoul.getDateStart());
    assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Asia/Seoul");
    assertThat(calendar.getTimezoneInfo().getTimezone(seoul.getDateEnd())).isSameAs(zone);
  }

  @Test
  void writes_local_time_with_tzid_and_one_vtimezone_per_zone() {
    CalendarEvent secondSeoul =
        event(
            "meetup-14@jabu",
            0,
            "Seoul again",
            ZonedDateTime.of(LocalDateTime.of(2026, 1, 15, 19, 0), SEOUL),
            false);
    String text = IcsWriter.write("x", List.of(SEOUL_MEETUP, NEW_YORK_MEETUP, secondSeoul));

    assertThat(text).contains("DTSTART;TZID=Asia/Seoul:20251218T193000\r\n");
    assertThat(text).contains("DTSTART;TZID=America/New_York:20260709T180000\r\n");
    assertThat(parse(text).getTimezoneInfo().getComponents())
        .extracting(tz -> tz.getTimezoneId().getValue())
        .containsExactlyInAnyOrder("Asia/Seoul", "America/New_York");
    assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(3);
  }

  @Test
  void new_york_times_resolve_through_the_written_vtimezone_in_summer_and_winter() {
    CalendarEvent july =
        event(
            "july@jabu",
            0,
            "July",
            ZonedDateTime.of(LocalDateTime.of(2026, 7, 9, 18, 0), NEW_YORK),
            false);
    CalendarEvent january =
        event(
            "january@jabu",
            0,
            "January",
            ZonedDateTime.of(LocalDateTime.of(2027, 1, 14, 18, 0), NEW_YORK),
            false);
    ICalendar calendar = parse(IcsWriter.write("x", List.of(july, january)));

    VEvent parsedJuly = byUid(calendar, "july@jabu");
    // biweekly resolves TZID through the VTIMEZONE in the text, not through Java's own zone
    assertThat(calendar.getTimezoneInfo().getTimezone(parsedJuly.getDateStart()).getTimeZone())
        .isInstanceOf(ICalTimeZone.class);
    assertThat(parsedJuly.getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2026-07-09T22:00:00Z"));
    assertThat(byUid(calendar, "january@jabu").getDateStart().getValue().toInstant())
        .isEqualTo(Instant.parse("2027-01-14T23:00:00Z"));
  }

  @Test
  void utc_events_are_written_in_utc_without_a_vtimezone() {
    CalendarEvent online =
        event(
            "online@jabu",
            0,
            "Online",
            ZonedDateTime.of(LocalDateTime.of(2026, 3, 1, 12, 0), ZoneId.of("UTC")),
            false);

    String text = IcsWriter.write("x", List.of(online));

    assertThat(text).contains("DTSTART:20260301T120000Z\r\n").doesNotContain("VTIMEZONE");
  }

  @Test
  void leaves_out_location_and_url_when_there_are_none() {
    CalendarEvent bare =
        new CalendarEvent(
            "bare@jabu",
            0,
            "Bare",
            "",
            SEOUL_MEETUP.start(),
            SEOUL_MEETUP.end(),
            Optional.empty(),
            Optional.empty(),
            false,
            EDITED);

    String text = IcsWriter.write("x", List.of(bare));

    assertThat(text).doesNotContain("LOCATION").doesNotContain("URL:");
  }

  @Test
  void an_empty_list_is_an_empty_calendar() {
    ICalendar calendar = parse(IcsWriter.write("x", List.of()));

    assertThat(calendar.getEvents()).isEmpty();
    assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("x");
  }
}
