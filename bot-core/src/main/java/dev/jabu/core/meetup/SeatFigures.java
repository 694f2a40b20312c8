package dev.jabu.core.meetup;

/**
 * The figures of one meetup's seats: what organizers size the next capacity from.
 *
 * @param rsvps people who answered at all (seat or waitlist)
 * @param seats seats held now (after the meetup: by the people expected)
 * @param confirmed seat holders who said they are coming
 * @param released seats given up by their holders
 * @param promoted people moved from the waitlist to a seat at once (far from the start)
 * @param offered offers made near the start
 * @param offersTaken offers taken
 * @param offersPassed offers passed
 * @param offersExpired offers that lapsed unanswered
 * @param walkIns people seated from the waitlist at the door
 * @param checkedIn seat holders who came
 */
public record SeatFigures(
    int capacity,
    int rsvps,
    int seats,
    int confirmed,
    int released,
    int promoted,
    int offered,
    int offersTaken,
    int offersPassed,
    int offersExpired,
    int walkIns,
    int checkedIn) {

  /** Seat holders who did not come, in percent of the seats; 0 when there were none. */
  public int noShowPercent() {
    return seats == 0 ? 0 : Math.round(100f * (seats - checkedIn) / seats);
  }
}
