package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: what jabu writes to one person (a seat from the waitlist, a cancellation, a reminder)
 * is in that person's language, on the account they prefer; what it posts to channels stays in the
 * community's language. The community here is Korean (the defaults).
 */
class PersonalMessagesTest {
  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults(),
          new ReminderSettings(List.of(ReminderOffset.parse("1d")), 1));
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");
  private final Member aliceOnSlack = platform.member("slack:UALICE");
  private final Member bob = platform.member("slack:UBOB");
  private final Member carol = platform.member("discord:carol");
  private final Member dan = platform.member("discord:dan");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line, Locale locale) {
    return platform.text(platform.say(who, line, locale));
  }

  private String korean(Member who, String line) {
    return say(who, line, Locale.KOREAN);
  }

  private String english(Member who, String line) {
    return say(who, line, Locale.ENGLISH);
  }

  /** Meetup #1 on 2026-12-05 19:00 Seoul time, created and announced by a Korean moderator. */
  private void announced(int capacity) {
    assertThat(
            korean(
                mod,
                "/meetup create title:\"DevOps Korea December\" start:2026-12-05T19:00 capacity:"
                    + capacity
                    + " venue:판교"))
        .contains("#1");
    korean(mod, "/meetup announce 1");
  }

  private List<OutboundMessage> newDirectMessages() {
    return platform.newPosts().stream().filter(p -> p.destination().isDirectMessage()).toList();
  }

  private String textTo(List<OutboundMessage> told, String account) {
    return told.stream()
        .filter(p -> p.destination().key().equals(account))
        .map(p -> platform.text(p.message()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing sent to " + account + ": " + told));
  }

  /** "/link" on one account, "/link <code>" on the other. */
  private void link(Member issuer, Member redeemer, Locale locale) {
    String code = say(issuer, "/link", locale).replaceAll("(?s).*?(\\d{6}).*", "$1");
    platform.clock().advance(Duration.ofSeconds(20)); // the time it takes to type the code
    assertThat(say(redeemer, "/link " + code, locale)).contains(issuer.user().key());
  }

  @Test
  void aMemberWhoWritesInEnglishIsToldOfTheirSeatInEnglishWhileTheChannelsStayKorean() {
    announced(1);
    korean(alice, "/meetup rsvp 1");
    english(carol, "/meetup rsvp 1");
    korean(dan, "/meetup rsvp 1");
    platform.newPosts();

    korean(mod, "/meetup capacity 1 3");
    List<OutboundMessage> posts = platform.newPosts();
    List<OutboundMessage> told =
        posts.stream().filter(p -> p.destination().isDirectMessage()).toList();
    assertThat(told).hasSize(2);
    assertThat(textTo(told, "discord:@carol")).contains("Good news", "DevOps Korea December");
    assertThat(textTo(told, "discord:@dan")).contains("좋은 소식이에요", "DevOps Korea December");
    assertThat(posts.stream().filter(p -> !p.destination().isDirectMessage()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(platform.text(p.message())).contains("자리"));
  }

  @Test
  void anExplicitLanguageOverridesTheLastUsedOneUntilTheMemberGoesBackToAuto() {
    announced(1);
    korean(alice, "/meetup rsvp 1");
    english(carol, "/meetup rsvp 1");
    assertThat(english(carol, "/jabu language")).contains("English", "last");

    assertThat(english(carol, "/jabu language ko")).contains("한국어");
    assertThat(english(carol, "/jabu language")).contains("한국어", "/jabu language auto");
    platform.newPosts();
    korean(alice, "/meetup leave 1");
    assertThat(textTo(newDirectMessages(), "discord:@carol")).contains("좋은 소식이에요");

    assertThat(english(carol, "/jabu language auto")).contains("English");
    korean(mod, "/meetup cancel 1");
    assertThat(textTo(newDirectMessages(), "discord:@carol")).contains("is cancelled");
  }

  @Test
  void aLanguageThatIsNotOneOfTheChoicesIsRefusedKindlyAndChangesNothing() {
    english(carol, "/jabu language ko");
    assertThat(english(carol, "/jabu language @everyone"))
        .contains("ko", "en", "auto")
        .doesNotContain("<@everyone>");
    assertThat(korean(carol, "/jabu language 프랑스어")).contains("ko", "en", "auto");
    assertThat(english(carol, "/jabu language")).contains("한국어");
    assertThat(korean(carol, "/jabu language 영어")).contains("English");
  }

  @Test
  void aLinkedMemberGetsExactlyOneMessageOnThePrimaryAccountAndSwitchingMovesIt() {
    announced(1);
    link(alice, aliceOnSlack, Locale.ENGLISH);
    korean(bob, "/meetup rsvp 1");
    english(alice, "/meetup rsvp 1");
    assertThat(english(aliceOnSlack, "/link primary")).contains("slack:UALICE");
    english(alice, "/meetup my"); // Discord was used last, but Slack was chosen
    newDirectMessages();

    korean(bob, "/meetup leave 1");
    List<OutboundMessage> told = newDirectMessages();
    assertThat(told).singleElement();
    assertThat(textTo(told, "slack:@UALICE")).contains("Good news");

    assertThat(english(alice, "/link primary")).contains("discord:alice");
    korean(mod, "/meetup cancel 1");
    told = newDirectMessages();
    assertThat(told).singleElement();
    assertThat(textTo(told, "discord:@alice")).contains("is cancelled");
  }

  @Test
  void withoutAPrimaryTheAccountUsedLastGetsTheMessageOnTheOtherPlatform() {
    announced(1);
    link(alice, aliceOnSlack, Locale.ENGLISH);
    korean(bob, "/meetup rsvp 1");
    english(alice, "/meetup rsvp 1");
    english(aliceOnSlack, "/meetup my");
    newDirectMessages();

    korean(bob, "/meetup leave 1");
    List<OutboundMessage> told = newDirectMessages();
    assertThat(told).singleElement();
    assertThat(textTo(told, "slack:@UALICE")).contains("Good news");
  }

  @Test
  void aPrimaryOnAnAccountThatIsNotLinkedIsExplainedAndNotKept() {
    assertThat(english(carol, "/link primary")).contains("not linked");
    assertThat(korean(carol, "/link primary")).contains("연결돼 있지 않아서");
    Member carolOnSlack = platform.member("slack:UCAROL");
    link(carol, carolOnSlack, Locale.KOREAN);
    assertThat(fixture.service.recipients().person("discord:carol").account().key())
        .isEqualTo("slack:UCAROL");
  }

  @Test
  void remindersComeInEachMembersLanguageOnTheirPreferredAccount() {
    announced(5);
    link(alice, aliceOnSlack, Locale.ENGLISH);
    english(alice, "/meetup rsvp 1");
    english(aliceOnSlack, "/link primary");
    korean(dan, "/meetup rsvp 1");
    platform.newPosts();

    platform.clock().set(Instant.parse("2026-12-04T10:00:01Z"));
    fixture.service.reminders().run("1:1d");
    List<OutboundMessage> posts = platform.newPosts();
    List<OutboundMessage> told =
        posts.stream().filter(p -> p.destination().isDirectMessage()).toList();
    assertThat(told)
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("slack:@UALICE", "discord:@dan");
    assertThat(textTo(told, "slack:@UALICE")).contains("Reminder: DevOps Korea December");
    assertThat(textTo(told, "discord:@dan")).contains("알림: DevOps Korea December");
    assertThat(posts.stream().filter(p -> !p.destination().isDirectMessage()))
        .hasSize(2)
        .allSatisfy(p -> assertThat(platform.text(p.message())).contains("알림"));
  }

  @Test
  void aLinkNoticeGoesToTheAccountItConcernsInItsPersonsLanguage() {
    english(alice, "/jabu language en");
    String code = english(alice, "/link").replaceAll("(?s).*?(\\d{6}).*", "$1");
    korean(aliceOnSlack, "/link " + code);
    List<OutboundMessage> told = newDirectMessages();
    assertThat(told).singleElement();
    assertThat(textTo(told, "discord:@alice")).contains("slack:UALICE", "is now linked");
  }
}
