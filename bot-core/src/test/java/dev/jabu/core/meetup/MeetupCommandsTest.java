package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.store.AuditEntry;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Meetups as organizers and members meet them, across Discord and Slack accounts. */
class MeetupCommandsTest {
  private final MeetupFixture fixture = MeetupFixture.on(TempDatabase.sqlite());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");
  private final Member bob = platform.member("slack:UBOB");
  private final Member carol = platform.member("discord:carol");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  /** Creates and announces a meetup for 2026-12-05 19:00 Seoul time; returns its id. */
  private long announced(int capacity) {
    String created =
        say(
            mod,
            "/meetup create title:\"DevOps Korea December\" start:2026-12-05T19:00 capacity:"
                + capacity
                + " venue:Pangyo");
    assertThat(created).contains("Created meetup #1");
    assertThat(say(mod, "/meetup announce 1")).contains("announced");
    return 1;
  }

  @Test
  void anAnnouncementGoesToEveryPlatformWithRsvpButtons() {
    announced(10);
    List<OutboundMessage> posts = platform.newPosts();
    assertThat(posts)
        .extracting(p -> p.destination().key())
        .containsExactly("discord:announcements", "slack:announcements");
    assertThat(posts).allSatisfy(p -> assertThat(p.operation()).isEqualTo(Operation.POST));
    assertThat(posts.get(0).message().buttons())
        .extracting(b -> b.command())
        .contains("/meetup rsvp 1", "/meetup leave 1");
    assertThat(posts.get(0).message().blocks())
        .anySatisfy(
            b ->
                assertThat(b)
                    .isInstanceOf(Block.Paragraph.class)
                    .satisfies(
                        p ->
                            assertThat(((Block.Paragraph) p).spans())
                                .anyMatch(s -> s instanceof Span.Timestamp)));
  }

