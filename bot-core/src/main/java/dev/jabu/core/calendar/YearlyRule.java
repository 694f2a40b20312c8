package dev.jabu.core.calendar;

import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Translates one java.time {@link ZoneOffsetTransitionRule} into a yearly RRULE.
 *
 * <p>An observance's DTSTART and RRULE count in the wall time before the change, while java.time
 * may state the rule in UTC or standard time ("Sunday on or after 25 March, 01:00 UTC"). So the
 * rule is first moved to wall time, which can move it to a neighbouring day; then its day becomes
 * BYDAY with a week number (2SU, -1SU) where one fits, else BYDAY plus the seven possible
 * BYMONTHDAY values. A rule that would need to cross a month boundary has no RRULE here (none of
 * the zones in tzdb does); {@link #recurrence} is then empty and the caller lists single changes.
 */
final class YearlyRule {
  // any mid-month day works: only the difference in days between rule day and wall day is used
  private static final LocalDate PROBE = LocalDate.of(2001, 1, 15);

  private final ZoneOffsetTransitionRule rule;
  private final int dayShift;

  YearlyRule(ZoneOffsetTransitionRule rule) {
    this.rule = rule;
    LocalDateTime stated = PROBE.atTime(rule.getLocalTime());
    if (rule.isMidnightEndOfDay()) {
      stated = stated.plusDays(1);
    }
    LocalDateTime wall =
        rule.getTimeDefinition()
            .createDateTime(stated, rule.getStandardOffset(), rule.getOffsetBefore());
    this.dayShift = (int) ChronoUnit.DAYS.between(PROBE, wall.toLocalDate());
  }

  Optional<Recurrence> recurrence() {
    Month month = rule.getMonth();
    int day = rule.getDayOfMonthIndicator() + dayShift;
    boolean positive = rule.getDayOfMonthIndicator() > 0;
    if (positive ? day < 1 || day > month.minLength() : day > -1 || -day > month.minLength()) {
      return Optional.empty();
    }
    Recurrence.Builder yearly = new Recurrence.Builder(Frequency.YEARLY).byMonth(month.getValue());
    if (rule.getDayOfWeek() == null) {
      return Optional.of(yearly.byMonthDay(day).build());
    }
    biweekly.util.DayOfWeek weekday = toBiweekly(rule.getDayOfWeek().plus(dayShift));
    // "first Sunday on or after day d" spans days d..d+6, all inside the month
    int first = positive ? day : day - 6;
    int last = positive ? day + 6 : day;
    if (positive ? last > month.minLength() : -first > month.minLength()) {
      return Optional.empty();
    }
    if (positive && (day - 1) % 7 == 0) {
      return Optional.of(yearly.byDay((day - 1) / 7 + 1, weekday).build());
    }
    if (!positive && (-day - 1) % 7 == 0) {
      return Optional.of(yearly.byDay(-((-day - 1) / 7 + 1), weekday).build());
    }
    if (positive && month.minLength() == month.maxLength() && last == month.maxLength()) {
      // java.time writes "last Sunday" of a 31-day month as "Sunday on or after the 25th"
      return Optional.of(yearly.byDay(-1, weekday).build());
    }
    return Optional.of(
        yearly
            .byDay(weekday)
            .byMonthDay(IntStream.rangeClosed(first, last).boxed().toList())
            .build());
  }

  private static biweekly.util.DayOfWeek toBiweekly(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> biweekly.util.DayOfWeek.MONDAY;
      case TUESDAY -> biweekly.util.DayOfWeek.TUESDAY;
      case WEDNESDAY -> biweekly.util.DayOfWeek.WEDNESDAY;
      case THURSDAY -> biweekly.util.DayOfWeek.THURSDAY;
      case FRIDAY -> biweekly.util.DayOfWeek.FRIDAY;
      case SATURDAY -> biweekly.util.DayOfWeek.SATURDAY;
      case SUNDAY -> biweekly.util.DayOfWeek.SUNDAY;
    };
  }
}
