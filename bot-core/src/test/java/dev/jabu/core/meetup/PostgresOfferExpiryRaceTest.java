package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two instances share one PostgreSQL database while 60 seat offers run out: each offer expires
 * exactly once, each freed seat is offered to the next person exactly once, and each offer's
 * message is sent once.
 */
@RequiresPostgres
class PostgresOfferExpiryRaceTest {
  private static final int MEETUPS = 60;

  @Test
  void twoInstancesExpireEachOfferOnceAndOfferTheSeatOnOnce() throws Exception {
    Database first = TempDatabase.postgres();
    Database second = Database.open(first.url());
    MeetupFixture a =
        MeetupFixture.on(
            first, CoreSettings.defaults(), ReminderSettings.off(), WaitlistOffers.defaults());
    MeetupFixture b =
        MeetupFixture.on(
            second, CoreSettings.defaults(), ReminderSettings.off(), WaitlistOffers.defaults());
    try {
      Instant now = a.platform.clock().instant();
      Instant start = now.plus(Duration.ofHours(24));
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < MEETUPS; i++) {
        Meetup created =
            a.service.create(
                Meetup.draft(
                    "Offers " + i,
                    start.atZone(CoreSettings.defaults().zone()),
                    start.plusSeconds(7200).atZone(CoreSettings.defaults().zone()),
                    1,
                    "discord:mod",
                    now));
        a.service.announce(created);
        ids.add(created.id());
        for (String who : List.of("discord:seat", "discord:first", "slack:USECOND")) {
          a.service.ledger().rsvp(created.id(), who, who, now);
        }
        // the seat is given up inside the offer window: "first" is offered it for 12 hours
        a.service.leave(created, dev.jabu.core.platform.UserRef.parse("discord:seat"));
      }
      assertThat(a.platform.jabu().scheduling().upcoming(5000))
          .filteredOn(p -> p.task().equals(SeatOffers.TASK))
          .hasSize(MEETUPS);

      Instant allDue = now.plus(Duration.ofHours(12)).plusSeconds(5);
      a.platform.clock().set(allDue);
      b.platform.clock().set(allDue);
      a.platform.startScheduler();
      b.platform.startScheduler();
      Eventually.await(
          () ->
              ids.stream()
                  .mapToLong(
                      id ->
                          a.service.ledger().openOffers(id).stream()
                              .filter(o -> o.userKey().equals("slack:USECOND"))
                              .count())
                  .sum(),
          n -> n == MEETUPS,
          "every seat offered on to the second person");

      for (long id : ids) {
        SeatFigures f = a.service.ledger().figures(id);
        assertThat(f.offered()).as("meetup %d offers", id).isEqualTo(2);
        assertThat(f.offersExpired()).as("meetup %d expiries", id).isEqualTo(1);
      }
      List<OutboundMessage> all = new ArrayList<>(a.platform.posts());
      all.addAll(b.platform.posts());
      Map<String, Long> offerMessages =
          all.stream()
              // the offers themselves, not the "your offer ran out" notes that follow them
              .filter(m -> m.key().matches("meetup-\\d+-offer-\\d+"))
              .collect(Collectors.groupingBy(OutboundMessage::key, Collectors.counting()));
      assertThat(offerMessages).hasSize(MEETUPS * 2);
      assertThat(offerMessages.values()).containsOnly(1L);
    } finally {
      b.platform.close();
      a.platform.close();
    }
  }
}
