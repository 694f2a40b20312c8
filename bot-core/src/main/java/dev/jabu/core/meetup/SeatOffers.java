package dev.jabu.core.meetup;

import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.jabu.core.schedule.Decision;
import dev.jabu.core.schedule.ItemTasks;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.schedule.Upkeep;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * The expiry of seat offers on the scheduler, so it survives restarts and runs once however many
 * instances poll: one item {@code <meetup id>:<offer id>} per offer at its expiry, and a sweep each
 * minute for offers whose item was lost between the offer's commit and its scheduling. Expiring is
 * the ledger's job under the meetup's lock, so an item run twice, or beside the sweep, expires
 * nothing twice.
 */
final class SeatOffers {
  static final String TASK = "seat-offer-expiry";
  static final String SWEEP_TASK = Upkeep.SEAT_OFFERS_SWEEP;
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
  private static final Duration RETRY_FAILED = Duration.ofSeconds(30);

  private final Scheduling scheduling;
  private final RsvpLedger ledger;
  private final CustomTask<Void> task;
  private volatile LongConsumer expire = id -> {};

  SeatOffers(Scheduling scheduling, RsvpLedger ledger, MeetupStore meetups) {
    this.scheduling = scheduling;
    this.ledger = ledger;
    this.task = ItemTasks.of(TASK, RETRY_FAILED, this::run);
    RecurringTask<Void> sweep =
        Tasks.recurring(SWEEP_TASK, Schedules.fixedDelay(SWEEP_EVERY))
            .execute((instance, context) -> sweep());
    scheduling.add(task);
    scheduling.add(sweep);
    // {@code 12:345} as {@code #12 DevOps Korea December (offer 345)}, for /schedule
    scheduling.nameItems(
        TASK,
        item -> {
          long meetupId = Long.parseLong(item.substring(0, item.indexOf(':')));
          return meetups
              .find(meetupId)
              .map(
                  m ->
                      "#"
                          + m.id()
                          + " "
                          + m.title()
                          + " (offer "
                          + item.substring(item.indexOf(':') + 1)
                          + ")")
              .orElse(item);
        });
  }

  /**
   * What expires a meetup's lapsed offers and tells the people next in line; the service sets it
   * once it exists.
   */
  void expireWith(LongConsumer expire) {
    this.expire = expire;
  }

  /**
   * Schedules the expiry of an offer just made, once the offer is committed: the scheduler writes
   * on connections of its own (the minute's sweep expires it should this fail).
   */
  void schedule(RsvpLedger.Offer offer) {
    scheduling
        .database()
        .afterCommit(
            () ->
                scheduling
                    .client()
                    .schedule(
                        task.instance(offer.meetupId() + ":" + offer.id()),
                        offer.expiresAt(),
                        ScheduleOptions.WHEN_EXISTS_DO_NOTHING));
  }

  /** One offer's item ran; a later time when the offer is (still) open and not yet due. */
  private Optional<Instant> run(String itemId) {
    long meetupId = Long.parseLong(itemId.substring(0, itemId.indexOf(':')));
    long offerId = Long.parseLong(itemId.substring(itemId.indexOf(':') + 1));
    Instant now = scheduling.clock().instant();
    Optional<RsvpLedger.Offer> open =
        ledger.openOffers(meetupId).stream().filter(o -> o.id() == offerId).findFirst();
    if (open.isPresent() && open.get().expiresAt().isAfter(now)) {
      return Optional.of(open.get().expiresAt());
    }
    expire.accept(meetupId);
    scheduling
        .decisions()
        .record(
            new Decision(
                TASK,
                itemId,
                open.map(RsvpLedger.Offer::expiresAt).orElse(now),
                now,
                open.isPresent() ? Decision.Outcome.SENT : Decision.Outcome.SKIPPED,
                open.isPresent() ? "offer expired" : "offer already answered"));
    return Optional.empty();
  }

  private void sweep() {
    TreeSet<Long> meetups = new TreeSet<>();
    ledger.dueOffers().forEach(o -> meetups.add(o.meetupId()));
    meetups.forEach(expire::accept);
  }
}
