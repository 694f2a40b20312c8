package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's proof: the quality set ({@code dates/quality-set.txt}), over 300 moments written the
 * way organizers type them, each with what {@code /meetup create} must make of it on Monday
 * 2026-12-07 at 14:00 in Seoul. Every class must be at least 98% right and nothing may be accepted
 * wrong. An expression that is refused or asked about counts as right only where that is the
 * expected answer; a moment read in the past counts as refused, since create refuses it.
 */
class DateQualitySetTest {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
  private static final double REQUIRED = 0.98;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  record Case(String group, String typed, String expected) {}

  /** What create makes of a text: a start (and end), a question, or a refusal. */
  static String outcome(DateTimeText reader, String typed) {
    return outcome(reader, typed, NOW);
  }

  static String outcome(DateTimeText reader, String typed, Instant now) {
    MomentReading reading = reader.read(typed);
    if (reading instanceof MomentReading.Ask) {
      return "ASK";
    }
    if (reading instanceof MomentReading.Refused) {
      return "REFUSE";
    }
    Moment m = ((MomentReading.Read) reading).moment();
    if (!m.start().toInstant().isAfter(now)) {
      return "REFUSE";
    }
    String start = LOCAL.format(m.start().withZoneSameInstant(SEOUL));
    return m.end().map(e -> start + "~" + LOCAL.format(e.withZoneSameInstant(SEOUL))).orElse(start);
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    String group = null;
    try (InputStream in = DateQualitySetTest.class.getResourceAsStream("/dates/quality-set.txt")) {
      for (String line :
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .split("\n")) {
        if (line.startsWith("## ")) {
          group = line.substring(3).strip();
        } else if (!line.isBlank() && !line.startsWith("#")) {
          int bar = line.lastIndexOf(" | ");
          cases.add(
              new Case(group, line.substring(0, bar).strip(), line.substring(bar + 3).strip()));
        }
      }
    }
    return cases;
  }

  @Test
  void everyClassIsAtLeast98PercentRightAndNothingIsAcceptedWrong() throws IOException {
    DateTimeText reader = new DateTimeText(SEOUL, Clock.fixed(NOW, SEOUL));
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    Map<String, int[]> byClass = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    List<String> acceptedWrong = new ArrayList<>();
    for (Case c : cases) {
      String got = outcome(reader, c.typed());
      int[] counts = byClass.computeIfAbsent(c.group(), g -> new int[2]);
      counts[1]++;
      if (got.equals(c.expected())) {
        counts[0]++;
        continue;
      }
      String miss =
          c.group() + ": " + c.typed() + " -> " + got + " (expected " + c.expected() + ")";
      misses.add(miss);
      if (!got.equals("ASK") && !got.equals("REFUSE")) {
        acceptedWrong.add(miss);
      }
    }
    StringBuilder report = new StringBuilder("class | right | of | rate\n");
    byClass.forEach(
        (g, n) ->
            report.append(
                String.format("%s | %d | %d | %.1f%%%n", g, n[0], n[1], 100.0 * n[0] / n[1])));
    System.out.println(report);
    misses.forEach(System.out::println);

    assertThat(acceptedWrong).as("accepted but wrong").isEmpty();
    byClass.forEach(
        (g, n) ->
            assertThat((double) n[0] / n[1])
                .as(g + "\n" + String.join("\n", misses))
                .isGreaterThanOrEqualTo(REQUIRED));
  }
}
