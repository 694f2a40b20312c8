package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.meetup.MeetupWalk.Answer;
import dev.jabu.core.meetup.MeetupWalk.Create;
import dev.jabu.core.meetup.MeetupWalk.Link;
import dev.jabu.core.meetup.MeetupWalk.Organize;
import dev.jabu.core.meetup.MeetupWalk.Step;
import dev.jabu.core.testkit.RequiresPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minimal sequences the random walks ({@link MeetupWalkTest}) once broke, kept as they shrank. */
@RequiresPostgres
class MeetupWalkRegressionTest {
  private static void holds(List<Step> steps) throws Exception {
    assertThat(MeetupWalk.failure(steps)).isEmpty();
  }

  @Test
  void issue20_aCapacityChangeAfterACancelTellsNobodyOfASeat() throws Exception {
    holds(
        List.of(
            new Create(3, 1),
            new Organize("announce", 1),
            new Answer("rsvp", 1, "discord:d0"),
            new Answer("rsvp", 1, "discord:d1"),
            new Organize("cancel", 1),
            new Organize("capacity 3", 1),
            new Organize("reopen", 1)));
  }

  @Test
  void issue20_aLinkedAccountTakingAnotherCodeKeepsOnePlaceForItsPerson() throws Exception {
    holds(
        List.of(
            new Create(3, 2),
            new Organize("announce", 1),
            new Link("discord:d0", false, "slack:S0", false),
            new Answer("rsvp", 1, "slack:S0"),
            new Link("discord:d1", false, "slack:S0", false),
            new Answer("rsvp", 1, "discord:d0")));
  }
}
