package dev.jabu.core.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zone abbreviations organizers add to a time ({@code 19:00 KST}, {@code 7pm PST}). Each stands for
 * the offset it names ({@code PST} is -08:00 even in summer, as written), except {@code KST} and
 * {@code JST}, which are their countries' zones. {@code CST} and {@code IST} are left out: each
 * names zones on different continents.
 */
final class ZoneWords {
  private static final Map<String, ZoneId> ZONES =
      Map.ofEntries(
          Map.entry("kst", ZoneId.of("Asia/Seoul")),
          Map.entry("jst", ZoneId.of("Asia/Tokyo")),
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("sgt", ZoneOffset.ofHours(8)),
          Map.entry("hkt", ZoneOffset.ofHours(8)),
          Map.entry("aest", ZoneOffset.ofHours(10)));

  private static final Pattern ZONE =
      Pattern.compile(
          "\\(?(?<![a-z])(?:(?:utc|gmt) ?(?<sign>[+-])(?<hours>\\d{1,2})(?::?(?<minutes>\\d{2}))?|(?<name>"
              + String.join("|", ZONES.keySet())
              + "))(?![a-z\\d])\\)?");

  private ZoneWords() {}

  /** A zone written in the text, and the text without it. */
  record Found(ZoneId zone, String rest) {}

  static Optional<Found> find(String text) {
    Matcher m = ZONE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    ZoneId zone;
    if (m.group("name") != null) {
      zone = ZONES.get(m.group("name"));
    } else {
      int hours = Integer.parseInt(m.group("hours"));
      int minutes = m.group("minutes") == null ? 0 : Integer.parseInt(m.group("minutes"));
      if (hours > 14 || minutes > 59) {
        return Optional.empty();
      }
      int sign = m.group("sign").equals("-") ? -1 : 1;
      zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    return Optional.of(
        new Found(zone, text.substring(0, m.start()) + " " + text.substring(m.end())));
  }
}
