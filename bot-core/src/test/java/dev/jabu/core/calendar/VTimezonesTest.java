package dev.jabu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VTimezonesTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2028-12-31T00:00:00Z");

  /** The component as a calendar app reads it: written to text and parsed back by biweekly. */
  private static VTimezone roundTrip(VTimezone component) {
    ICalendar calendar = new ICalendar();
    calendar.addComponent(component);
    ICalendar parsed = Biweekly.parse(Biweekly.write(calendar).go()).first();
    // biweekly moves parsed VTIMEZONEs out of the calendar into its time-zone info
    assertThat(parsed.getTimezoneInfo().getComponents()).hasSize(1);
    return parsed.getTimezoneInfo().getComponents().iterator().next();
  }

  private static String rrule(Observance observance) {
    return Biweekly.write(calendarWith(observance))
        .go()
        .lines()
        .filter(line -> line.startsWith("RRULE:"))
        .findFirst()
        .orElse("");
  }

  private static ICalendar calendarWith(Observance observance) {
    VTimezone holder = new VTimezone("probe");
    if (observance instanceof biweekly.component.DaylightSavingsTime daylight) {
      holder.addDaylightSavingsTime(daylight);
    } else {
      holder.addStandardTime((biweekly.component.StandardTime) observance);
    }
    ICalendar calendar = new ICalendar();
    calendar.addComponent(holder);
    return calendar;
  }

  @Test
  void a_zone_without_dst_has_one_standard_observance_with_its_offset() {
    VTimezone seoul = roundTrip(VTimezones.of(ZoneId.of("Asia/Seoul"), FROM, TO));

    assertThat(seoul.getTimezoneId().getValue()).isEqualTo("Asia/Seoul");
    assertThat(seoul.getDaylightSavingsTime()).isEmpty();
    assertThat(seoul.getStandardTimes()).hasSize(1);
    Observance standard = seoul.getStandardTimes().get(0);
    assertThat(standard.getTimezoneOffsetTo().getValue()).isEqualTo(new UtcOffset(true, 9, 0));
    assertThat(standard.getRecurrenceRule()).isNull();
    assertThat(standard.getTimezoneNames().get(0).getValue()).isEqualTo("KST");
  }

  @Test
  void
      new_york_has_daylight_from_the_second_sunday_of_march_and_standard_from_the_first_of_november() {
    VTimezone newYork = roundTrip(VTimezones.of(ZoneId.of("America/New_York"), FROM, TO));

    assertThat(newYork.getDaylightSavingsTime()).hasSize(1);
    assertThat(newYork.getStandardTimes()).hasSize(1);
    Observance daylight = newYork.getDaylightSavingsTime().get(0);
    assertThat(rrule(daylight)).isEqualTo("RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3");
    assertThat(daylight.getTimezoneOffsetFrom().getValue()).isEqualTo(new UtcOffset(false, 5, 0));
    assertThat(daylight.getTimezoneOffsetTo().getValue()).isEqualTo(new UtcOffset(false, 4, 0));
    assertThat(daylight.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(2);
    assertThat(daylight.getTimezoneNames().get(0).getValue()).isEqualTo("EDT");
    Observance standard = newYork.getStandardTimes().get(0);
    assertThat(rrule(standard)).isEqualTo("RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11");
    assertThat(standard.getTimezoneOffsetTo().getValue()).isEqualTo(new UtcOffset(false, 5, 0));
  }

  @Test
  void berlin_changes_on_the_last_sunday_at_wall_time_though_java_states_it_in_utc() {
    VTimezone berlin = roundTrip(VTimezones.of(ZoneId.of("Europe/Berlin"), FROM, TO));

    Observance daylight = berlin.getDaylightSavingsTime().get(0);
    Observance standard = berlin.getStandardTimes().get(0);
    assertThat(rrule(daylight)).isEqualTo("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3");
    assertThat(rrule(standard)).isEqualTo("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10");
    // 01:00 UTC is 02:00 CET in March and 03:00 CEST in October
    assertThat(daylight.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(2);
    assertThat(standard.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(3);
  }

  @Test
  void every_zone_java_knows_changes_at_the_same_instants_as_java_after_a_round_trip() {
    List<String> wrong = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneRules rules = ZoneId.of(id).getRules();
      VTimezone written = roundTrip(VTimezones.of(ZoneId.of(id), FROM, TO));
      List<Change> expected = javaChanges(rules);
      List<Change> actual = writtenChanges(written);
      if (!actual.equals(expected)) {
        wrong.add(id + ": " + actual + " instead of " + expected);
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void biweekly_resolves_local_times_a_day_around_each_change_like_java() {
    // a consumer's view; the hours right at a change are left out because biweekly's own
    // ICalTimeZone places them hours off even for the IANA-style VTIMEZONE written here
    for (String id :
        List.of("America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Seoul")) {
      ZoneRules rules = ZoneId.of(id).getRules();
      ICalTimeZone written = new ICalTimeZone(roundTrip(VTimezones.of(ZoneId.of(id), FROM, TO)));
      for (Change change : javaChanges(rules)) {
        for (Instant probe :
            List.of(change.at().minus(Duration.ofDays(1)), change.at().plus(Duration.ofDays(1)))) {
          LocalDateTime local = LocalDateTime.ofInstant(probe, rules.getOffset(probe));
          assertThat(resolve(written, local)).as("%s %s", id, local).isEqualTo(probe);
        }
      }
    }
  }

  /** A change of offset: at this instant, the zone's offset becomes {@code to}. */
  private record Change(Instant at, ZoneOffset to) {}

  /** The offset in force at FROM, then every change up to TO, as java.time sees them. */
  private static List<Change> javaChanges(ZoneRules rules) {
    List<Change> changes = new ArrayList<>(List.of(new Change(FROM, rules.getOffset(FROM))));
    ZoneOffsetTransition next = rules.nextTransition(FROM);
    while (next != null && !next.getInstant().isAfter(TO)) {
      changes.add(new Change(next.getInstant(), next.getOffsetAfter()));
      next = rules.nextTransition(next.getInstant());
    }
    return changes;
  }

  /**
   * The same read from a VTIMEZONE the RFC 5545 way: onset = DTSTART (or RRULE date) -
   * TZOFFSETFROM.
   */
  private static List<Change> writtenChanges(VTimezone component) {
    List<Observance> observances = new ArrayList<>(component.getStandardTimes());
    observances.addAll(component.getDaylightSavingsTime());
    List<Change> onsets = new ArrayList<>();
    for (Observance observance : observances) {
      ZoneOffset from = offset(observance.getTimezoneOffsetFrom().getValue());
      ZoneOffset to = offset(observance.getTimezoneOffsetTo().getValue());
      for (LocalDateTime onset : onsets(observance)) {
        onsets.add(new Change(onset.toInstant(from), to));
      }
    }
    onsets.sort(Comparator.comparing(Change::at));
    List<Change> changes = new ArrayList<>();
    onsets.stream()
        .filter(change -> !change.at().isAfter(FROM))
        .reduce((earlier, later) -> later)
        .ifPresent(inForce -> changes.add(new Change(FROM, inForce.to())));
    onsets.stream()
        .filter(change -> change.at().isAfter(FROM) && !change.at().isAfter(TO))
        .forEach(changes::add);
    return changes;
  }

  private static List<LocalDateTime> onsets(Observance observance) {
    DateTimeComponents start = observance.getDateStart().getValue().getRawComponents();
    LocalDateTime first =
        LocalDateTime.of(
            start.getYear(),
            start.getMonth(),
            start.getDate(),
            start.getHour(),
            start.getMinute(),
            start.getSecond());
    if (observance.getRecurrenceRule() == null) {
      return List.of(first);
    }
    // local times carried as UTC dates, so the iterator adds no zone of its own
    TimeZone utc = TimeZone.getTimeZone("UTC");
    DateIterator dates =
        observance
            .getRecurrenceRule()
            .getValue()
            .getDateIterator(new ICalDate(Date.from(first.toInstant(ZoneOffset.UTC)), true), utc);
    List<LocalDateTime> onsets = new ArrayList<>();
    while (dates.hasNext()) {
      LocalDateTime onset = LocalDateTime.ofInstant(dates.next().toInstant(), ZoneOffset.UTC);
      if (onset.isAfter(LocalDateTime.ofInstant(TO, ZoneOffset.UTC).plusDays(1))) {
        break;
      }
      onsets.add(onset);
    }
    return onsets;
  }

  private static ZoneOffset offset(UtcOffset offset) {
    return ZoneOffset.ofTotalSeconds((int) (offset.getMillis() / 1000));
  }

  /** What a calendar does with DTSTART;TZID=…: local time to instant through the VTIMEZONE. */
  private static Instant resolve(ICalTimeZone zone, LocalDateTime local) {
    return new DateTimeComponents(
            local.getYear(),
            local.getMonthValue(),
            local.getDayOfMonth(),
            local.getHour(),
            local.getMinute(),
            local.getSecond(),
            false)
        .toDate(zone)
        .toInstant();
  }

  @Test
  void a_rule_no_rrule_can_express_is_written_as_single_changes_for_the_years_in_use() {
    // "last Sunday of March, 23:00 UTC" is the Monday after in wall time at +03:00: when that
    // Sunday is the 31st, the change falls on 1 April, which no BYMONTH=3 rule can say
    ZoneOffset winter = ZoneOffset.ofHours(3);
    ZoneOffset summer = ZoneOffset.ofHours(4);
    ZoneOffsetTransitionRule spring =
        ZoneOffsetTransitionRule.of(
            Month.MARCH,
            -1,
            DayOfWeek.SUNDAY,
            LocalTime.of(23, 0),
            false,
            TimeDefinition.UTC,
            winter,
            winter,
            summer);
    ZoneOffsetTransitionRule autumn =
        ZoneOffsetTransitionRule.of(
            Month.OCTOBER,
            1,
            DayOfWeek.SUNDAY,
            LocalTime.of(1, 0),
            false,
            TimeDefinition.UTC,
            winter,
            summer,
            winter);
    // java.time applies yearly rules only after at least one listed transition
    ZoneOffsetTransition listed =
        ZoneOffsetTransition.of(LocalDateTime.of(2000, 10, 1, 1, 0), summer, winter);
    ZoneRules rules =
        ZoneRules.of(winter, summer, List.of(), List.of(listed), List.of(spring, autumn));
    assertThat(new YearlyRule(spring).recurrence()).isEmpty();

    VTimezone component = roundTrip(VTimezones.of("Test/Odd", rules, FROM, TO));

    assertThat(component.getDaylightSavingsTime()).hasSizeGreaterThan(1);
    assertThat(component.getDaylightSavingsTime().get(0).getRecurrenceRule()).isNull();
    assertThat(component.getDaylightSavingsTime().get(0).getTimezoneNames()).isEmpty();
    assertThat(writtenChanges(component)).isEqualTo(javaChanges(rules)).hasSize(7);
  }

  @Test
  void a_fixed_zone_has_one_standard_observance() {
    VTimezone component = roundTrip(VTimezones.of(ZoneId.of("Etc/GMT+5"), FROM, TO));

    assertThat(component.getStandardTimes()).hasSize(1);
    assertThat(component.getDaylightSavingsTime()).isEmpty();
    assertThat(component.getStandardTimes().get(0).getTimezoneOffsetTo().getValue())
        .isEqualTo(new UtcOffset(false, 5, 0));
    assertThat(component.getStandardTimes().get(0).getTimezoneNames()).isEmpty();
  }
}
