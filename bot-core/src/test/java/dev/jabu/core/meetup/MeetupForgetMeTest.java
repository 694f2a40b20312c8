package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Forget-me gives up a member's seats exactly as /meetup leave does: the head of the waitlist gets
 * the seat and is told, on every account the member had linked.
 */
class MeetupForgetMeTest {
  private final MeetupFixture fixture = MeetupFixture.on(TempDatabase.sqlite());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");
  private final Member aliceOnSlack = platform.member("slack:UALICE");
  private final Member bob = platform.member("slack:UBOB");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  private long placesOfAlice() {
    return platform
        .database()
        .withConnection(
            c -> {
              try (var rows =
                  c.createStatement()
                      .executeQuery(
                          "SELECT count(*) FROM rsvp WHERE user_key IN"
                              + " ('discord:alice', 'slack:UALICE')")) {
                rows.next();
                return rows.getLong(1);
              }
            });
  }

  @Test
  void forgettingALinkedMemberFreesTheirSeatForTheWaitlistAndUnlinksThem() {
    say(mod, "/meetup create title:\"Forget night\" start:2026-12-05T19:00 capacity:1");
    say(mod, "/meetup announce 1");
    String code = say(alice, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    say(aliceOnSlack, "/link " + code);
    say(aliceOnSlack, "/meetup rsvp 1");
    say(bob, "/meetup rsvp 1");
    say(alice, "/meetup reminders off");
    // a place in a cancelled meetup, which the ledger no longer changes
    say(mod, "/meetup create title:\"Called off\" start:2026-12-12T19:00 capacity:5");
    say(mod, "/meetup announce 2");
    say(alice, "/meetup rsvp 2");
    say(mod, "/meetup cancel 2");
    platform.newPosts();

    String asked = say(alice, "/jabu forget-me");
    assertThat(asked).contains("discord:alice", "slack:UALICE", "2 meetup place(s)");
    assertThat(say(bob, "/meetup my")).contains("waitlist");

    say(alice, "/jabu forget-me confirm");

    List<OutboundMessage> told =
        platform.newPosts().stream().filter(p -> p.destination().isDirectMessage()).toList();
    assertThat(told).singleElement();
    assertThat(told.get(0).destination().key()).isEqualTo("slack:@UBOB");
    assertThat(platform.text(told.get(0).message())).contains("Forget night");
    assertThat(say(aliceOnSlack, "/meetup my")).doesNotContain("Forget night");
    assertThat(fixture.service.identities().accountsOf("discord:alice"))
        .containsExactly("discord:alice");
    assertThat(placesOfAlice()).isZero();
    assertThat(say(alice, "/jabu my-data"))
        .doesNotContain("meetup place", "account link", "reminders");
  }
}
