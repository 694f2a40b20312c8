package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An offer made by one jabu expires on the next one: the instance that made it stops before the
 * offer runs out, and the instance started afterwards expires it and offers the seat on.
 */
@RequiresPostgres
class PostgresOfferRestartTest {
  @Test
  void anOfferMadeBeforeARestartExpiresAfterIt() throws Exception {
    Database kept = TempDatabase.postgres();
    MeetupFixture before =
        MeetupFixture.on(
            Database.open(kept.url()),
            CoreSettings.defaults(),
            ReminderSettings.off(),
            WaitlistOffers.defaults());
    Instant now = before.platform.clock().instant();
    Instant start = now.plus(Duration.ofHours(30));
    Meetup meetup =
        before.service.create(
            Meetup.draft(
                "Restart",
                start.atZone(CoreSettings.defaults().zone()),
                start.plusSeconds(7200).atZone(CoreSettings.defaults().zone()),
                1,
                "discord:mod",
                now));
    before.service.announce(meetup);
    for (String who : new String[] {"discord:seat", "discord:first", "slack:USECOND"}) {
      before.service.ledger().rsvp(meetup.id(), who, who, now);
    }
    before.service.leave(meetup, UserRef.parse("discord:seat"));
    assertThat(before.service.ledger().openOffers(meetup.id()))
        .extracting(RsvpLedger.Offer::userKey)
        .containsExactly("discord:first");
    before.platform.close();

    MeetupFixture after =
        MeetupFixture.on(
            kept, CoreSettings.defaults(), ReminderSettings.off(), WaitlistOffers.defaults());
    try {
      after.platform.clock().set(now.plus(Duration.ofHours(12)).plusSeconds(1));
      after.platform.startScheduler();
      Eventually.await(
          () -> after.service.ledger().openOffers(meetup.id()),
          open -> open.size() == 1 && open.get(0).userKey().equals("slack:USECOND"),
          "the seat offered on after the restart");
      assertThat(after.service.ledger().figures(meetup.id()).offersExpired()).isEqualTo(1);
    } finally {
      after.platform.close();
    }
  }
}
