package dev.jabu.core.meetup;

import static dev.jabu.core.meetup.Stage.ANNOUNCED;
import static dev.jabu.core.meetup.Stage.CLOSED;
import static dev.jabu.core.meetup.Stage.DRAFT;
import static dev.jabu.core.meetup.Stage.PAST;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of which {@code /meetup} command may act on a meetup in which {@link Stage}. A
 * command missing here acts on no single meetup. docs/meetups.md shows the same table.
 */
final class MeetupLifecycle {
  private static final Set<Stage> EVERY = EnumSet.allOf(Stage.class);
  private static final Set<Stage> LIVE = EnumSet.of(DRAFT, ANNOUNCED, CLOSED);

  static final Map<String, Set<Stage>> ALLOWED =
      Map.ofEntries(
          Map.entry("info", EVERY),
          Map.entry("ics", EVERY),
          Map.entry("attendees", EVERY),
          Map.entry("rsvp", EnumSet.of(ANNOUNCED)),
          Map.entry("leave", EnumSet.of(ANNOUNCED, CLOSED)),
          Map.entry("announce", EnumSet.of(DRAFT)),
          Map.entry("edit", LIVE),
          Map.entry("capacity", LIVE),
          Map.entry("cancel", LIVE),
          Map.entry("close", EnumSet.of(ANNOUNCED)),
          Map.entry("reopen", EnumSet.of(CLOSED)),
          // attendance is marked at the door and after the event, never for a cancelled meetup
          Map.entry("attended", EnumSet.of(ANNOUNCED, CLOSED, PAST)),
          Map.entry("summary", EnumSet.of(ANNOUNCED, CLOSED, PAST)),
          // seats near the start: answered while the meetup still takes changes
          Map.entry("confirm", EnumSet.of(ANNOUNCED, CLOSED)),
          Map.entry("claim", EnumSet.of(ANNOUNCED, CLOSED)),
          Map.entry("pass", EnumSet.of(ANNOUNCED, CLOSED)),
          // the door: the code is shown before and during the meetup, check-in until its end
          Map.entry("checkin-code", EnumSet.of(ANNOUNCED, CLOSED, PAST)),
          Map.entry("checkin", EnumSet.of(ANNOUNCED, CLOSED)));

  private MeetupLifecycle() {}

  static boolean allows(String command, Stage stage) {
    Set<Stage> allowed = ALLOWED.get(command);
    if (allowed == null) {
      throw new IllegalArgumentException("no lifecycle entry for /meetup " + command);
    }
    return allowed.contains(stage);
  }

  /** Whether members other than its organizers and moderators can see a meetup in this stage. */
  static boolean visibleToMembers(Stage stage) {
    return stage != DRAFT;
  }
}
