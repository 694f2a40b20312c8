package dev.jabu.core.meetup;

import dev.jabu.core.command.AutocompleteSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Meetups offered while a member types a meetup number. */
public final class MeetupChoices {
  /** How many meetups a suggestion looks through. */
  private static final int POOL = 100;

  /** How far back a recap's meetup is looked for: recaps are written in the weeks after. */
  private static final Duration RECAP_LOOKBACK = Duration.ofDays(90);

  private MeetupChoices() {}

  /** Meetups still to come, soonest first: what RSVPs and organizers' commands name. */
  public static AutocompleteSource upcoming(MeetupService service) {
    return (typed, locale, limit) ->
        AutocompleteSource.numbered(
            service.meetups().upcoming(service.now(), POOL),
            Meetup::id,
            Meetup::title,
            typed,
            limit);
  }

  /**
   * Meetups a recap may belong to: those that took place in the last months and those announced,
   * the latest first; cancelled ones have nothing to recap.
   */
  public static AutocompleteSource forRecaps(MeetupService service) {
    return (typed, locale, limit) -> {
      Instant since = service.now().minus(RECAP_LOOKBACK);
      List<Meetup> meetups =
          service.meetups().published(since, POOL).stream()
              .filter(m -> m.status() != Meetup.Status.CANCELLED)
              .sorted(Comparator.comparing(Meetup::start).reversed())
              .toList();
      return AutocompleteSource.numbered(meetups, Meetup::id, Meetup::title, typed, limit);
    };
  }
}
