package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A member's home page and an edit form's values, read without running a command. */
class MeetupReadsTest {
  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults().withRateLimit(1000, Duration.ofMinutes(1)),
          new ReminderSettings(List.of(ReminderOffset.parse("1d"), ReminderOffset.parse("1h")), 1));
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");
  private final Member bob = platform.member("discord:bob");
  private final Member carol = platform.member("discord:carol");
  private final MeetupReads reads =
      new MeetupReads(fixture.service, platform.jabu().settings().moderators());

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private void say(Member who, String line) {
    platform.say(who, line);
  }

  private String home(Member who, Locale locale) {
    return reads.home(who, locale).stream()
        .map(platform::text)
        .collect(Collectors.joining("\n---\n"));
  }

  private List<RichMessage> pages(Member who) {
    return reads.home(who, Locale.ENGLISH);
  }

  @Test
  void theNextReminderIsShownToThoseItWillReachOnly() {
    say(mod, "/meetup create title:Night start:2026-12-05T19:00 capacity:1");
    say(mod, "/meetup announce 1");
    say(alice, "/meetup rsvp 1");
    say(bob, "/meetup rsvp 1"); // waitlist 1: reminded (one waitlister is)
    say(carol, "/meetup rsvp 1"); // waitlist 2: not reminded
    Instant dayBefore = Instant.parse("2026-12-04T10:00:00Z"); // 19:00 in Seoul
    Meetup night = fixture.service.find(1).orElseThrow();
    var ledger = fixture.service.ledger();
    String alicePerson = fixture.service.identities().personOf(alice.user().key());
    String carolPerson = fixture.service.identities().personOf(carol.user().key());
    assertThat(
            fixture
                .service
                .reminders()
                .nextFor(
                    night, ledger.heldBy(alicePerson).get(1L), false, platform.clock().instant()))
        .contains(dayBefore);
    assertThat(
            fixture
                .service
                .reminders()
                .nextFor(
                    night, ledger.heldBy(carolPerson).get(1L), false, platform.clock().instant()))
        .isEmpty();
    assertThat(home(alice, Locale.ENGLISH)).contains("Night", "seat", "Next reminder message");
    assertThat(home(carol, Locale.ENGLISH)).contains("Night").doesNotContain("Next reminder");

    say(alice, "/meetup reminders off");
    assertThat(home(alice, Locale.KOREAN)).contains("알림 DM을 꺼 두었어요");
  }

  @Test
  void eachUpcomingMeetupOffersTheButtonThatApplies() {
    say(mod, "/meetup create title:First start:2026-12-05T19:00 capacity:5");
    say(mod, "/meetup announce 1");
    say(mod, "/meetup create title:Second start:2026-12-12T19:00 capacity:5");
    say(mod, "/meetup announce 2");
    say(mod, "/meetup create title:Hidden start:2026-12-19T19:00 capacity:5"); // a draft
    say(alice, "/meetup rsvp 1");
    List<String> commands =
        pages(alice).stream()
            .flatMap(page -> page.buttons().stream())
            .map(b -> b.command())
            .toList();
    assertThat(commands).containsExactly("/meetup leave 1", "/meetup rsvp 2");
    assertThat(home(alice, Locale.ENGLISH)).doesNotContain("Hidden");
    assertThat(home(mod, Locale.ENGLISH)).as("moderators see drafts").contains("Hidden");
  }

  @Test
  void theEditFormIsForThoseWhoMayEditAndHoldsTheCurrentValues() {
    say(
        mod,
        "/meetup create title:\"겨울 밋업\" start:2026-12-05T19:00 capacity:30 venue:\"판교\""
            + " description:\"**DevOps** 이야기\"");
    var form = reads.editForm(mod, 1).orElseThrow();
    assertThat(form.title()).isEqualTo("겨울 밋업");
    assertThat(form.start()).isEqualTo("2026-12-05 19:00");
    assertThat(form.end()).isEqualTo("2026-12-05 21:00");
    assertThat(form.capacity()).isEqualTo(30);
    assertThat(form.venue()).contains("판교");
    assertThat(form.description()).isEqualTo("**DevOps** 이야기");
    assertThat(reads.editForm(alice, 1)).as("not hers").isEmpty();
    assertThat(reads.editForm(mod, 99)).as("no such meetup").isEmpty();
    say(mod, "/meetup cancel 1");
    assertThat(reads.editForm(mod, 1)).as("a cancelled meetup is not edited").isEmpty();
  }
}
