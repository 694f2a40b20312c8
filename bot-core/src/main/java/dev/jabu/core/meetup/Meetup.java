package dev.jabu.core.meetup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meetup as stored. Instants are UTC; {@code zone} is the zone it was planned in (the community's
 * by default), used to show local times where the platform cannot.
 *
 * @param sequence raised on every edit, so calendars replace their copy
 */
public record Meetup(
    long id,
    String title,
    String description,
    Instant start,
    Instant end,
    ZoneId zone,
    Optional<String> venueName,
    Optional<String> venueAddress,
    Optional<String> mapUrl,
    Optional<String> onlineUrl,
    List<String> agenda,
    List<String> organizers,
    Optional<String> registrationUrl,
    Optional<String> githubUrl,
    Optional<String> socialUrl,
    int capacity,
    Optional<Instant> rsvpOpens,
    Optional<Instant> rsvpCloses,
    boolean rsvpClosed,
    Status status,
    int sequence,
    Optional<String> recapUrl,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public enum Status {
    DRAFT,
    ANNOUNCED,
    CANCELLED,
    FINISHED
  }

  public Meetup {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    agenda = List.copyOf(agenda);
    organizers = List.copyOf(organizers);
  }

  /** A new draft with just the essentials; the store gives it its id. */
  public static Meetup draft(
      String title,
      ZonedDateTime start,
      ZonedDateTime end,
      int capacity,
      String createdBy,
      Instant now) {
    return new Meetup(
        0,
        title,
        "",
        start.toInstant(),
        end.toInstant(),
        start.getZone(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(createdBy),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        capacity,
        Optional.empty(),
        Optional.empty(),
        false,
        Status.DRAFT,
        0,
        Optional.empty(),
        createdBy,
        now,
        now);
  }

  public Meetup withStatus(Status status) {
    return copy(status, rsvpClosed, capacity, recapUrl);
  }

  public Meetup withRsvpClosed(boolean closed) {
    return copy(status, closed, capacity, recapUrl);
  }

  public Meetup withCapacity(int seats) {
    return copy(status, rsvpClosed, seats, recapUrl);
  }

  /** The meetup linking its recap's web address (set when a recap from a URL is published). */
  public Meetup withRecapUrl(Optional<String> url) {
    return copy(status, rsvpClosed, capacity, url);
  }

  private Meetup copy(Status newStatus, boolean closed, int seats, Optional<String> recap) {
    return new Meetup(
        id,
        title,
        description,
        start,
        end,
        zone,
        venueName,
        venueAddress,
        mapUrl,
        onlineUrl,
        agenda,
        organizers,
        registrationUrl,
        githubUrl,
        socialUrl,
        seats,
        rsvpOpens,
        rsvpCloses,
        closed,
        newStatus,
        sequence,
        recap,
        createdBy,
        createdAt,
        updatedAt);
  }

  public ZonedDateTime localStart() {
    return start.atZone(zone);
  }

  public ZonedDateTime localEnd() {
    return end.atZone(zone);
  }

  public boolean isOpenFor(Instant now) {
    return status == Status.ANNOUNCED
        && !rsvpClosed
        && rsvpOpens.map(o -> !now.isBefore(o)).orElse(true)
        && rsvpCloses.map(now::isBefore).orElse(true)
        && now.isBefore(start);
  }

  /** The message key of this meetup's announcement, per destination, in the outbox. */
  public String announcementKey() {
    return "meetup-" + id + "-announcement";
  }
}
