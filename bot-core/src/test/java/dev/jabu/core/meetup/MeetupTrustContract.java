package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's findings, one test each, named after the bug: what a hostile member or a careless
 * organizer found. Run on every database jabu supports, since each reproduced on both.
 */
abstract class MeetupTrustContract {
  private MeetupFixture fixture;
  private FakePlatform platform;
  private Member mod;
  private Member alice;

  protected abstract Database open();

  @BeforeEach
  void start() {
    // a hostile member types fast; the rate limit is not what these tests are about
    fixture =
        MeetupFixture.on(
            open(),
            CoreSettings.defaults().withRateLimit(1000, Duration.ofMinutes(1)),
            ReminderSettings.defaults());
    platform = fixture.platform;
    mod = platform.moderator("discord:mod");
    alice = platform.member("discord:alice");
  }

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  private String sayKo(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.KOREAN));
  }

  private Member member(String ref) {
    return platform.member(ref);
  }

  /** Meetup #1 for 2026-12-05 19:00 Seoul time (the fake clock stands at 2026-11-23). */
  private void create(int capacity, String extra) {
    assertThat(
            say(
                mod,
                "/meetup create title:C start:2026-12-05T19:00 capacity:" + capacity + " " + extra))
        .contains("Created meetup #1");
  }

  private void announced(int capacity) {
    create(capacity, "");
    assertThat(say(mod, "/meetup announce 1")).contains("announced");
  }

  private String code(Member who) {
    String reply = say(who, "/link");
    String code = reply.replaceAll("(?s).*?(\\d{6}).*", "$1");
    assertThat(code).as(reply).hasSize(6);
    return code;
  }

  private List<OutboundMessage> directMessages() {
    return platform.newPosts().stream().filter(p -> p.destination().isDirectMessage()).toList();
  }

  private List<RsvpLedger.Holder> holders() {
    return fixture.service.ledger().holders(1);
  }

  @Test
  void issue20_1_aCancelledMeetupNeverChangesAndNobodyIsToldOfASeat() {
    announced(1);
    say(member("discord:a"), "/meetup rsvp 1");
    say(member("discord:b"), "/meetup rsvp 1");
    assertThat(say(mod, "/meetup cancel 1")).contains("cancelled");
    platform.newPosts();
    List<RsvpLedger.Holder> before = holders();
    Meetup cancelled = fixture.service.find(1).orElseThrow();

    for (String command : List.of("capacity 1 5", "reopen 1", "close 1", "edit 1 title:D")) {
      String answer = say(mod, "/meetup " + command);
      assertThat(answer).as(command).contains("is cancelled").doesNotContain("moved up");
      assertThat(sayKo(mod, "/meetup " + command)).as(command).contains("취소됐어요");
    }
    assertThat(say(member("discord:a"), "/meetup leave 1")).contains("is cancelled");
    assertThat(say(mod, "/meetup summary 1"))
        .contains("is cancelled")
        .doesNotContain("never announced");

    assertThat(platform.newPosts()).as("no post or message after the cancel").isEmpty();
    assertThat(holders()).isEqualTo(before);
    assertThat(fixture.service.find(1).orElseThrow()).isEqualTo(cancelled);
  }

  @Test
  void issue20_1_aPastMeetupTakesAttendanceAndNothingElse() {
    announced(2);
    say(alice, "/meetup rsvp 1");
    platform.newPosts();
    // the meetup ran 2026-12-05 19:00-21:00 in Seoul; it is over before the minute check runs
    platform.clock().set(java.time.Instant.parse("2026-12-05T13:00:00Z"));
    assertThat(say(alice, "/meetup leave 1")).contains("is over");
    assertThat(say(mod, "/meetup capacity 1 5")).contains("is over");
    assertThat(sayKo(mod, "/meetup reopen 1")).contains("이미 끝났어요");
    assertThat(say(mod, "/meetup attended 1 discord:alice")).contains("Marked");
    assertThat(holders()).singleElement().satisfies(h -> assertThat(h.attended()).isTrue());
    assertThat(fixture.service.find(1).orElseThrow().capacity()).isEqualTo(2);
    assertThat(directMessages()).isEmpty();
  }

  @Test
  void issue20_2_aSecondLinkDoesNotMoveALinkedAccountNorGiveItsPersonASecondSeat() {
    announced(5);
    Member discordP = member("discord:p");
    Member slackP = member("slack:p");
    Member discordQ = member("discord:q");
    assertThat(say(slackP, "/link " + code(discordP))).contains("one person");
    assertThat(say(slackP, "/meetup rsvp 1")).contains("You have a seat");
    platform.newPosts();

    String refused = say(slackP, "/link " + code(discordQ));
    assertThat(refused).contains("already linked", "discord:p", "/unlink");
    Identities identities = fixture.service.identities();
    assertThat(identities.personOf("slack:p")).isEqualTo(identities.personOf("discord:p"));
    assertThat(identities.personOf("discord:q")).isNotEqualTo(identities.personOf("slack:p"));
    assertThat(say(discordP, "/meetup my")).contains("seat");
    assertThat(say(discordP, "/meetup rsvp 1")).contains("already have a seat");
    assertThat(holders()).hasSize(1);
    assertThat(directMessages()).isEmpty();
  }

  @Test
  void issue20_2_aMergeNeedsBothSidesAndKeepsTheEarlierPlace() {
    announced(1);
    Member discordA = member("discord:a");
    Member slackA = member("slack:a");
    Member consoleC = member("console:c");
    say(slackA, "/link " + code(discordA));
    assertThat(say(consoleC, "/meetup rsvp 1")).contains("You have a seat");
    assertThat(say(slackA, "/meetup rsvp 1")).contains("number 1 on the waitlist");
    platform.newPosts();

    // discord:a is linked with slack:a: without both agreeing, nothing moves
    assertThat(say(discordA, "/link " + code(consoleC))).contains("already linked", "/unlink");
    String plain = code(consoleC);
    assertThat(say(discordA, "/link " + plain + " merge:yes")).contains("already linked");
    String merge = say(consoleC, "/link merge:yes").replaceAll("(?s).*?(\\d{6}).*", "$1");
    assertThat(say(discordA, "/link " + merge)).contains("already linked");

    String merged = say(discordA, "/link " + merge + " merge:yes");
    assertThat(merged).contains("one person", "earlier one is kept");
    Identities identities = fixture.service.identities();
    assertThat(identities.accountsOf(identities.personOf("slack:a")))
        .containsExactlyInAnyOrder("discord:a", "slack:a", "console:c");
    // console:c's seat came first; the waitlist place of the same person is released
    assertThat(holders()).extracting(RsvpLedger.Holder::userKey).containsExactly("console:c");
    assertThat(directMessages())
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("console:@c", "slack:@a");
  }

  @Test
  void issue20_3_unlinkWorksFromEitherAccountAndTellsTheOthers() {
    announced(5);
    Member discordP = member("discord:p");
    Member slackP = member("slack:p");
    say(slackP, "/link " + code(discordP));
    assertThat(say(slackP, "/meetup rsvp 1")).contains("You have a seat");
    platform.newPosts();

    // discord:p issued the code; slack:p typed it. The issuer can unlink too.
    assertThat(say(discordP, "/unlink")).contains("no longer linked", "slack:p");
    List<OutboundMessage> told = directMessages();
    assertThat(told).extracting(p -> p.destination().key()).containsExactly("slack:@p");
    assertThat(platform.text(told.get(0).message())).contains("discord:p");
    Identities identities = fixture.service.identities();
    assertThat(identities.personOf("slack:p")).isNotEqualTo(identities.personOf("discord:p"));
    // The seat stays with the account that took it.
    assertThat(say(slackP, "/meetup my")).contains("seat");
    assertThat(say(discordP, "/meetup my")).contains("no seats");
    assertThat(say(slackP, "/unlink")).contains("not linked");
  }

  @Test
  void issue20_4_twoAccountsOnOnePlatformCannotBeLinked() {
    String code = code(member("discord:a"));
    assertThat(say(member("discord:b"), "/link " + code))
        .contains("are on discord", "one account per platform");
    Identities identities = fixture.service.identities();
    assertThat(identities.personOf("discord:b")).isEqualTo("discord:b");
    // the refusal did not use the code up: the right account can still take it
    assertThat(say(member("slack:a"), "/link " + code)).contains("one person");
  }

  @Test
  void issue20_5_aDraftIsInvisibleToMembers() {
    create(5, "");
    for (String command : List.of("info 1", "ics 1", "rsvp 1", "leave 1")) {
      assertThat(say(alice, "/meetup " + command)).as(command).contains("There is no meetup #1");
    }
    assertThat(say(alice, "/meetup cancel 1")).contains("There is no meetup #1");
    assertThat(say(alice, "/meetup list")).doesNotContain("#1");
    assertThat(say(mod, "/meetup info 1")).contains("C", "draft");
    assertThat(holders()).isEmpty();
  }

  @Test
  void issue20_6_anRsvpBeforeTheWindowSaysWhenItOpensAndTheCardShowsTheWindow() {
    create(5, "rsvp-opens:2026-12-01T10:00 rsvp-closes:2026-12-04T10:00");
    say(mod, "/meetup announce 1");
    String early = say(alice, "/meetup rsvp 1");
    assertThat(early).contains("open", "2026-12-01").doesNotContain("closed");
    assertThat(holders()).isEmpty();
    String card = say(alice, "/meetup info 1");
    assertThat(card).contains("2026-12-01", "2026-12-04").doesNotContain(": open");

    platform.clock().set(java.time.Instant.parse("2026-12-02T00:00:00Z"));
    assertThat(say(alice, "/meetup rsvp 1")).contains("You have a seat");
    platform.clock().set(java.time.Instant.parse("2026-12-04T02:00:00Z"));
    assertThat(say(member("discord:late"), "/meetup rsvp 1")).contains("closed");
  }

  @Test
  void issue20_6_anIncoherentRsvpWindowIsRefused() {
    // a time in the past or far ahead is refused by the date reader, the rest by the window check
    java.util.Map<String, String> refusals = new java.util.LinkedHashMap<>();
    refusals.put("rsvp-opens:2026-12-06T10:00", "needs a few fixes");
    refusals.put("rsvp-closes:2026-12-05T20:00", "needs a few fixes");
    refusals.put("rsvp-closes:2020-06-02T10:00", "already passed");
    refusals.put("rsvp-opens:2020-06-01T10:00 rsvp-closes:2026-12-04T10:00", "already passed");
    refusals.put("rsvp-opens:9999-01-01T10:00", "too far ahead");
    refusals.forEach(
        (window, why) ->
            assertThat(say(mod, "/meetup create title:C start:2026-12-05T19:00 " + window))
                .as(window)
                .contains(why));
    assertThat(fixture.service.find(1)).isEmpty();
    announced(5);
    assertThat(say(mod, "/meetup edit 1 rsvp-closes:2020-06-02T10:00")).contains("already passed");
    assertThat(say(mod, "/meetup edit 1 start:2026-12-08T19:00")).contains("version");
    assertThat(say(mod, "/meetup edit 1 rsvp-closes:2026-12-08T19:00")).contains("version");
    // moving the start before the close would leave RSVPs open after it began
    assertThat(say(mod, "/meetup edit 1 start:2026-12-07T19:00")).contains("needs a few");
  }

  @Test
  void issue20_7_organizersTakeOnlyRealMembers() {
    create(5, "");
    for (String who :
        List.of(
            "@everyone",
            "@here",
            "@channel",
            "<!everyone>",
            "<!here>",
            "<@&123456789>",
            "discord:everyone",
            "\"the DevOps team\"",
            "alice")) {
      String answer = say(mod, "/meetup edit 1 organizers:" + who);
      assertThat(answer).as(who).contains("needs a few fixes");
      assertThat(sayKo(mod, "/meetup edit 1 organizers:" + who)).as(who).contains("고쳐");
    }
    assertThat(fixture.service.find(1).orElseThrow().organizers()).containsExactly("discord:mod");
    assertThat(say(member("discord:everyone"), "/meetup edit 1 title:D"))
        .contains("There is no meetup #1");
    assertThat(say(mod, "/meetup edit 1 organizers:\"@alice <@1234> slack:UBOB\""))
        .contains("version");
    assertThat(fixture.service.find(1).orElseThrow().organizers())
        .containsExactly("discord:alice", "discord:1234", "slack:UBOB");
  }
}
