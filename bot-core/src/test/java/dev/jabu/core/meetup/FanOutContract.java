package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.testkit.FakePlatform;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a fan-out command (cancel, a larger capacity) writes its change, a message to each
 * person and the announcements' edit in one transaction. When any part fails, here the edit refused
 * by the database itself, nothing of it is kept: no one is told of a cancel that did not happen.
 * Run on every database jabu supports.
 */
abstract class FanOutContract {
  private static final int SEATS = 10;
  private static final int PEOPLE = 30;

  private MeetupFixture fixture;
  private FakePlatform platform;
  private Member mod;

  protected abstract Database open();

  @BeforeEach
  void start() {
    fixture =
        MeetupFixture.on(
            open(),
            CoreSettings.defaults().withRateLimit(1000, Duration.ofMinutes(1)),
            ReminderSettings.defaults());
    platform = fixture.platform;
    mod = platform.moderator("discord:mod");
    assertThat(say(mod, "/meetup create title:C start:2026-12-05T19:00 capacity:" + SEATS))
        .contains("Created meetup #1");
    assertThat(say(mod, "/meetup announce 1")).contains("announced");
    for (int i = 0; i < PEOPLE; i++) {
      say(platform.member(i % 2 == 0 ? "discord:m" + i : "slack:U" + i), "/meetup rsvp 1");
    }
    platform.newPosts();
  }

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  private int channels() {
    return platform.jabu().settings().announcementChannels().size();
  }

  private static List<OutboundMessage> of(List<OutboundMessage> posts, Operation operation) {
    return posts.stream().filter(p -> p.operation() == operation).toList();
  }

  @Test
  void issue21_aCancelTellsEachOfItsPeopleOnceAndEditsTheAnnouncementsInOneCommit() {
    refuseEdits(true);
    say(mod, "/meetup cancel 1");
    assertThat(fixture.service.find(1).orElseThrow().status()).isEqualTo(Meetup.Status.ANNOUNCED);
    assertThat(platform.newPosts()).as("the edit failed, so nobody is told").isEmpty();
    assertThat(fixture.service.ledger().holders(1)).hasSize(PEOPLE);

    refuseEdits(false);
    assertThat(say(mod, "/meetup cancel 1")).contains("cancelled");
    List<OutboundMessage> posts = platform.newPosts();
    List<OutboundMessage> notices = of(posts, Operation.POST);
    assertThat(notices).hasSize(PEOPLE).allMatch(p -> p.destination().isDirectMessage());
    assertThat(notices.stream().map(p -> p.destination().key()).distinct()).hasSize(PEOPLE);
    assertThat(notices).allMatch(p -> platform.text(p.message()).contains("C is cancelled"));
    assertThat(of(posts, Operation.EDIT)).hasSize(channels());
    assertThat(posts).hasSize(PEOPLE + channels());
  }

  @Test
  void issue21_moreSeatsMoveTheWaitlistUpAndTellThemInOneCommit() {
    refuseEdits(true);
    say(mod, "/meetup capacity 1 25");
    assertThat(fixture.service.find(1).orElseThrow().capacity()).isEqualTo(SEATS);
    assertThat(fixture.service.ledger().counts(1).seats()).isEqualTo(SEATS);
    assertThat(platform.newPosts()).as("the edit failed, so nobody moved up").isEmpty();

    refuseEdits(false);
    assertThat(say(mod, "/meetup capacity 1 25")).contains("25 seats", "15 people moved up");
    List<OutboundMessage> posts = platform.newPosts();
    assertThat(of(posts, Operation.POST))
        .hasSize(15)
        .allMatch(p -> platform.text(p.message()).contains("a seat at C is yours"));
    assertThat(of(posts, Operation.EDIT)).hasSize(channels());
    assertThat(fixture.service.ledger().counts(1).seats()).isEqualTo(25);
    assertThat(fixture.service.ledger().holders(1).stream().filter(h -> !h.seat()))
        .extracting(RsvpLedger.Holder::position)
        .containsExactly(1, 2, 3, 4, 5);
  }