  @Test
  void oneLedgerAcrossPlatformsWithAFifoWaitlistAndPromotionOnTheirOwnPlatform() {
    long id = announced(2);
    assertThat(say(alice, "/meetup rsvp " + id)).contains("You have a seat");
    assertThat(say(bob, "/meetup rsvp " + id)).contains("You have a seat");
    assertThat(say(carol, "/meetup rsvp " + id)).contains("number 1 on the waitlist");
    assertThat(say(platform.member("slack:UDAN"), "/meetup rsvp " + id))
        .contains("number 2 on the waitlist");
    assertThat(say(alice, "/meetup rsvp " + id)).contains("already have a seat");
    platform.newPosts();

    assertThat(say(bob, "/meetup leave " + id)).contains("off the list");
    List<OutboundMessage> told =
        platform.newPosts().stream().filter(p -> p.destination().isDirectMessage()).toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).destination().key()).isEqualTo("discord:@carol");
    assertThat(say(carol, "/meetup my")).contains("DevOps Korea December", "seat");
    assertThat(say(platform.member("slack:UDAN"), "/meetup my")).contains("waitlist #1");
  }

  @Test
  void aLargerCapacityPromotesFromTheWaitlistAtOnce() {
    long id = announced(1);
    say(alice, "/meetup rsvp " + id);
    say(bob, "/meetup rsvp " + id);
    say(carol, "/meetup rsvp " + id);
    assertThat(say(mod, "/meetup capacity " + id + " 3")).contains("3 seats", "2 people moved up");
    assertThat(platform.newPosts().stream().filter(p -> p.destination().isDirectMessage()))
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("slack:@UBOB", "discord:@carol");
  }

  @Test
  void anEditThatRaisesTheCapacityIsOneVersionAndOneRoundOfAnnouncementEdits() {
    long id = announced(1);
    say(alice, "/meetup rsvp " + id);
    say(bob, "/meetup rsvp " + id);
    platform.newPosts();
    int before = fixture.service.find(id).orElseThrow().sequence();
    assertThat(say(mod, "/meetup edit " + id + " capacity:2 title:\"Bigger room\""))
        .contains("version " + (before + 1));
    List<OutboundMessage> posts = platform.newPosts();
    assertThat(posts.stream().filter(p -> p.operation() == Operation.EDIT)).hasSize(2);
    assertThat(posts.stream().filter(p -> p.destination().isDirectMessage()))
        .extracting(p -> p.destination().key())
        .containsExactly("slack:@UBOB");
  }

  @Test
  void cancellingTellsEveryoneHoldingAPlaceAndMarksTheAnnouncement() {
    long id = announced(1);
    say(alice, "/meetup rsvp " + id);
    say(bob, "/meetup rsvp " + id);
    platform.newPosts();
    assertThat(say(mod, "/meetup cancel " + id)).contains("cancelled", "2 people");
    List<OutboundMessage> posts = platform.newPosts();
    assertThat(posts.stream().filter(p -> p.destination().isDirectMessage())).hasSize(2);
    assertThat(posts.stream().filter(p -> p.operation() == Operation.EDIT))
        .hasSize(2)
        .allSatisfy(p -> assertThat(platform.text(p.message())).contains("취소됨"));
    assertThat(say(carol, "/meetup rsvp " + id)).contains("cancelled");
  }

  @Test
  void anEditMovesTheTimeRaisesTheVersionAndUpdatesTheAnnouncements() {
    long id = announced(5);
    platform.newPosts();
    assertThat(
            say(
                mod,
                "/meetup edit "
                    + id
                    + " start:2026-12-06T19:00 title:\"DevOps Korea Dec (moved)\""))
        .contains("version 2");
    Meetup m = fixture.service.find(id).orElseThrow();
    assertThat(m.localStart().getDayOfMonth()).isEqualTo(6);
    assertThat(m.end()).isEqualTo(m.start().plus(Duration.ofHours(2)));
    assertThat(platform.newPosts())
        .extracting(OutboundMessage::operation)
        .containsOnly(Operation.EDIT);
  }

  @Test
  void membersCannotRunOrganizerCommandsButListedOrganizersCanForTheirOwnMeetup() {
    long id = announced(5);
    assertThat(say(alice, "/meetup cancel " + id)).contains("Only moderators and the organizers");
    assertThat(say(alice, "/meetup create title:x start:2026-12-05T19:00"))
        .contains("Only moderators");
    say(mod, "/meetup edit " + id + " organizers:@alice,discord:mod");
    assertThat(say(alice, "/meetup close " + id)).contains("closed");
    assertThat(say(bob, "/meetup rsvp " + id)).contains("closed");
    assertThat(say(alice, "/meetup reopen " + id)).contains("open again");
    assertThat(platform.jabu().auditStore().recent(20))
        .extracting(AuditEntry::actor, AuditEntry::command)
        .contains(
            org.assertj.core.groups.Tuple.tuple("discord:alice", "meetup close"),
            org.assertj.core.groups.Tuple.tuple("discord:alice", "meetup cancel"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "edit 1 title:x",
        "announce 1",
        "cancel 1",
        "capacity 1 300",
        "close 1",
        "reopen 1",
        "attendees 1",
        "attended 1 discord:alice",
        "summary 1"
      })
  void everyOrganizerCommandIsDeniedToOtherMembersAndChangesNothing(String command) {
    say(mod, "/meetup create title:Rush start:2026-12-05T19:00 capacity:1");
    say(mod, "/meetup announce 1");
    platform.newPosts();
    Meetup before = fixture.service.find(1).orElseThrow();
    assertThat(say(alice, "/meetup " + command)).contains("Only moderators and the organizers");
    assertThat(fixture.service.find(1).orElseThrow()).isEqualTo(before);
    assertThat(platform.newPosts()).isEmpty();
  }

  @Test
  void badInputIsExplainedAndNothingIsStored() {
    String text =
        say(
            mod,
            "/meetup create title:\""
                + "x".repeat(500)
                + "\" start:2026-12-05T19:00 end:2026-12-05T18:00 capacity:0 map:javascript:alert(1)");
    assertThat(text)
        .contains(
            "title must be", "end must be after", "capacity must be", "not an http(s) address");
    assertThat(say(mod, "/meetup create title:x start:2020-01-01T19:00"))
        .contains("already passed (Wed, Jan 1, 2020 19:00 KST)");
    assertThat(say(mod, "/meetup create title:x start:2026-11-23T09:00"))
        .contains("already passed (today 09:00)", "start must be in the future");
    assertThat(say(mod, "/meetup create title:x start:tomorrowish")).contains("start");
    assertThat(say(mod, "/meetup create title:x start:2026-12-05T19:00 capacity:99999999"))
        .contains("capacity must be");
    assertThat(say(alice, "/meetup info 42")).contains("no meetup #42");
    assertThat(say(mod, "/meetup list")).contains("No meetups");
  }

  @Test
  void markupAndMentionsInTextStayText() {
    say(
        mod,
        "/meetup create title:\"<!channel> @everyone party\" start:2026-12-05T19:00 description:\"<@123> **bold** @here\"");
    say(mod, "/meetup announce 1");
    OutboundMessage post = platform.newPosts().get(0);
    assertThat(post.message().blocks())
        .flatExtracting(
            b ->
                b instanceof Block.Paragraph p
                    ? p.spans()
                    : b instanceof Block.Heading h ? h.spans() : List.of())
        .noneMatch(s -> s instanceof Span.UserMention || s instanceof Span.ChannelMention)
        .anyMatch(s -> s.plain().contains("@everyone"));
  }

  @Test
  void attendeesAsCsvAndAttendanceInTheSummary() {
    long id = announced(5);
    say(alice, "/meetup rsvp " + id);
    say(bob, "/meetup rsvp " + id);
    assertThat(say(mod, "/meetup attended " + id + " discord:alice")).contains("Marked");
    assertThat(say(mod, "/meetup attended " + id + " discord:nobody")).contains("holds no seat");
    Reply csv = platform.say(mod, "/meetup attendees " + id, Locale.ENGLISH);
    String content = new String(csv.attachments().get(0).content(), StandardCharsets.UTF_8);
    assertThat(content.lines()).hasSize(3);
    assertThat(content).contains("seat,,alice,discord,yes", "seat,,UBOB,slack,no");

    platform.newPosts();
    say(mod, "/meetup summary " + id);
    List<OutboundMessage> summary = platform.newPosts();
    assertThat(summary)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.operation()).isEqualTo(Operation.REPLY));
    assertThat(platform.text(summary.get(0).message())).contains("2/5", "1명이 참석");
  }

  @Test
  void linkedAccountsAreOnePersonWithOneSeat() {
    long id = announced(1);
    say(alice, "/meetup rsvp " + id);
    say(bob, "/meetup rsvp " + id);
    say(carol, "/meetup rsvp " + id);
    String code = say(alice, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    assertThat(code).hasSize(6);
    assertThat(say(alice, "/link " + code)).contains("other platform");

    String again = say(alice, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    String linked = say(bob, "/link " + again);
    assertThat(linked).contains("one person", "earlier one is kept");
    // Bob's waitlist place (later) is released; Alice's seat stays; Carol moves up one.
    assertThat(say(bob, "/meetup my")).contains("seat");
    assertThat(say(carol, "/meetup my")).contains("waitlist #1");
    assertThat(say(bob, "/meetup rsvp " + id)).contains("already have a seat");
    assertThat(say(bob, "/unlink")).contains("no longer linked");
  }

  @Test
  void aLinkCodeExpiresAfterTenMinutes() {
    String code = say(alice, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    platform.clock().advance(Duration.ofMinutes(11));
    assertThat(say(bob, "/link " + code)).contains("unknown or expired");
  }

  @Test
  void icsAsAnAttachment() {
    long id = announced(5);
    Reply reply = platform.say(alice, "/meetup ics " + id, Locale.ENGLISH);
    assertThat(reply.attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.contentType()).isEqualTo("text/calendar"));
  }

  /**
   * The examples /help shows organizers must work whenever they are typed: issue 12 found them
   * refused once the date they named had passed. Tried on days a year and ten years ahead.
   */
  @Test
  void theHelpExamplesForCreateAndEditWorkOnAnyDay() {
    CommandSpec meetup = platform.jabu().registry().find("meetup").orElseThrow();
    String create =
        CommandRegistry.findSubcommand(meetup, "create").orElseThrow().examples().get(0);
    String edit = CommandRegistry.findSubcommand(meetup, "edit").orElseThrow().examples().get(0);
    for (Duration ahead : List.of(Duration.ofDays(365), Duration.ofDays(3653))) {
      platform.clock().advance(ahead);
      String created = say(mod, create);
      java.util.regex.Matcher id =
          java.util.regex.Pattern.compile("Created meetup #(\\d+)").matcher(created);
      assertThat(id.find()).as(created).isTrue();
      assertThat(say(mod, edit.replace("/meetup edit 12", "/meetup edit " + id.group(1))))
          .contains("#" + id.group(1))
          .doesNotContainIgnoringCase("error");
    }
  }
}
