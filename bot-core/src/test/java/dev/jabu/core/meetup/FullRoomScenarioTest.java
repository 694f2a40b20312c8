package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first Korea DevOps Meetup again, with offers: 200 seats, 315 answers, 30 seats given up in
 * the last three days, offers taken, passed and left to run out, then the door. Every seat is
 * accounted for, and the summary says what the ledger holds.
 */
class FullRoomScenarioTest {
  private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

  private final MeetupFixture fixture =
      MeetupFixture.on(
          TempDatabase.sqlite(),
          CoreSettings.defaults(),
          ReminderSettings.defaults(),
          WaitlistOffers.defaults());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final List<Member> people = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  private RsvpLedger ledger() {
    return fixture.service.ledger();
  }

  private Member holderOfOffer(RsvpLedger.Offer offer) {
    return people.stream()
        .filter(m -> m.user().key().equals(offer.userKey()))
        .findFirst()
        .orElseThrow();
  }

  /** Releases {@code n} seats of people who did not confirm, with "I can't come". */
  private void release(int n, List<Member> seated) {
    for (int i = 0; i < n; i++) {
      assertThat(say(seated.remove(seated.size() - 1), "/meetup leave 1")).contains("off the list");
    }
  }

  @Test
  void twoHundredSeatsThreeHundredFifteenAnswersEverySeatAccountedFor() {
    say(
        mod,
        "/meetup create title:\"Korea DevOps Meetup\" start:2026-12-05T19:00 capacity:200"
            + " venue:Seoul");
    say(mod, "/meetup announce 1");
    int seatedAtOnce = 0;
    for (int i = 0; i < 315; i++) {
      Member m = platform.member(i % 2 == 0 ? "discord:m" + i : "slack:U" + i);
      people.add(m);
      seatedAtOnce += say(m, "/meetup rsvp 1").contains("You have a seat") ? 1 : 0;
    }
    assertThat(seatedAtOnce).isEqualTo(200);
    List<Member> seated = new ArrayList<>(people.subList(0, 200));
    // 150 say they are coming from the day-before reminder's button
    seated.subList(0, 150).forEach(m -> say(m, "/meetup confirm 1"));

    // three days before: 10 release; of the 10 offered, 7 take the seat and 3 pass
    platform.clock().set(START.minus(Duration.ofHours(70)));
    release(10, seated);
    List<RsvpLedger.Offer> offers = ledger().openOffers(1);
    assertThat(offers).hasSize(10);
    for (int i = 0; i < 10; i++) {
      Member m = holderOfOffer(offers.get(i));
      assertThat(say(m, i < 7 ? "/meetup claim 1" : "/meetup pass 1"))
          .contains(i < 7 ? "is yours" : "next person");
      if (i < 7) {
        seated.add(m);
      }
    }
    // the three passed seats went on at once; nobody answers those
    assertThat(ledger().openOffers(1)).hasSize(3);

    // two days before: the three run out and go on; 10 more release
    platform.clock().set(START.minus(Duration.ofHours(50)));
    fixture.service.expireOffers(1);
    release(10, seated);
    assertThat(ledger().openOffers(1)).hasSize(13);
    // half of them take their seat in time
    List<RsvpLedger.Offer> second = ledger().openOffers(1);
    for (int i = 0; i < second.size(); i += 2) {
      Member m = holderOfOffer(second.get(i));
      assertThat(say(m, "/meetup claim 1")).contains("is yours");
      seated.add(m);
    }

    // the day before: the rest run out, 10 more release; at the start the last offers lapse
    platform.clock().set(START.minus(Duration.ofHours(20)));
    fixture.service.expireOffers(1);
    release(10, seated);
    List<RsvpLedger.Offer> third = ledger().openOffers(1);
    for (int i = 0; i < third.size(); i += 3) {
      Member m = holderOfOffer(third.get(i));
      assertThat(say(m, "/meetup claim 1")).contains("is yours");
      seated.add(m);
    }
    platform.clock().set(START.plusSeconds(1));
    fixture.service.expireOffers(1);
    assertThat(ledger().openOffers(1)).isEmpty();

    // the door: 170 seat holders check in; then people still waiting walk in to the seats left
    String code = say(mod, "/meetup checkin-code 1").replaceAll("(?s).*Meetup: (\\w{6}).*", "$1");
    platform.clock().set(START.plus(Duration.ofMinutes(15)));
    for (Member m : seated.subList(0, 170)) {
      assertThat(say(m, "/meetup checkin 1 " + code)).contains("Checked in");
    }
    int free = 200 - ledger().counts(1).seats();
    List<String> waiting =
        ledger().holders(1).stream().filter(h -> !h.seat()).map(h -> h.userKey()).toList();
    int walkedIn = 0;
    for (String key : waiting.subList(0, Math.min(waiting.size(), free + 2))) {
      String reply = say(platform.member(key), "/meetup checkin 1 " + code);
      walkedIn += reply.contains("A seat was left") ? 1 : 0;
      assertThat(reply).containsAnyOf("A seat was left", "every seat");
    }
    assertThat(walkedIn).isEqualTo(free);

    // every seat accounted for
    SeatFigures f = ledger().figures(1);
    List<RsvpLedger.Holder> holders = ledger().holders(1);
    long seats = holders.stream().filter(RsvpLedger.Holder::seat).count();
    long came = holders.stream().filter(RsvpLedger.Holder::attended).count();
    long confirmed = holders.stream().filter(h -> h.seat() && h.confirmed()).count();
    assertThat(seats).isEqualTo(200).isEqualTo(f.seats());
    assertThat(f.released()).isEqualTo(30);
    assertThat(f.rsvps()).isEqualTo(315);
    assertThat(200 + f.promoted() + f.offersTaken() + f.walkIns() - f.released())
        .isEqualTo(f.seats());
    assertThat(f.offered()).isEqualTo(f.offersTaken() + f.offersPassed() + f.offersExpired());
    assertThat(f.offersTaken()).isEqualTo(7 + 7 + (third.size() + 2) / 3);
    assertThat(f.offersPassed()).isEqualTo(3);
    assertThat(f.offersExpired()).isPositive();
    assertThat(f.checkedIn()).isEqualTo(came).isEqualTo(170 + walkedIn);
    assertThat(f.confirmed()).isEqualTo(confirmed);
    assertThat(f.noShowPercent()).isEqualTo(Math.round(100f * (seats - came) / seats));

    // the summary, in the community's language, says the same
    platform.clock().set(START.plus(Duration.ofHours(3)));
    fixture.service.finishEnded(true);
    OutboundMessage summary =
        platform.posts().stream()
            .filter(p -> p.key().equals("meetup-1-summary"))
            .findFirst()
            .orElseThrow();
    assertThat(platform.text(summary.message()))
        .contains(
            "신청: " + f.rsvps(),
            "참석 확정: " + confirmed + " / " + seats,
            "양보한 자리: 30",
            "수락 " + f.offersTaken() + " · 만료 " + f.offersExpired() + " · 넘김 3",
            "체크인: " + came + " / " + seats,
            "노쇼 비율: " + f.noShowPercent() + "%");
    assertThat(say(mod, "/meetup stats")).contains(came + "/" + seats + " came");
  }
}
