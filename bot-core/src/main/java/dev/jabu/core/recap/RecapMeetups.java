package dev.jabu.core.recap;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.meetup.MeetupChoices;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.recap.RecapRenderer.MeetupLabel;
import java.util.List;
import java.util.Optional;

/** What recaps need from meetups: their titles, and a place to link a recap's address. */
interface RecapMeetups {
  /** For a core without the meetup feature: no meetup is known. */
  RecapMeetups NONE =
      new RecapMeetups() {
        @Override
        public Optional<MeetupLabel> find(long id) {
          return Optional.empty();
        }

        @Override
        public void linkRecap(long meetupId, Optional<String> url) {}

        @Override
        public AutocompleteSource choices() {
          return (typed, locale, limit) -> List.of();
        }
      };

  Optional<MeetupLabel> find(long id);

  /** Makes the meetup link {@code url} as its recap (none: no link). */
  void linkRecap(long meetupId, Optional<String> url);

  /** The meetups offered while a moderator types a recap's meetup number. */
  AutocompleteSource choices();

  /**
   * Meetups as the meetup feature keeps them; a changed link updates their announcements, and a
   * summary already posted is edited to name the recap.
   */
  static RecapMeetups of(MeetupService service) {
    return new RecapMeetups() {
      @Override
      public Optional<MeetupLabel> find(long id) {
        return service.find(id).map(m -> new MeetupLabel(m.id(), m.title()));
      }

      @Override
      public void linkRecap(long meetupId, Optional<String> url) {
        service
            .find(meetupId)
            .filter(m -> !m.recapUrl().equals(url))
            .ifPresent(m -> service.edit(m.withRecapUrl(url)));
        service.refreshSummary(meetupId);
      }

      @Override
      public AutocompleteSource choices() {
        return MeetupChoices.forRecaps(service);
      }
    };
  }
}
