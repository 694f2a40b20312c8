package dev.jabu.core.calendar;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Builds a VTIMEZONE from java.time's {@link ZoneRules}, so no time-zone data is ever downloaded.
 *
 * <p>A zone's future is written as one STANDARD or DAYLIGHT observance with a yearly RRULE per
 * {@link ZoneRules#getTransitionRules() transition rule}. Changes java.time only knows as a list
 * (zones without yearly rules, such as Asia/Seoul since 1988 or Africa/Casablanca) are written as
 * single observances, but only the one in force at {@code from} and those up to {@code to}: a feed
 * needs to cover its events, not the zone's history.
 */
final class VTimezones {
  private static final LocalDateTime FIXED_SINCE = LocalDateTime.of(1970, 1, 1, 0, 0);

  private VTimezones() {}

  /**
   * A VTIMEZONE with TZID {@code zone.getId()}, correct for instants from {@code from} to {@code
   * to}.
   */
  static VTimezone of(ZoneId zone, Instant from, Instant to) {
    return of(zone.getId(), zone.getRules(), from, to);
  }

  /** Same for any rules; short names (TZNAME) only when {@code tzid} is a zone Java knows. */
  static VTimezone of(String tzid, ZoneRules rules, Instant from, Instant to) {
    Names names = new Names(tzid);
    VTimezone component = new VTimezone(tzid);
    List<ZoneOffsetTransition> listed = rules.getTransitions();
    Instant rulesFrom = listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();

    ZoneOffsetTransition inForce = rules.previousTransition(from.plusNanos(1));
    if (inForce != null && !inForce.getInstant().isAfter(rulesFrom)) {
      add(component, single(names, rules, inForce));
    }
    for (ZoneOffsetTransition transition : listed) {
      if (transition.getInstant().isAfter(from) && !transition.getInstant().isAfter(to)) {
        add(component, single(names, rules, transition));
      }
    }
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      addYearly(component, names, rules, rule, rulesFrom, from, to);
    }
    if (component.getStandardTimes().isEmpty() && component.getDaylightSavingsTime().isEmpty()) {
      // no change ever happened or will happen (for example UTC or Etc/GMT+5)
      ZoneOffset offset = rules.getOffset(from);
      add(component, observance(names, false, FIXED_SINCE, offset, offset));
    }
    return component;
  }

  private static void addYearly(
      VTimezone component,
      Names names,
      ZoneRules rules,
      ZoneOffsetTransitionRule rule,
      Instant rulesFrom,
      Instant from,
      Instant to) {
    Optional<Recurrence> recurrence = new YearlyRule(rule).recurrence();
    if (recurrence.isEmpty()) {
      // not expressible as an RRULE: list the changes of the years the events touch
      int first = yearOf(from) - 1;
      int last = yearOf(to) + 1;
      for (int year = first; year <= last; year++) {
        ZoneOffsetTransition transition = rule.createTransition(year);
        if (transition.getInstant().isAfter(rulesFrom)) {
          add(component, single(names, rules, transition));
        }
      }
      return;
    }
    ZoneOffsetTransition firstChange = firstAfter(rule, rulesFrom);
    Observance observance =
        observance(
            names,
            isDaylight(rule.getOffsetAfter(), rule.getStandardOffset()),
            firstChange.getDateTimeBefore(),
            rule.getOffsetBefore(),
            rule.getOffsetAfter());
    observance.setRecurrenceRule(recurrence.get());
    add(component, observance);
  }

  private static ZoneOffsetTransition firstAfter(ZoneOffsetTransitionRule rule, Instant rulesFrom) {
    int year = rulesFrom.equals(Instant.MIN) ? 1970 : yearOf(rulesFrom);
    ZoneOffsetTransition transition = rule.createTransition(year);
    while (!transition.getInstant().isAfter(rulesFrom)) {
      transition = rule.createTransition(++year);
    }
    return transition;
  }

  private static Observance single(Names names, ZoneRules rules, ZoneOffsetTransition transition) {
    boolean daylight =
        isDaylight(transition.getOffsetAfter(), rules.getStandardOffset(transition.getInstant()));
    return observance(
        names,
        daylight,
        transition.getDateTimeBefore(),
        transition.getOffsetBefore(),
        transition.getOffsetAfter());
  }

  private static Observance observance(
      Names names, boolean daylight, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
    Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
    observance.setDateStart(
        new DateTimeComponents(
            start.getYear(),
            start.getMonthValue(),
            start.getDayOfMonth(),
            start.getHour(),
            start.getMinute(),
            start.getSecond(),
            false));
    observance.setTimezoneOffsetFrom(utcOffset(before));
    observance.setTimezoneOffsetTo(utcOffset(after));
    names.shortName(daylight).ifPresent(observance::addTimezoneName);
    return observance;
  }

  private static void add(VTimezone component, Observance observance) {
    if (observance instanceof DaylightSavingsTime daylight) {
      component.addDaylightSavingsTime(daylight);
    } else {
      component.addStandardTime((StandardTime) observance);
    }
  }

  private static boolean isDaylight(ZoneOffset after, ZoneOffset standard) {
    return !after.equals(standard);
  }

  private static UtcOffset utcOffset(ZoneOffset offset) {
    return new UtcOffset(offset.getTotalSeconds() * 1000L);
  }

  /** Short names like "EST", "CEST", "KST", for the zones Java has names for. */
  private static final class Names {
    private final Optional<TimeZone> zone;

    Names(String tzid) {
      this.zone =
          ZoneId.getAvailableZoneIds().contains(tzid)
              ? Optional.of(TimeZone.getTimeZone(tzid))
              : Optional.empty();
    }

    /** Nothing when Java only knows a "GMT-05:00" style name: that says no more than the offset. */
    Optional<String> shortName(boolean daylight) {
      return zone.map(tz -> tz.getDisplayName(daylight, TimeZone.SHORT, Locale.US))
          .filter(name -> name.chars().noneMatch(Character::isDigit));
    }
  }

  private static int yearOf(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).get(ChronoField.YEAR);
  }
}
