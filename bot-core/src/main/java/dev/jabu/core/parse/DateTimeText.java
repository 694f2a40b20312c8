package dev.jabu.core.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a moment as typed in a command. Today: ISO 8601 local date-times ({@code 2026-12-05T19:00},
 * seconds optional) read in the community's zone, the same with an offset or {@code Z} (kept as
 * given), and a space instead of the {@code T} ({@code 2026-12-05 19:00}, which must be quoted in a
 * text command since it is two words).
 *
 * <p>Each form is one entry in {@link #forms}, tried in order; natural forms ("tomorrow 7pm", "12월
 * 5일 저녁 7시") belong here as further entries.
 */
public final class DateTimeText {
  private static final Pattern SPACE_SEPARATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d.*)");

  private final ZoneId zone;
  private final List<Function<String, Optional<ZonedDateTime>>> forms;

  public DateTimeText(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.forms = List.of(this::withOffsetOrZone, this::local);
  }

  /** The zone local forms are read in. */
  public ZoneId zone() {
    return zone;
  }

  public Optional<ZonedDateTime> parse(String text) {
    String t = normalize(text);
    for (Function<String, Optional<ZonedDateTime>> form : forms) {
      Optional<ZonedDateTime> parsed = form.apply(t);
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    return Optional.empty();
  }

  private static String normalize(String text) {
    String t = text.strip();
    var m = SPACE_SEPARATED.matcher(t);
    return m.matches() ? m.group(1) + "T" + m.group(2) : t;
  }

  private Optional<ZonedDateTime> withOffsetOrZone(String t) {
    try {
      return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<ZonedDateTime> local(String t) {
    try {
      return Optional.of(
          LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
