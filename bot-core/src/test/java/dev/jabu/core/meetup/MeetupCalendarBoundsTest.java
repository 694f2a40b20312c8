package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: whatever an organizer types as a start, the calendar jabu serves stays valid iCalendar,
 * checked with biweekly's own parser and validator. Starts beyond the two-year horizon never reach
 * it. The fake's clock stands on 2026-11-23 19:00 in Seoul.
 */
class MeetupCalendarBoundsTest {
  private static final List<String> TYPED =
      List.of(
          "+99999-01-01T19:00",
          "99999-01-01 19:00",
          "9999-12-31 23:59",
          "0001-01-01T00:00",
          "-5000-01-01T00:00",
          "2028-11-22 18:59",
          "2028-11-22 19:01",
          "12월 31일 22:00~01:00",
          "dec 18 7pm PST",
          "2026-12-05T19:00+14:00",
          "2026-12-05T19:00-12:00",
          "내일 자정",
          "2월 29일 19시",
          "12/31 23:59");

  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults().withRateLimit(1000, Duration.ofSeconds(1)),
          ReminderSettings.defaults());
  private final Member mod = fixture.platform.moderator("discord:mod");

  @AfterEach
  void close() throws Exception {
    fixture.platform.close();
  }

  @Test
  void issue19_theServedCalendarIsValidWhateverWasTyped() {
    List<Meetup> created = new ArrayList<>();
    for (String typed : TYPED) {
      String reply =
          fixture.platform.text(
              fixture.platform.say(
                  mod, "/meetup create title:t start:\"" + typed + "\"", Locale.ENGLISH));
      if (reply.contains("Created meetup #")) {
        Meetup m =
            fixture.service.meetups().upcoming(fixture.service.now(), 100).stream()
                .filter(x -> created.stream().noneMatch(c -> c.id() == x.id()))
                .findFirst()
                .orElseThrow();
        fixture.service.announce(m);
        created.add(fixture.service.find(m.id()).orElseThrow());
      }
    }
    // the horizon keeps the absurd years out; the rest were created
    assertThat(created).hasSize(TYPED.size() - 6);
    assertThat(created)
        .allSatisfy(m -> assertThat(m.end().atZone(m.zone()).getYear()).isLessThan(2029));

    String feed = new MeetupIcs("DevOps Korea").feed(created);
    List<List<biweekly.io.ParseWarning>> parseWarnings = new ArrayList<>();
    ICalendar calendar = Biweekly.parse(feed).warnings(parseWarnings).first();
    assertThat(parseWarnings).allSatisfy(w -> assertThat(w).isEmpty());
    assertThat(calendar.getEvents()).hasSize(created.size());
    ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
    assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
    assertThat(feed.lines().filter(l -> l.startsWith("DTSTART") || l.startsWith("DTEND")))
        .allSatisfy(l -> assertThat(l).matches("DT(START|END)(;TZID=[^:]+)?:\\d{8}T\\d{6}Z?"));
  }
}
