package dev.jabu.core.meetup;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.jabu.core.CoreServices;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.schedule.Upkeep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Meetups and account linking, wired on the core's services. */
public final class MeetupFeature {
  private MeetupFeature() {}

  static final String FINISH_TASK = Upkeep.MEETUPS_FINISH;
  private static final Duration FINISH_EVERY = Duration.ofMinutes(1);

  public static MeetupService service(CoreServices services) {
    return service(services, ReminderSettings.defaults(), true);
  }

  public static MeetupService service(
      CoreServices services, ReminderSettings reminderSettings, boolean autoSummaries) {
    return service(services, reminderSettings, WaitlistOffers.off(), autoSummaries);
  }

  /**
   * The service, with its scheduled work added to the core's scheduler: reminders, and a check each
   * minute that finishes meetups that ended (posting their summaries when {@code autoSummaries}).
   */
  public static MeetupService service(
      CoreServices services,
      ReminderSettings reminderSettings,
      WaitlistOffers waitlistOffers,
      boolean autoSummaries) {
    MeetupStore meetups = new JdbcMeetupStore(services.database());
    RsvpLedger ledger = new JdbcRsvpLedger(services.database(), services.clock(), waitlistOffers);
    Reminders reminders =
        new Reminders(
            meetups,
            ledger,
            new ReminderOptOuts(services.database()),
            services.outbox(),
            services.settings(),
            services.recipients(),
            reminderSettings,
            services.scheduling());
    MeetupService service =
        new MeetupService(
            meetups,
            ledger,
            new Identities(services.database()),
            reminders,
            new SeatOffers(services.scheduling(), ledger, meetups),
            services.recipients(),
            services.outbox(),
            services.settings(),
            services.clock());
    MeetupPersonalData personalData = new MeetupPersonalData(service, services.database());
    services.personalData().add(personalData);
    services.personalData().resolveSubjectsWith(personalData::subjectOf);
    // a member who takes no direct messages hears of their seat in the meetup's thread instead
    services.outbox().addDetour(service::detour);
    services
        .scheduling()
        .add(
            Tasks.recurring(FINISH_TASK, Schedules.fixedDelay(FINISH_EVERY))
                .execute((instance, context) -> service.finishEnded(autoSummaries)));
    return service;
  }

  /** Both command modules of the feature as one. */
  public static CommandModule commands(MeetupService service, Optional<MeetupCalendar> calendar) {
    return () -> {
      List<CommandSpec> all = new ArrayList<>(new MeetupCommands(service, calendar).commands());
      all.addAll(new LinkCommands(service).commands());
      return all;
    };
  }
}
