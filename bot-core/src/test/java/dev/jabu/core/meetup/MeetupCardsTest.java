package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cards in the reader's language, and a list that says what it leaves out (issue 19). */
class MeetupCardsTest {
  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults().withRateLimit(1000, Duration.ofMinutes(1)),
          ReminderSettings.defaults());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line, Locale locale) {
    return platform.text(platform.say(who, line, locale));
  }

  private void meetups(int count, boolean announce) {
    for (int i = 0; i < count; i++) {
      String created =
          say(
              mod,
              "/meetup create title:M" + i + " start:2026-12-" + (10 + i) + "T19:00",
              Locale.ENGLISH);
      String id = created.replaceAll("(?s).*?#(\\d+).*", "$1");
      if (announce) {
        say(mod, "/meetup announce " + id, Locale.ENGLISH);
      }
    }
  }

  @Test
  void theCreateReplyShowsTheCardInTheOrganizersLanguage() {
    String english =
        say(mod, "/meetup create title:Night start:2026-12-05T19:00 capacity:5", Locale.ENGLISH);
    assertThat(english).contains("Seats", "Waitlist").doesNotContain("자리", "대기");
    String korean =
        say(mod, "/meetup create title:Night start:2026-12-05T19:00 capacity:5", Locale.KOREAN);
    assertThat(korean).contains("자리", "대기").doesNotContain("Seats");
  }

  @Test
  void theListSaysHowManyThereAreAndHowToSeeTheRest() {
    meetups(12, true);
    String first = say(alice, "/meetup list", Locale.ENGLISH);
    assertThat(first).contains("Meetups 1–10 of 12", "/meetup list page:2").contains("M9");
    assertThat(first).doesNotContain("M10");
    String second = say(alice, "/meetup list page:2", Locale.ENGLISH);
    assertThat(second).contains("Meetups 11–12 of 12", "M10", "M11").doesNotContain("page:3");
    assertThat(say(alice, "/meetup list page:3", Locale.ENGLISH)).contains("no page 3", "2 page");
    assertThat(say(alice, "/meetup list", Locale.KOREAN)).contains("12개 중 1–10번째");
  }

  @Test
  void membersAreNotToldOfDrafts() {
    meetups(2, true);
    meetups(1, false);
    assertThat(say(alice, "/meetup list", Locale.ENGLISH)).contains("of 2 upcoming");
    assertThat(say(mod, "/meetup list", Locale.ENGLISH)).contains("of 3 upcoming");
  }
}
