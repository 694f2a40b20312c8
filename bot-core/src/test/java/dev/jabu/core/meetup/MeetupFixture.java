package dev.jabu.core.meetup;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A fake platform with the meetup feature, and a handle on its service. */
final class MeetupFixture {
  final FakePlatform platform;
  final MeetupService service;

  private MeetupFixture(FakePlatform platform, MeetupService service) {
    this.platform = platform;
    this.service = service;
  }

  static MeetupFixture on(Database database) {
    return on(database, CoreSettings.defaults(), ReminderSettings.defaults());
  }

  static MeetupFixture on(Database database, CoreSettings settings, ReminderSettings reminders) {
    return on(database, settings, reminders, WaitlistOffers.off());
  }

  /** With seats offered near the start, as {@code meetups.waitlist} configures. */
  static MeetupFixture on(
      Database database, CoreSettings settings, ReminderSettings reminders, WaitlistOffers offers) {
    AtomicReference<MeetupService> service = new AtomicReference<>();
    Feature feature =
        services -> {
          service.set(MeetupFeature.service(services, reminders, offers, true));
          return MeetupFeature.commands(
              service.get(), Optional.of(m -> "BEGIN:VCALENDAR\nEND:VCALENDAR\n"));
        };
    FakePlatform platform = FakePlatform.on(database, settings, List.of(feature));
    return new MeetupFixture(platform, service.get());
  }
}
