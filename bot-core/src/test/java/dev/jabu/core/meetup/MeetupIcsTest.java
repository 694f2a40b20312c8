package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A meetup's calendar entry follows it: same UID, SEQUENCE up on every edit, CANCELLED at the end.
 */
class MeetupIcsTest {
  private final MeetupFixture fixture = MeetupFixture.on(TempDatabase.sqlite());
  private final Member mod = fixture.platform.moderator("discord:mod");
  private final MeetupIcs ics = new MeetupIcs("DevOps Korea");

  @AfterEach
  void close() throws Exception {
    fixture.platform.close();
  }

  private VEvent parse(Meetup meetup) {
    ICalendar calendar = Biweekly.parse(ics.feed(List.of(meetup))).first();
    assertThat(calendar.getTimezoneInfo().getComponents()).isNotEmpty();
    return calendar.getEvents().get(0);
  }

  private void say(String line) {
    fixture.platform.say(mod, line, Locale.ENGLISH);
  }

  @Test
  void theEntryFollowsEditsAndCancellation() {
    say(
        "/meetup create title:\"DevOps Korea 12월 밋업\" start:2026-12-05T19:00 venue:판교 address:\"성남시\"");
    say("/meetup announce 1");
    VEvent first = parse(fixture.service.find(1).orElseThrow());
    assertThat(first.getUid().getValue()).isEqualTo("meetup-1@jabu");
    assertThat(first.getSummary().getValue()).isEqualTo("DevOps Korea 12월 밋업");
    assertThat(first.getLocation().getValue()).isEqualTo("판교, 성남시");
    assertThat(first.getDateStart().getValue().toInstant())
        .isEqualTo(ZonedDateTime.parse("2026-12-05T19:00+09:00[Asia/Seoul]").toInstant());
    int sequence = first.getSequence().getValue();

    say("/meetup edit 1 start:2026-12-05T19:30");
    VEvent edited = parse(fixture.service.find(1).orElseThrow());
    assertThat(edited.getUid().getValue()).isEqualTo("meetup-1@jabu");
    assertThat(edited.getSequence().getValue()).isGreaterThan(sequence);
    assertThat(edited.getDateStart().getValue().toInstant())
        .isEqualTo(ZonedDateTime.parse("2026-12-05T19:30+09:00[Asia/Seoul]").toInstant());

    say("/meetup cancel 1");
    VEvent cancelled = parse(fixture.service.find(1).orElseThrow());
    assertThat(cancelled.getStatus().getValue()).isEqualToIgnoringCase("CANCELLED");
    assertThat(cancelled.getSequence().getValue()).isGreaterThan(edited.getSequence().getValue());
  }

  @Test
  void anEndedMeetupIsFinishedAndSummarizedOnceInItsThread() {
    say("/meetup create title:Rush start:2026-12-05T19:00 capacity:2");
    say("/meetup announce 1");
    fixture.platform.say(fixture.platform.member("slack:U1"), "/meetup rsvp 1");
    fixture.platform.newPosts();
    assertThat(fixture.service.finishEnded(true)).isZero();

    fixture.platform.clock().advance(Duration.ofDays(13));
    assertThat(fixture.service.finishEnded(true)).isEqualTo(1);
    assertThat(fixture.service.finishEnded(true)).isZero();
    assertThat(fixture.service.find(1).orElseThrow().status()).isEqualTo(Meetup.Status.FINISHED);
    var posts = fixture.platform.newPosts();
    assertThat(posts)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.operation()).isEqualTo(Operation.REPLY));
    assertThat(fixture.platform.text(posts.get(0).message())).contains("Rush", "1/2");
  }
}
