package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpcomingDatesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @Test
  void aMonthAndDayMeansTheNextSuchDateTodayIncluded() {
    assertThat(UpcomingDates.next(11, 23, MONDAY)).contains(MONDAY);
    assertThat(UpcomingDates.next(12, 31, MONDAY)).contains(LocalDate.of(2026, 12, 31));
    assertThat(UpcomingDates.next(11, 22, MONDAY)).contains(LocalDate.of(2027, 11, 22));
    assertThat(UpcomingDates.next(1, 1, LocalDate.of(2026, 12, 31)))
        .contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void leapDayWaitsForALeapYear() {
    assertThat(UpcomingDates.next(2, 29, MONDAY)).contains(LocalDate.of(2028, 2, 29));
    assertThat(UpcomingDates.next(2, 29, LocalDate.of(2096, 3, 1)))
        .contains(LocalDate.of(2104, 2, 29));
  }

  @Test
  void daysTheCalendarLacksAreEmpty() {
    assertThat(UpcomingDates.next(2, 30, MONDAY)).isEmpty();
    assertThat(UpcomingDates.next(13, 1, MONDAY)).isEmpty();
    assertThat(UpcomingDates.next(4, 31, MONDAY)).isEmpty();
    assertThat(UpcomingDates.of(2026, 2, 29)).isEmpty();
    assertThat(UpcomingDates.of(2028, 2, 29)).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aWeekdayIsTheFirstAfterToday() {
    assertThat(UpcomingDates.after(MONDAY, DayOfWeek.FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(UpcomingDates.after(MONDAY, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void weeksRunMondayToSunday() {
    LocalDate sunday = LocalDate.of(2026, 11, 29);
    assertThat(UpcomingDates.inWeek(sunday, 0, DayOfWeek.FRIDAY))
        .as("this week's Friday has passed on Sunday")
        .isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(UpcomingDates.inWeek(sunday, 1, DayOfWeek.FRIDAY))
        .isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(UpcomingDates.inWeek(MONDAY, 1, DayOfWeek.SUNDAY))
        .isEqualTo(LocalDate.of(2026, 12, 6));
  }
}
