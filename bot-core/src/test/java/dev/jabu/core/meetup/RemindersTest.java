package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.schedule.Decision;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders through the real scheduler on SQLite, with the clock moved by hand: when they are
 * planned, where they go, who gets them, and what happens to those that came due while the bot was
 * down.
 */
class RemindersTest {
  /** 2026-12-05 19:00 in Seoul. */
  private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

  private MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults(),
          new ReminderSettings(
              List.of(
                  ReminderOffset.parse("7d"),
                  ReminderOffset.parse("1d"),
                  ReminderOffset.parse("1h")),
              1));
  private FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  private long announce(String start, int capacity) {
    assertThat(
            say(
                mod,
                "/meetup create title:\"DevOps Korea December\" start:"
                    + start
                    + " capacity:"
                    + capacity
                    + " venue:Pangyo"))
        .contains("Created meetup #");
    long id = fixture.service.meetups().upcoming(Instant.EPOCH, 100).size();
    assertThat(say(mod, "/meetup announce " + id)).contains("announced");
    return id;
  }

  private Scheduling scheduling() {
    return platform.jabu().scheduling();
  }

  private Map<String, Instant> reminderItems() {
    return scheduling().upcoming(100).stream()
        .filter(p -> p.task().equals(Reminders.TASK))
        .collect(Collectors.toMap(Scheduling.Pending::item, Scheduling.Pending::at));
  }

  private static Predicate<List<OutboundMessage>> containsKey(String fragment) {
    return all -> all.stream().anyMatch(p -> p.key().contains(fragment));
  }

  @Test
  void eachOffsetIsScheduledAtItsTimeWhenTheMeetupIsAnnounced() {
    long id = announce("2026-12-05T19:00", 10);
    assertThat(reminderItems())
        .containsOnly(
            Map.entry(id + ":7d", Instant.parse("2026-11-28T10:00:00Z")),
            Map.entry(id + ":1d", Instant.parse("2026-12-04T10:00:00Z")),
            Map.entry(id + ":1h", Instant.parse("2026-12-05T09:00:00Z")));
    assertThat(say(mod, "/schedule upcoming"))
        .contains("meetup reminder", "#" + id + " DevOps Korea December (7d)");
  }

  @Test
  void statusShowsTheNextRemindersNotTheSchedulersOwnUpkeep() {
    long id = announce("2026-12-05T19:00", 10);
    platform.startScheduler(); // its recurring upkeep is queued, each due within minutes

    assertThat(scheduling().upcoming(100))
        .extracting(Scheduling.Pending::task)
        .contains(Reminders.RECONCILE_TASK, SeatOffers.SWEEP_TASK, MeetupFeature.FINISH_TASK);
    String status = say(mod, "/jabu status");
    String next =
        status.substring(
            status.indexOf("Next scheduled work:"), status.indexOf("No post given up on"));
    // the three reminders, and no upkeep (a new recurring upkeep task belongs in Upkeep)
    assertThat(next.lines().filter(line -> line.startsWith("•")))
        .hasSize(3)
        .allMatch(line -> line.contains("meetup reminder #" + id + " DevOps Korea December ("));
  }

  @Test
  void offsetsAlreadyPastWhenAnnouncedAreNotScheduled() {
    // tomorrow 19:00 in Seoul: a week before and a day before are already past
    long id = announce("2026-11-24T19:00", 10);
    assertThat(reminderItems()).containsOnlyKeys(id + ":1h");
  }

  @Test
  void aDueReminderGoesToTheThreadsAndToSeatsAndTheHeadOfTheWaitlistWhoWantIt() {
    long id = announce("2026-12-05T19:00", 2);
    Member alice = platform.member("discord:alice");
    Member bob = platform.member("slack:UBOB");
    Member carol = platform.member("discord:carol");
    Member dan = platform.member("slack:UDAN");
    for (Member m : List.of(alice, bob, carol, dan)) {
      say(m, "/meetup rsvp " + id);
    }
    assertThat(say(bob, "/meetup reminders off")).contains("No more meetup reminder messages");
    platform.startScheduler();
    platform.newPosts();

    platform.clock().set(Instant.parse("2026-12-04T10:00:00Z"));
    // each platform's sender works on its own: wait for both threads' replies, not the first
    List<OutboundMessage> all =
        platform.awaitPosts(
            posts ->
                posts.stream()
                        .filter(
                            p ->
                                p.key().contains("reminder-1d") && p.operation() == Operation.REPLY)
                        .count()
                    >= 2);
    List<OutboundMessage> reminders =
        all.stream().filter(p -> p.key().contains("reminder-1d")).toList();

    assertThat(reminders)
        .filteredOn(p -> p.operation() == Operation.REPLY)
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("discord:announcements", "slack:announcements");
    assertThat(reminders)
        .filteredOn(p -> p.operation() == Operation.REPLY)
        .allSatisfy(p -> assertThat(p.relatedPlatformMessageId()).isPresent());
    // alice holds a seat, carol is first on the waitlist (N = 1); bob opted out, dan is second
    platform.awaitPosts(
        all2 -> all2.stream().filter(p -> p.key().contains("reminder-1d")).count() == 4);
    assertThat(platform.posts())
        .filteredOn(p -> p.key().contains("reminder-1d") && p.operation() == Operation.POST)
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("discord:@alice", "discord:@carol");
    assertThat(platform.text(reminders.get(0).message())).contains("DevOps Korea December");
    // an on-time send is no exception, so /schedule log does not list it (the week-before
    // reminder, skipped when the clock jumped past it, is listed)
    assertThat(scheduling().decisions().recent(10))
        .extracting(Decision::item)
        .doesNotContain(id + ":1d");
    assertThat(reminderItems()).containsOnlyKeys(id + ":1h");
  }

  @Test
  void editingTheStartMovesTheRemindersAndCancellingRemovesThem() {
    long id = announce("2026-12-05T19:00", 10);
    assertThat(say(mod, "/meetup edit " + id + " start:2026-12-12T19:00")).doesNotContain("rror");
    assertThat(reminderItems())
        .containsOnly(
            Map.entry(id + ":7d", Instant.parse("2026-12-05T10:00:00Z")),
            Map.entry(id + ":1d", Instant.parse("2026-12-11T10:00:00Z")),
            Map.entry(id + ":1h", Instant.parse("2026-12-12T09:00:00Z")));
    assertThat(say(mod, "/meetup cancel " + id)).contains("cancelled");
    assertThat(reminderItems()).isEmpty();
  }

  @Test
  void aRestartInsideTheGraceWindowStillSendsTheReminderAndLogsItLate() {
    long id = announce("2026-12-05T19:00", 10);
    platform.newPosts();
    // the bot was down when the day-before reminder came due; it is back two hours later
    platform.clock().set(Instant.parse("2026-12-04T12:00:00Z"));
    platform.startScheduler();

    platform.awaitPosts(
        all -> all.stream().filter(p -> p.key().contains("reminder-1d")).count() == 2);
    assertThat(platform.posts()).noneMatch(p -> p.key().contains("reminder-7d"));
    awaitDecisions(2);
    assertThat(scheduling().decisions().recent(10))
        .extracting(Decision::item, Decision::outcome)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(id + ":1d", Decision.Outcome.LATE),
            org.assertj.core.groups.Tuple.tuple(id + ":7d", Decision.Outcome.SKIPPED));
    assertThat(say(mod, "/schedule log"))
        .contains("sent late", "skipped", "#" + id + " DevOps Korea December (1d)", "(7d)");
  }

  @Test
  void remindersThatCameDueBeforeTheStartOfADownedBotAreSkippedNotSentAfterTheMeetupStarted() {
    long id = announce("2026-12-05T19:00", 10);
    platform.newPosts();
    platform.clock().set(START.plus(Duration.ofMinutes(30)));
    platform.startScheduler();

    awaitDecisions(3);
    assertThat(scheduling().decisions().recent(10))
        .extracting(Decision::outcome)
        .containsOnly(Decision.Outcome.SKIPPED);
    assertThat(scheduling().decisions().recent(10))
        .filteredOn(d -> d.item().equals(id + ":1h"))
        .extracting(Decision::detail)
        .containsExactly("the meetup had already started");
    assertThat(platform.posts()).noneMatch(p -> p.key().contains("reminder"));
  }

  @Test
  void aNewYorkCommunityIsRemindedAtTheSameWallClockTimeAcrossTheSpringForwardSwitch()
      throws Exception {
    platform.close();
    ZoneId newYork = ZoneId.of("America/New_York");
    fixture =
        MeetupFixture.on(
            TempDatabase.sqlite(),
            CoreSettings.defaults().withZone(newYork),
            ReminderSettings.defaults());
    platform = fixture.platform;
    Member nyMod = platform.moderator("discord:mod");
    platform.say(nyMod, "/meetup create title:\"NYC DevOps\" start:2027-03-15T19:00 capacity:5");
    platform.say(nyMod, "/meetup announce 1");
    assertThat(reminderItems())
        .containsOnly(
            Map.entry("1:7d", Instant.parse("2027-03-09T00:00:00Z")), // 19:00 EST
            Map.entry("1:1d", Instant.parse("2027-03-14T23:00:00Z")), // 19:00 EDT
            Map.entry("1:1h", Instant.parse("2027-03-15T22:00:00Z")));
    platform.startScheduler();
    platform.newPosts();
    // DST starts in New York on 2027-03-14 at 02:00; the day-before reminder is due that evening
    platform.clock().set(Instant.parse("2027-03-14T23:00:00Z"));
    platform.awaitPosts(containsKey("reminder-1d"));
    assertThat(platform.posts()).noneMatch(p -> p.key().contains("reminder-1h"));
  }

  @Test
  void crashTest_aReminderRevivedAfterItsInstanceDiedIsSentNotDroppedAsStale() {
    // db-scheduler runs a revived item at the time it noticed the death, not at its due time
    long id = announce("2026-12-05T19:00", 10);
    platform.newPosts();
    platform.clock().set(Instant.parse("2026-12-04T10:00:07Z"));
    assertThat(fixture.service.reminders().run(id + ":1d")).isEmpty();
    assertThat(platform.newPosts())
        .extracting(OutboundMessage::key)
        .allMatch(k -> k.contains("reminder-1d"))
        .hasSize(2);
  }

  @Test
  void aRemindersDirectMessagesAreOneBatch_allOrNoneWhenTheDatabaseRefusesOne() {
    long id = announce("2026-12-05T19:00", 10);
    for (String who : List.of("discord:alice", "slack:UBOB", "discord:carol")) {
      say(platform.member(who), "/meetup rsvp " + id);
    }
    platform.newPosts();
    // the database refuses carol's message, the way a full disk or a lost connection would
    sql(
        "CREATE TRIGGER refuse_carol BEFORE INSERT ON outbox WHEN NEW.message_key LIKE"
            + " '%reminder-1d%carol' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    platform.clock().set(Instant.parse("2026-12-04T10:00:00Z"));

    assertThatThrownBy(() -> fixture.service.reminders().run(id + ":1d"))
        .isInstanceOf(RuntimeException.class);
    assertThat(directMessages()).as("alice and bob were not told before the failure").isEmpty();

    // the scheduler runs the item again once the database accepts it: each member told once
    sql("DROP TRIGGER refuse_carol");
    assertThat(fixture.service.reminders().run(id + ":1d")).isEmpty();
    assertThat(fixture.service.reminders().run(id + ":1d")).isEmpty();
    assertThat(directMessages())
        .extracting(r -> r.destination().key())
        .containsExactlyInAnyOrder("discord:@alice", "slack:@UBOB", "discord:@carol");
  }

  private List<dev.jabu.core.outbox.OutboxRow> directMessages() {
    return platform.jabu().outboxStore().all().stream()
        .filter(r -> r.key().contains("reminder-1d") && r.operation() == Operation.POST)
        .toList();
  }

  private void sql(String statement) {
    platform
        .database()
        .withConnection(
            c -> {
              try (var s = c.createStatement()) {
                s.execute(statement);
              }
              return null;
            });
  }

  @Test
  void aReminderWhoseMeetupMovedLaterWhileItRanAsksToRunAgainAtTheNewTime() {
    long id = announce("2026-12-05T19:00", 10);
    platform.clock().set(Instant.parse("2026-12-04T10:00:00Z"));
    say(mod, "/meetup edit " + id + " start:2026-12-06T19:00");
    platform.newPosts();
    assertThat(fixture.service.reminders().run(id + ":1d"))
        .contains(Instant.parse("2026-12-05T10:00:00Z"));
    assertThat(platform.newPosts()).noneMatch(p -> p.key().contains("reminder"));
  }

  private void awaitDecisions(int count) {
    Eventually.await(
        () -> scheduling().decisions().recent(100), d -> d.size() >= count, count + " decisions");
  }
}
