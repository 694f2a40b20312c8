package dev.jabu.core.meetup;

import dev.jabu.core.CoreServices;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Meetups and account linking, wired on the core's services. */
public final class MeetupFeature {
  private MeetupFeature() {}

  public static MeetupService service(CoreServices services) {
    return new MeetupService(
        new JdbcMeetupStore(services.database()),
        new JdbcRsvpLedger(services.database()),
        new Identities(services.database()),
        services.outbox(),
        services.settings(),
        services.clock());
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
