package dev.jabu.core.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Optional;

/**
 * Date-times as typed: ISO 8601 with or without seconds, with an offset, a {@code Z} or a zone id,
 * or local ({@code 2026-12-05T19:00}, {@code 2026-12-05 19:00}) and then read in the community's
 * zone.
 */
public final class DateTimeText {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter();

  private DateTimeText() {}

  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String t = text.strip();
    try {
      return Optional.of(ZonedDateTime.parse(t));
    } catch (DateTimeException e) {
      // not zoned; try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toZonedDateTime());
    } catch (DateTimeException e) {
      // no offset either
    }
    try {
      return Optional.of(LocalDateTime.parse(t, LOCAL).atZone(zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
