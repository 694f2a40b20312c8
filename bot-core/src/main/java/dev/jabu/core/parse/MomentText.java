package dev.jabu.core.parse;

import dev.jabu.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says a moment back to the member in full, so what was understood is seen at once: {@code 2026년
 * 12월 18일 (금) 19:00 KST} / {@code Fri, Dec 18, 2026 19:00 KST}, how far it is ({@code 11일 후}), and
 * the reader's {@link Moment.Note notes}. Everything it prints reads back as the same moment.
 */
public final class MomentText {
  private static final DateTimeFormatter KO_DATE =
      DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter KO_SHORT_DATE =
      DateTimeFormatter.ofPattern("M월 d일 (E)", Locale.KOREAN);
  private static final DateTimeFormatter EN_SHORT_DATE =
      DateTimeFormatter.ofPattern("EEE, MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);
  private static final DateTimeFormatter ISO_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private MomentText() {}

  /** Date, weekday, time and zone. */
  public static String full(ZonedDateTime at, Locale locale) {
    return date(at, locale) + " " + TIME.format(at) + " " + ZONE.format(at);
  }

  /** The start, and the end when there is one ({@code 19:00~21:00} on the same day). */
  public static String span(ZonedDateTime start, Optional<ZonedDateTime> end, Locale locale) {
    if (end.isEmpty()) {
      return full(start, locale);
    }
    ZonedDateTime e = end.get().withZoneSameInstant(start.getZone());
    String endText =
        e.toLocalDate().equals(start.toLocalDate())
            ? TIME.format(e)
            : date(e, locale) + " " + TIME.format(e);
    return date(start, locale)
        + " "
        + TIME.format(start)
        + "~"
        + endText
        + " "
        + ZONE.format(start);
  }

  /** How far the moment is from now: {@code 11일 후}, {@code in 3 hours}, {@code 2 days ago}. */
  public static String relative(ZonedDateTime at, Instant now, Locale locale) {
    Duration d = Duration.between(now, at.toInstant());
    boolean future = !d.isNegative();
    long minutes = Math.abs(d.toMinutes());
    String unit;
    long amount;
    if (minutes < 1) {
      return Messages.get(locale, "parse.when.now");
    } else if (minutes < 60) {
      unit = "minutes";
      amount = minutes;
    } else if (minutes < 24 * 60) {
      unit = "hours";
      amount = minutes / 60;
    } else {
      unit = "days";
      LocalDate today = LocalDate.ofInstant(now, at.getZone());
      amount = Math.abs(ChronoUnit.DAYS.between(today, at.toLocalDate()));
    }
    return Messages.get(
        locale, "parse.when." + unit + (future ? ".ahead" : ".ago"), String.valueOf(amount));
  }

  /** A moment near now the way people say it: {@code 어제 19:00}, {@code tomorrow 09:00}. */
  public static String near(ZonedDateTime at, Instant now, Locale locale) {
    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, at.getZone()), at.toLocalDate());
    String day =
        days >= -1 && days <= 1
            ? Messages.get(locale, "parse.when.day." + (days + 1))
            : Math.abs(days) < 300 ? shortDate(at, locale) : date(at, locale);
    return day + " " + TIME.format(at);
  }

  /** What the reader decided on the member's behalf, one sentence each. */
  public static List<String> notes(Moment moment, Instant now, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (Moment.Note note : moment.notes()) {
      if (note instanceof Moment.Note.HourAssumed hour) {
        lines.add(Messages.get(locale, "parse.note.hour", hour.typed(), TIME.format(hour.read())));
      } else if (note instanceof Moment.Note.FarAhead far) {
        boolean nextYear =
            far.date().getYear() > LocalDate.ofInstant(now, moment.start().getZone()).getYear();
        lines.add(
            Messages.get(
                locale,
                nextYear ? "parse.note.next-year" : "parse.note.far-ahead",
                date(moment.start(), locale)));
      } else if (note instanceof Moment.Note.Converted converted) {
        lines.add(
            Messages.get(
                locale,
                "parse.note.converted",
                full(converted.asTyped(), locale),
                full(moment.start(), locale)));
      }
    }
    return lines;
  }

  /**
   * An unambiguous form for a command a button runs: {@code 2026-12-18 22:00~23:00} (an end at or
   * before the start's time reads as the next day's).
   */
  static String explicit(Moment moment) {
    String start = ISO_MINUTES.format(moment.start());
    return moment
        .end()
        .map(e -> start + "~" + TIME.format(e.withZoneSameInstant(moment.start().getZone())))
        .orElse(start);
  }

  private static String date(ZonedDateTime at, Locale locale) {
    return (isKorean(locale) ? KO_DATE : EN_DATE).format(at);
  }

  private static String shortDate(ZonedDateTime at, Locale locale) {
    return (isKorean(locale) ? KO_SHORT_DATE : EN_SHORT_DATE).format(at);
  }

  private static boolean isKorean(Locale locale) {
    return locale.getLanguage().equals(Locale.KOREAN.getLanguage());
  }
}
