package dev.jabu.core.parse;

import dev.jabu.core.parse.MomentReading.Ask;
import dev.jabu.core.parse.MomentReading.Question;
import dev.jabu.core.parse.MomentReading.Read;
import dev.jabu.core.parse.MomentReading.Refused;
import dev.jabu.core.parse.TimeOfDay.Bare;
import dev.jabu.core.parse.TimeOfDay.Exact;
import dev.jabu.core.parse.TimeOfDay.Midnight;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a moment as organizers type it, in the community's zone: ISO 8601 ({@code
 * 2026-12-05T19:00}, with an optional offset), digits ({@link NumericDates}), Korean ({@link
 * KoreanDates}) and English ({@link EnglishDates}) dates, a weekday ({@link Weekdays}), a time
 * ({@link TimeOfDay}), in any order ({@code 7pm tomorrow}), with an optional zone ({@link
 * ZoneWords}) and an optional end ({@code 19:00~21:00}, {@code 오후 2시부터 5시까지}, {@code 2-5pm}).
 *
 * <p>It never guesses silently. A date without a time is refused (a meetup on "tomorrow" would
 * start at midnight). A time alone, a weekday alone or a day of the month alone means the next such
 * moment. A bare hour ({@code 7시}) takes whichever of its morning and evening readings falls in the
 * community's plausible meetup hours ({@link MomentRules}) and says so in a {@link Moment.Note};
 * when both do, the member is {@link Ask asked}, as when a written weekday does not match its date.
 * A date whose year was chosen and lands far ahead carries a note, and so does a moment typed in
 * another zone, which is converted. Moments beyond the horizon either way are refused.
 *
 * <p>A moment in the recent past is read as such: whether that makes sense is the caller's call.
 * Local times go through {@link ZonedDateTime#of(LocalDateTime, ZoneId)}: a time skipped by a
 * daylight-saving change moves forward by the gap, and a time that happens twice takes the earlier
 * offset.
 */
public final class DateTimeText {
  /** No real moment is longer; refusing longer text up front keeps junk cheap to reject. */
  static final int MAX_LENGTH = 100;

  /** A date without its year that lands further ahead than this gets a note. */
  private static final long FAR_AHEAD_DAYS = 183;

  private static final Pattern SPACE_SEPARATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d.*)");

  /** Chat clients also send no-break and ideographic spaces. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  /** jabu prints relative times as {@code in 11 days (Fri 2026-12-18 19:00 KST)}. */
  private static final Pattern PRINTED_RELATIVE =
      Pattern.compile(
          "(?:\\d+ ?(?:분|시간|일) ?(?:후|전)|지금|in \\d+ [a-z]+|\\d+ [a-z]+ ago|now) ?\\((.+)\\)");

  /** ISO's expanded years ({@code +99999-01-01}): no meetup is that far ahead. */
  private static final Pattern EXPANDED_YEAR = Pattern.compile("[+-]?\\d{5,}-.*");

  private static final Pattern RANGE = Pattern.compile(" ?(?:~|-| to | until | till |부터) ?");

  /** A dash after a year or a year and month ({@code 2027-01-09}) is the date's, not a range. */
  private static final Pattern INSIDE_A_DATE = Pattern.compile(".*\\d{4}(?:[-./]\\d{1,2})?");

  private static final Pattern UNTIL = Pattern.compile(" ?까지(?:만)?$");

  /** Words that join a date and a time but mean nothing on their own. */
  private static final Pattern FILLER =
      Pattern.compile(
          "(?<![a-z])(?:at|on|from|starting|around|the|of)(?![a-z])|[,@]"
              + "|(?<=[가-힣\\d)])(?:에|엔|부터)(?=\\s|$)|(?<![가-힣])시작(?![가-힣])");

  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /** Natural date forms, tried in order; the first that finds its words wins. */
  private static final List<DateForm> DATE_FORMS =
      Stream.of(NumericDates.FORMS, KoreanDates.FORMS, EnglishDates.FORMS)
          .flatMap(List::stream)
          .toList();

  private final ZoneId zone;
  private final Clock clock;
  private final MomentRules rules;

  public DateTimeText(ZoneId zone, Clock clock) {
    this(zone, clock, MomentRules.defaults());
  }

  public DateTimeText(ZoneId zone, Clock clock, MomentRules rules) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The zone local forms are read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The start, when the text reads as one moment without a question. */
  public Optional<ZonedDateTime> parse(String text) {
    return read(text) instanceof Read read ? Optional.of(read.moment().start()) : Optional.empty();
  }

  public MomentReading read(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      return Refused.of("parse.date.unreadable");
    }
    Instant now = clock.instant();
    if (EXPANDED_YEAR.matcher(t).matches()) {
      return Refused.of("parse.date.too-far", rules.horizon());
    }
    String iso = isoWithT(t);
    Optional<ZonedDateTime> exact = withOffsetOrZone(iso).or(() -> isoLocal(iso));
    if (exact.isPresent()) {
      return bounded(inZone(exact.get(), exact.get().getZone() != zone), now);
    }
    String words = WHITESPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    words = words.replace('～', '~').replace('〜', '~').replace('–', '-').replace('—', '-');
    Matcher printed = PRINTED_RELATIVE.matcher(words);
    if (printed.matches()) {
      words = printed.group(1);
    }
    return natural(words, now);
  }

  private MomentReading natural(String text, Instant now) {
    ZoneId typedZone = zone;
    String s = text;
    Optional<ZoneWords.Found> zoneWord = ZoneWords.find(s);
    if (zoneWord.isPresent()) {
      typedZone = zoneWord.get().zone();
      s = zoneWord.get().rest();
    }
    LocalDateTime nowLocal = LocalDateTime.ofInstant(now, typedZone);
    LocalDate today = nowLocal.toLocalDate();

    Optional<TimeOfDay.Clock> endClock = Optional.empty();
    List<MatchResult> separators = RANGE.matcher(s).results().toList();
    for (int i = separators.size() - 1; i >= 0; i--) {
      MatchResult sep = separators.get(i);
      if (INSIDE_A_DATE.matcher(s.substring(0, sep.start())).matches()) {
        continue;
      }
      String right = clean(UNTIL.matcher(s.substring(sep.end()).strip()).replaceFirst(""));
      Optional<TimeOfDay.Clock> end = right.isEmpty() ? Optional.empty() : TimeOfDay.read(right);
      if (end.isPresent()) {
        endClock = end;
        s = s.substring(0, sep.start());
        break;
      }
    }

    DateForm.Day day = null;
    boolean dateWritten = false;
    String rest = s;
    for (DateForm form : DATE_FORMS) {
      Optional<DateForm.Found> found = form.find(s, today);
      if (found.isPresent()) {
        if (found.get().day().isEmpty()) {
          return Refused.of("parse.date.no-such-day", found.get().phrase().strip());
        }
        day = found.get().day().get();
        dateWritten = true;
        rest = found.get().rest();
        break;
      }
    }
    rest = clean(rest);
    Optional<DayOfWeek> writtenWeekday = Optional.empty();
    Optional<Weekdays.Lone> lone = Weekdays.findLone(rest);
    if (lone.isPresent()) {
      writtenWeekday = Optional.of(lone.get().day());
      rest = clean(lone.get().rest());
      if (day == null) {
        day = new DateForm.Day(UpcomingDates.after(today, lone.get().day()), false, false);
      }
    }
    if (rest.isEmpty() || (day != null && DayPeriod.WORDS.containsKey(rest))) {
      // 12월 18일 저녁: the day is clear, the hour is not there
      return Refused.of(day == null ? "parse.date.unreadable" : "parse.date.no-time");
    }
    Optional<TimeOfDay.Clock> time = TimeOfDay.read(rest);
    if (time.isEmpty()) {
      return rest.matches(".*\\d.*")
          ? Refused.of("parse.date.bad-time", rest)
          : Refused.of("parse.date.unreadable");
    }

    List<LocalDateTime> starts = starts(day, time.get(), endClock, nowLocal, typedZone);
    List<Moment.Note> notes = new ArrayList<>();
    if (day != null && day.yearGuessed()) {
      long ahead = ChronoUnit.DAYS.between(today, day.date());
      if (ahead > FAR_AHEAD_DAYS) {
        notes.add(new Moment.Note.FarAhead(day.date()));
      }
    }
    if (dateWritten && writtenWeekday.isPresent()) {
      DayOfWeek actual = day.date().getDayOfWeek();
      if (actual != writtenWeekday.get()) {
        int shift = Math.floorMod(writtenWeekday.get().getValue() - actual.getValue() + 3, 7) - 3;
        LocalDateTime start = starts.get(0);
        return ask(
            Question.WEEKDAY,
            s.strip(),
            List.of(start, start.plusDays(shift)),
            endClock,
            typedZone,
            now);
      }
    }
    if (starts.size() > 1) {
      return ask(Question.HOUR, rest, starts, endClock, typedZone, now);
    }
    if (time.get() instanceof Bare && !(day != null && day.evening()) && endClock.isEmpty()) {
      notes.add(new Moment.Note.HourAssumed(rest, starts.get(0).toLocalTime()));
    }
    Moment moment = moment(starts.get(0), endClock, typedZone, notes);
    return bounded(moment, now);
  }

  /**
   * The readings of the start: one, or two when a bare hour is plausible both ways (in time order).
   */
  private List<LocalDateTime> starts(
      DateForm.Day day,
      TimeOfDay.Clock time,
      Optional<TimeOfDay.Clock> endClock,
      LocalDateTime now,
      ZoneId typedZone) {
    if (time instanceof Exact exact) {
      return List.of(on(day, exact.time(), now));
    }
    if (time instanceof Midnight) {
      LocalDate date = day == null ? now.toLocalDate() : day.date();
      return List.of(date.plusDays(1).atStartOfDay());
    }
    Bare bare = (Bare) time;
    if (day != null && day.evening()) {
      return List.of(on(day, bare.evening(), now));
    }
    if (endClock.isPresent() && endClock.get() instanceof Exact end) {
      // 2-5pm: the start is the reading just before the end
      Optional<LocalTime> before =
          Stream.of(bare.morning(), bare.evening())
              .filter(t -> t.isBefore(end.time()))
              .max(Comparator.naturalOrder());
      if (before.isPresent()) {
        return List.of(on(day, before.get(), now));
      }
    }
    List<LocalDateTime> both = List.of(on(day, bare.morning(), now), on(day, bare.evening(), now));
    // plausible in the community's hours: 10:00 UTC is an evening in Seoul
    List<LocalDateTime> plausible =
        both.stream()
            .filter(
                t ->
                    rules.plausible(
                        ZonedDateTime.of(t, typedZone).withZoneSameInstant(zone).toLocalTime()))
            .toList();
    if (plausible.size() == 2) {
      List<LocalDateTime> ahead = plausible.stream().filter(t -> t.isAfter(now)).toList();
      plausible = ahead.isEmpty() ? plausible : ahead;
    }
    if (plausible.size() == 1) {
      return plausible;
    }
    return both.stream().sorted().toList();
  }

  /** The time on the day, or, without a day, its next occurrence. */
  private static LocalDateTime on(DateForm.Day day, LocalTime time, LocalDateTime now) {
    if (day != null) {
      return day.date().atTime(time);
    }
    LocalDateTime today = now.toLocalDate().atTime(time);
    return today.isAfter(now) ? today : today.plusDays(1);
  }

  private MomentReading ask(
      Question question,
      String typed,
      List<LocalDateTime> starts,
      Optional<TimeOfDay.Clock> endClock,
      ZoneId typedZone,
      Instant now) {
    List<Moment> choices = new ArrayList<>();
    for (LocalDateTime start : starts) {
      Moment choice = moment(start, endClock, typedZone, List.of());
      if (bounded(choice, now) instanceof Read) {
        choices.add(choice);
      }
    }
    if (choices.size() == 1) {
      return new Read(choices.get(0));
    }
    if (choices.isEmpty()) {
      return bounded(moment(starts.get(0), endClock, typedZone, List.of()), now);
    }
    return new Ask(question, typed, choices);
  }

  private Moment moment(
      LocalDateTime start,
      Optional<TimeOfDay.Clock> endClock,
      ZoneId typedZone,
      List<Moment.Note> notes) {
    ZonedDateTime typedStart = ZonedDateTime.of(start, typedZone);
    Optional<ZonedDateTime> end =
        endClock.map(c -> ZonedDateTime.of(end(start, c), typedZone).withZoneSameInstant(zone));
    Moment inTypedZone = new Moment(typedStart, Optional.empty(), notes);
    Moment converted = inZone(typedStart, typedZone != zone);
    List<Moment.Note> all = new ArrayList<>(inTypedZone.notes());
    all.addAll(converted.notes());
    return new Moment(converted.start(), end, all);
  }

  /** The end of a range on the start's day, or the next day when it is not after the start. */
  private static LocalDateTime end(LocalDateTime start, TimeOfDay.Clock clock) {
    if (clock instanceof Midnight) {
      return start.toLocalDate().plusDays(1).atStartOfDay();
    }
    List<LocalTime> readings =
        clock instanceof Bare bare
            ? List.of(bare.morning(), bare.evening())
            : List.of(((Exact) clock).time());
    for (LocalTime time : readings) {
      LocalDateTime end = start.toLocalDate().atTime(time);
      if (end.isAfter(start)) {
        return end;
      }
    }
    return start.toLocalDate().plusDays(1).atTime(readings.get(0));
  }

  /** The moment in the community's zone, noting the typed one when its offset differs. */
  private Moment inZone(ZonedDateTime typed, boolean zoneWritten) {
    ZonedDateTime here = typed.withZoneSameInstant(zone);
    boolean differs = !here.getOffset().equals(typed.getOffset());
    return new Moment(
        here,
        Optional.empty(),
        zoneWritten && differs ? List.of(new Moment.Note.Converted(typed)) : List.of());
  }

  private MomentReading bounded(Moment moment, Instant now) {
    Instant start = moment.start().toInstant();
    if (start.isAfter(now.plus(rules.horizon()))) {
      return Refused.of("parse.date.too-far", rules.horizon());
    }
    if (start.isBefore(now.minus(rules.horizon()))) {
      return Refused.of("parse.date.long-past", moment.start());
    }
    return new Read(moment);
  }

  /** Drops the words that only join parts, and extra spaces. */
  private static String clean(String text) {
    return SPACES.matcher(FILLER.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
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
      return Optional.of(
          ZonedDateTime.of(LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME), zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
