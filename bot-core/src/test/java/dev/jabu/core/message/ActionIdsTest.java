package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActionIdsTest {
  @Test
  void aButtonsCommandRoundTrips() {
    Button rsvp = new Button("RSVP", "/meetup rsvp 12", Button.Style.PRIMARY);
    String id = ActionIds.encode(rsvp);
    assertThat(id).startsWith("j1:");
    assertThat(ActionIds.decode(id)).contains("/meetup rsvp 12");
  }

  @Test
  void idsFromElsewhereOrOfAnotherVersionAreNotCommands() {
    assertThat(ActionIds.decode("/meetup rsvp 12")).isEmpty();
    assertThat(ActionIds.decode("j0:/meetup rsvp 12")).isEmpty();
    assertThat(ActionIds.decode("j1:meetup rsvp 12")).isEmpty();
    assertThat(ActionIds.decode("j1:/")).isEmpty();
    assertThat(ActionIds.decode("j1:/term a\n/meetup cancel 1")).isEmpty();
    assertThat(ActionIds.decode(null)).isEmpty();
  }

  @Test
  void aCommandTooLongForDiscordIsRefusedWhenTheButtonIsMade() {
    Button huge = new Button("x", "/term " + "a".repeat(100), Button.Style.SECONDARY);
    assertThatThrownBy(() -> ActionIds.encode(huge)).isInstanceOf(IllegalArgumentException.class);
  }
}
