package dev.jabu.core.meetup;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.member.Recipient;
import dev.jabu.core.member.Recipients;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.schedule.Decision;
import dev.jabu.core.schedule.ItemTasks;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.schedule.Upkeep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetup reminders. Their due times are computed from the meetup's start and the configured offsets
 * ({@link ReminderOffset}); each one is a scheduler item {@code <meetup id>:<offset>} that moves
 * when the meetup moves and goes when it is cancelled. When an item runs it posts the reminder in
 * the meetup's thread on every announcement channel and sends it to each seat holder and the head
 * of the waitlist, unless they opted out. Outbox keys carry the due time, so an item run twice (its
 * instance died) posts nothing twice, and a moved meetup is reminded again at its new time.
 */
public final class Reminders {
  static final String TASK = "meetup-reminder";
  static final String RECONCILE_TASK = Upkeep.REMINDERS_RECONCILE;
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);
  private static final Duration RECONCILE_EVERY = Duration.ofMinutes(10);
  private static final Duration RETRY_FAILED_ROUND = Duration.ofSeconds(30);

  private final MeetupStore meetups;
  private final RsvpLedger ledger;
  private final ReminderOptOuts optOuts;
  private final Outbox outbox;
  private final CoreSettings core;
  private final Recipients recipients;
  private final ReminderSettings settings;
  private final Scheduling scheduling;
  private final CustomTask<Void> task;
  private final java.util.concurrent.atomic.AtomicLong runs =
      new java.util.concurrent.atomic.AtomicLong();

  Reminders(
      MeetupStore meetups,
      RsvpLedger ledger,
      ReminderOptOuts optOuts,
      Outbox outbox,
      CoreSettings core,
      Recipients recipients,
      ReminderSettings settings,
      Scheduling scheduling) {
    this.meetups = meetups;
    this.ledger = ledger;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.core = core;
    this.recipients = recipients;
    this.settings = settings;
    this.scheduling = scheduling;
    this.task = ItemTasks.of(TASK, RETRY_FAILED_ROUND, this::run);
    RecurringTask<Void> reconcile =
        Tasks.recurring(RECONCILE_TASK, Schedules.fixedDelay(RECONCILE_EVERY))
            .execute((instance, context) -> reconcileUpcoming());
    scheduling.add(task);
    scheduling.add(reconcile);
    scheduling.nameItems(TASK, this::itemName);
  }

  public ReminderSettings settings() {
    return settings;
  }

  public ReminderOptOuts optOuts() {
    return optOuts;
  }

  /**
   * When the holder of this place is next reminded of the meetup by direct message: empty when no
   * reminder is left, they turned reminders off, or their waitlist place is too far back.
   */
  public Optional<Instant> nextFor(
      Meetup meetup, RsvpLedger.Holder holder, boolean optedOut, Instant now) {
    boolean reminded = holder.seat() || holder.position() <= settings.waitlistMessages();
    if (meetup.status() != Meetup.Status.ANNOUNCED || !reminded || optedOut) {
      return Optional.empty();
    }
    return settings.offsets().stream()
        .map(offset -> offset.dueBefore(meetup.start(), meetup.zone()))
        .filter(now::isBefore)
        .min(Instant::compareTo);
  }

  /**
   * Brings the meetup's reminder items in line with the meetup as it is now: future ones scheduled
   * at their due time (moved if the meetup moved), none for a meetup that is not announced, and no
   * new item for an offset already past.
   */
  public void plan(Meetup meetup) {
    SchedulerClient client = scheduling.client();
    Instant now = scheduling.clock().instant();
    for (ReminderOffset offset : settings.offsets()) {
      TaskInstance<Void> instance = task.instance(new Item(meetup.id(), offset.label()).id());
      Instant due = offset.dueBefore(meetup.start(), meetup.zone());
      Optional<Instant> scheduled =
          client.getScheduledExecution(instance).map(e -> e.getExecutionTime());
      try {
        if (meetup.status() == Meetup.Status.ANNOUNCED && due.isAfter(now)) {
          if (!scheduled.equals(Optional.of(due))) {
            client.schedule(instance, due, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
          }
        } else if (scheduled.isPresent()
            && (meetup.status() != Meetup.Status.ANNOUNCED || scheduled.get().isAfter(now))) {
          // A future item whose due time has passed belongs to the meetup's old time. An overdue
          // one (the bot was down, or its instance died and it was revived) stays: its run
          // decides from the meetup as it is.
          client.cancel(instance);
        }
      } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException e) {
        // running right now (it checks the meetup as it is) or just finished: nothing to move
        log.debug("reminder {} changed while running: {}", instance.getId(), e.toString());
      }
    }
  }

  /** Plans every announced meetup again: repairs items lost between a meetup's save and plan. */
  void reconcileUpcoming() {
    Instant now = scheduling.clock().instant();
    for (Meetup m : meetups.upcoming(now, 1000)) {
      if (m.status() == Meetup.Status.ANNOUNCED) {
        plan(m);
      }
    }
  }

  /**
   * One reminder item runs: at its time, late after downtime, or again because its instance died
   * mid-run (db-scheduler then runs it at the time it noticed, not at the due time). The due time
   * therefore always comes from the meetup as it is now.
   *
   * <p>Public for the scale benchmark, which times one reminder's fan-out; the scheduler calls it.
   *
   * @return a later time when the meetup moved later and the item must run again then
   */
  public Optional<Instant> run(String itemId) {
    runs.incrementAndGet();
    Instant now = scheduling.clock().instant();
    Item item = Item.parse(itemId);
    Optional<ReminderOffset> offset =
        settings.offsets().stream().filter(o -> o.label().equals(item.label())).findFirst();
    Optional<Meetup> found = meetups.find(item.meetupId());
    if (offset.isEmpty() || found.isEmpty()) {
      decide(itemId, now, now, Decision.Outcome.SKIPPED, "offset or meetup gone");
      return Optional.empty();
    }
    Meetup meetup = found.get();
    Instant due = offset.get().dueBefore(meetup.start(), meetup.zone());
    if (meetup.status() != Meetup.Status.ANNOUNCED) {
      decide(itemId, due, now, Decision.Outcome.SKIPPED, "meetup is " + meetup.status());
      return Optional.empty();
    }
    if (due.isAfter(now)) {
      // the meetup moved later while this item was already on its way
      return Optional.of(due);
    }
    Decision.Outcome outcome = scheduling.lateness().judge(due, now, meetup.start());
    if (outcome == Decision.Outcome.SKIPPED) {
      decide(
          itemId,
          due,
          now,
          outcome,
          now.isBefore(meetup.start())
              ? "later than the grace window of " + scheduling.settings().grace()
              : "the meetup had already started");
      return Optional.empty();
    }
    int members = send(meetup, item.label(), due);
    decide(
        itemId,
        due,
        now,
        outcome,
        "posted to "
            + core.announcementChannels().size()
            + " channels, sent to "
            + members
            + " members");
    return Optional.empty();
  }

  private int send(Meetup meetup, String label, Instant due) {
    String key = "meetup-" + meetup.id() + "-reminder-" + label + "-" + due.toEpochMilli();
    Instant now = scheduling.clock().instant();
    MeetupView view = new MeetupView(core.defaultLocale(), now);
    boolean asks = label.equals(settings.confirmWith());
    RichMessage posted = view.channelReminder(meetup, ledger.counts(meetup.id()), asks);
    for (ChannelRef channel : core.announcementChannels()) {
      outbox.reply(key, meetup.announcementKey(), channel, posted);
    }
    Set<String> optedOut = optOuts.optedOut();
    List<RsvpLedger.Holder> reminded =
        ledger.holders(meetup.id()).stream()
            .filter(h -> h.seat() || h.position() <= settings.waitlistMessages())
            .filter(h -> !optedOut.contains(h.person()))
            .toList();
    Map<String, Recipient> to =
        recipients.people(reminded.stream().map(RsvpLedger.Holder::userKey).toList());
    List<OutboxEntry> told = new ArrayList<>();
    for (RsvpLedger.Holder holder : reminded) {
      Recipient recipient = to.get(holder.userKey());
      told.add(
          new OutboxEntry(
              key + "-" + holder.person(),
              Operation.POST,
              recipient.channel(),
              null,
              new MeetupView(recipient.locale(), now).personalReminder(meetup, holder, asks)));
    }
    // one batch however many people are reminded: all of them, or none and the item runs again
    outbox.enqueueAll(told);
    return told.size();
  }

  private void decide(
      String itemId, Instant due, Instant now, Decision.Outcome outcome, String detail) {
    scheduling.decisions().record(new Decision(TASK, itemId, due, now, outcome, detail));
  }

  /** How many reminder items this process ran; tests check that instances never share one. */
  long runs() {
    return runs.get();
  }

  /** {@code 12:1d} as {@code #12 DevOps Korea December (1d)}, for {@code /schedule}. */
  private String itemName(String itemId) {
    Item item = Item.parse(itemId);
    return meetups
        .find(item.meetupId())
        .map(m -> "#" + m.id() + " " + m.title() + " (" + item.label() + ")")
        .orElse(itemId);
  }

  /** One reminder item: a meetup and an offset, kept by the scheduler as {@code 12:1d}. */
  private record Item(long meetupId, String label) {
    static Item parse(String id) {
      int colon = id.indexOf(':');
      return new Item(Long.parseLong(id.substring(0, colon)), id.substring(colon + 1));
    }

    String id() {
      return meetupId + ":" + label;
    }
  }
}