  /**
   * A waitlist longer than any statement's chunk moves up in two statements: still exactly its
   * head, in queue order, past the places left by people who went, each with one line of history
   * and one notice.
   */
  @Test
  void issue21_aLongWaitlistMovesUpExactlyInQueueOrder() {
    int waiting = 700;
    int raised = 601;
    assertThat(say(mod, "/meetup create title:Long start:2026-12-05T19:00 capacity:1"))
        .contains("Created meetup #2");
    assertThat(say(mod, "/meetup announce 2")).contains("announced");
    Meetup meetup = fixture.service.find(2).orElseThrow();
    // every third person answered in English, the others never said which language they read
    for (int i = 0; i <= waiting; i++) {
      if (i % 3 == 0) {
        say(platform.member("discord:w" + i), "/meetup rsvp 2");
      } else {
        fixture.service.rsvp(meetup, UserRef.parse("discord:w" + i));
      }
    }
    // gaps in the queue: every seventh waiting person leaves again
    for (int i = 7; i <= waiting; i += 7) {
      fixture.service.leave(meetup, UserRef.parse("discord:w" + i));
    }
    List<String> queue =
        fixture.service.ledger().holders(2).stream()
            .filter(h -> !h.seat())
            .map(RsvpLedger.Holder::person)
            .toList();
    platform.newPosts();

    assertThat(say(mod, "/meetup capacity 2 " + raised))
        .contains((raised - 1) + " people moved up");

    List<RsvpLedger.Holder> after = fixture.service.ledger().holders(2);
    assertThat(after.stream().filter(RsvpLedger.Holder::seat).map(RsvpLedger.Holder::person))
        .containsExactlyElementsOf(
            Stream.concat(Stream.of("discord:w0"), queue.stream().limit(raised - 1)).toList());
    assertThat(after.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::person))
        .containsExactlyElementsOf(queue.subList(raised - 1, queue.size()));
    assertThat(after.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::position))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, queue.size() - (raised - 1)).boxed().toList());
    assertThat(fixture.service.ledger().counts(2).waitlist()).isEqualTo(queue.size() - raised + 1);
    assertThat(fixture.service.ledger().figures(2).promoted()).isEqualTo(raised - 1);
    List<OutboundMessage> notices = of(platform.newPosts(), Operation.POST);
    assertThat(notices.stream().map(p -> p.destination().key()))
        .containsExactlyInAnyOrderElementsOf(
            queue.stream()
                .limit(raised - 1)
                .map(person -> "discord:@" + person.substring(8))
                .toList());
    for (OutboundMessage notice : notices) {
      boolean english = Integer.parseInt(notice.destination().key().substring(10)) % 3 == 0;
      assertThat(platform.text(notice.message()))
          .isEqualTo(
              Messages.get(
                  english ? Locale.ENGLISH : platform.jabu().settings().defaultLocale(),
                  "meetup.told.promoted",
                  "Long"));
    }
  }

  /**
   * People once offered a seat keep their place but are passed over when seats are given, and open
   * offers hold their seats: at scale too, where the head is found and seated in a few statements.
   */
  @Test
  void issue21_aLongWaitlistMovesUpPastPeopleAlreadyOfferedASeat() {
    assertThat(say(mod, "/meetup create title:Offered start:2026-12-05T19:00 capacity:1"))
        .contains("Created meetup #2");
    assertThat(say(mod, "/meetup announce 2")).contains("announced");
    // seats are offered from 30 days before the start, which is 12 days away; a pass keeps its
    // place
    JdbcRsvpLedger ledger =
        new JdbcRsvpLedger(
            platform.database(),
            platform.clock(),
            new WaitlistOffers(Duration.ofHours(12), Duration.ofDays(30), true));
    for (int i = 0; i <= 700; i++) {
      ledger.rsvp(2, "discord:o" + i, "discord:o" + i, platform.clock().instant());
    }
    assertThat(ledger.setCapacity(2, 4))
        .extracting(RsvpLedger.Promotion::person)
        .containsExactly("discord:o1", "discord:o2", "discord:o3");
    assertThat(ledger.pass(2, "discord:o1").promoted())
        .extracting(RsvpLedger.Promotion::person)
        .containsExactly("discord:o4");
    assertThat(ledger.pass(2, "discord:o2").promoted())
        .extracting(RsvpLedger.Promotion::person)
        .containsExactly("discord:o5");
    // from now on seats are given, not offered: the meetup's offers start a day before it
    assertThat(
            ledger.setSeatPolicy(
                2, new RsvpLedger.SeatPolicy(Optional.empty(), Optional.of(Duration.ofDays(1)), 0)))
        .isEmpty();

    // 601 seats: one taken, three held by open offers, 597 given
    List<RsvpLedger.Promotion> moved = ledger.setCapacity(2, 601);

    List<String> expected = IntStream.rangeClosed(6, 602).mapToObj(i -> "discord:o" + i).toList();
    assertThat(moved).extracting(RsvpLedger.Promotion::person).containsExactlyElementsOf(expected);
    assertThat(moved).noneMatch(RsvpLedger.Promotion::offer);
    List<RsvpLedger.Holder> after = ledger.holders(2);
    assertThat(after.stream().filter(RsvpLedger.Holder::seat).map(RsvpLedger.Holder::person))
        .containsExactlyElementsOf(
            Stream.concat(Stream.of("discord:o0"), expected.stream()).toList());
    assertThat(after.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::person))
        .containsExactlyElementsOf(
            Stream.concat(
                    IntStream.rangeClosed(1, 5).mapToObj(i -> "discord:o" + i),
                    IntStream.rangeClosed(603, 700).mapToObj(i -> "discord:o" + i))
                .toList());
    assertThat(ledger.openOffers(2))
        .extracting(RsvpLedger.Offer::person)
        .containsExactly("discord:o3", "discord:o4", "discord:o5");
    assertThat(ledger.figures(2).promoted()).isEqualTo(597);
    assertThat(ledger.figures(2).offered()).isEqualTo(5);
    assertThat(ledger.counts(2).waitlist()).isEqualTo(5 + 98);
  }

  /** Makes the database itself refuse (or take again) every edit queued in the outbox. */
  private void refuseEdits(boolean refuse) {
    Database database = platform.database();
    boolean postgres = database.dialect() == Dialect.POSTGRESQL;
    List<String> sql =
        refuse
            ? postgres
                ? List.of(
                    "CREATE FUNCTION refuse_edits() RETURNS trigger AS $$ BEGIN"
                        + " IF NEW.operation = 'EDIT' THEN RAISE EXCEPTION 'edit refused'; END IF;"
                        + " RETURN NEW; END $$ LANGUAGE plpgsql",
                    "CREATE TRIGGER refuse_edits BEFORE INSERT ON outbox FOR EACH ROW"
                        + " EXECUTE FUNCTION refuse_edits()")
                : List.of(
                    "CREATE TRIGGER refuse_edits BEFORE INSERT ON outbox"
                        + " WHEN NEW.operation = 'EDIT' BEGIN SELECT RAISE(ABORT, 'edit refused');"
                        + " END")
            : List.of("DROP TRIGGER refuse_edits" + (postgres ? " ON outbox" : ""));
    database.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            for (String statement : sql) {
              s.executeUpdate(statement);
            }
          }
          return null;
        });
  }
}
