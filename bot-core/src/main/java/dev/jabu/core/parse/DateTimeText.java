package dev.jabu.core.parse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a moment as typed in a command: a date followed by a time, read in the community's zone.
 *
 * <ul>
 *   <li>ISO 8601: {@code 2026-12-05T19:00} (seconds optional, a space for the {@code T} too), or
 *       with an offset or {@code Z}, which is kept as given.
 *   <li>Digits: {@code 2026.12.05 19:00}, {@code 2026/12/05 7pm}, {@code 12/5 7pm}, {@code 12.5
 *       19:00} ({@link NumericDates}).
 *   <li>Korean: {@code 12월 5일 오후 7시}, {@code 2026년 12월5일 19시 30분}, {@code 내일 19시}, {@code 모레 오후
 *       2시}, {@code 이번 주 금요일 오후 7시}, {@code 다음 주 금요일 19시} ({@link KoreanDates}).
 *   <li>English: {@code tomorrow 7pm}, {@code next friday 7:30pm}, {@code dec 5 7pm}, {@code 5 Dec
 *       2026 19:00} ({@link EnglishDates}).
 * </ul>
 *
 * <p>Times are read by {@link TimeOfDay}; the words may be mixed ({@code 내일 7pm}). A date without a
 * year means its next occurrence (this year if today or later, else next year). A time is required:
 * a meetup on "tomorrow" alone would silently start at midnight. Words about "today" use the date
 * in the community's zone at the injected clock's instant. This only reads: a moment in the past is
 * returned as such, and whether that makes sense is the caller's call.
 *
 * <p>Local times go through {@link ZonedDateTime#of(LocalDateTime, ZoneId)}: a time skipped by a
 * daylight-saving change (02:30 on a spring-forward night) moves forward by the gap's length, and a
 * time that happens twice (01:30 on a fall-back night) takes the earlier offset.
 */
public final class DateTimeText {
  /** No real moment is longer; refusing longer text up front keeps junk cheap to reject. */
  static final int MAX_LENGTH = 100;

  private static final Pattern SPACE_SEPARATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d.*)");

  /** Chat clients also send no-break and ideographic spaces. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  /** Natural date forms, tried in order; the first whose date and time both read wins. */
  private static final List<DateForm> DATE_FORMS =
      Stream.of(NumericDates.FORMS, KoreanDates.FORMS, EnglishDates.FORMS)
          .flatMap(List::stream)
          .toList();

  private final ZoneId zone;
  private final Clock clock;

  public DateTimeText(ZoneId zone, Clock clock) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The zone local forms are read in. */
  public ZoneId zone() {
    return zone;
  }

  public Optional<ZonedDateTime> parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String iso = isoWithT(t);
    return withOffsetOrZone(iso).or(() -> isoLocal(iso)).or(() -> natural(t));
  }

  private Optional<ZonedDateTime> natural(String t) {
    String words = WHITESPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    for (DateForm form : DATE_FORMS) {
      Optional<DateForm.Match> date = form.read(words, today);
      Optional<LocalTime> time = date.flatMap(d -> TimeOfDay.parse(d.rest()));
      if (time.isPresent()) {
        return Optional.of(at(date.get().date().atTime(time.get())));
      }
    }
    return Optional.empty();
  }

  private ZonedDateTime at(LocalDateTime local) {
    return ZonedDateTime.of(local, zone);
  }

  private static String isoWithT(String t) {
    var m = SPACE_SEPARATED.matcher(t);
    return m.matches() ? m.group(1) + "T" + m.group(2) : t;
  }

  private static Optional<ZonedDateTime> withOffsetOrZone(String t) {
    try {
      return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<ZonedDateTime> isoLocal(String t) {
    try {
      return Optional.of(at(LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
