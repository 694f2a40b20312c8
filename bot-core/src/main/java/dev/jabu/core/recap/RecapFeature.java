package dev.jabu.core.recap;

import dev.jabu.core.CoreServices;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.meetup.RecapLinks;
import java.util.Optional;

/** Recaps, wired on the core's services and, when that feature is on, the meetups. */
public final class RecapFeature {
  private RecapFeature() {}

  /**
   * The {@code /recap} commands. With meetups, a recap can name its meetup, and the meetup's
   * summary names the recap.
   */
  public static CommandModule install(
      CoreServices services, RecapSettings settings, Optional<MeetupService> meetups) {
    RecapStore store = new JdbcRecapStore(services.database());
    services.personalData().add(new RecapPersonalData(services.database()));
    meetups.ifPresent(m -> m.linkRecaps(links(store)));
    RecapMeetups recapMeetups = meetups.map(RecapMeetups::of).orElse(RecapMeetups.NONE);
    RecapService service =
        new RecapService(
            new SourceReader(new RecapFetcher(settings), settings.workingDirectory()),
            store,
            services.outbox(),
            services.settings(),
            recapMeetups,
            services.clock(),
            settings.maxReplies());
    return new RecapCommands(
        service, new RecapPreviews(services.database(), services.clock()), recapMeetups.choices());
  }

  private static RecapLinks links(RecapStore store) {
    return meetupId ->
        store
            .latestPublished(meetupId)
            .map(r -> new RecapLinks.RecapLink(r.title(), r.origin().url()));
  }
}
