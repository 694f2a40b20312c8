package dev.jabu.core.meetup;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.AutocompleteSource.Choice;
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
        picked(service.meetups().upcoming(service.now(), POOL), typed, limit);
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
      return picked(meetups, typed, limit);
    };
  }

  private static List<Choice> picked(List<Meetup> meetups, String typed, int limit) {
    return meetups.stream()
        .filter(m -> AutocompleteSource.picks(typed, m.id(), m.title()))
        .limit(limit)
        .map(m -> Choice.numbered(m.id(), m.title()))
        .toList();
  }
}
