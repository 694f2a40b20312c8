package dev.jabu.core.meetup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of seat offers, a meetup's seat settings and its attendance history, run by {@link
 * JdbcRsvpLedger} on the connection that holds the meetup's lock.
 */
final class SeatRows {
  private SeatRows() {}

  /** The meetup's seats as they are now: capacity with overbooking, start, and offer policy. */
  record Seating(int capacity, Instant start, WaitlistOffers offers) {}

  static Seating seating(Connection c, long meetupId, WaitlistOffers community)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT m.capacity, m.starts_at, p.offer_window_ms, p.offers_from_ms,"
                + " p.overbook_percent FROM meetup m"
                + " LEFT JOIN meetup_seat_policy p ON p.meetup_id = m.id WHERE m.id = ?")) {
      query.setLong(1, meetupId);
      try (ResultSet r = query.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("no meetup " + meetupId);
        }
        int capacity = r.getInt(1);
        Instant start = Instant.ofEpochMilli(r.getLong(2));
        Optional<Duration> window = millis(r, 3);
        Optional<Duration> from = millis(r, 4);
        int overbook = r.getInt(5);
        return new Seating(
            withOverbook(capacity, overbook), start, community.overriddenBy(window, from));
      }
    }
  }

  /** The seats given for a capacity with {@code percent} overbooking (rounded down). */
  static int withOverbook(int capacity, int percent) {
    return capacity + capacity * percent / 100;
  }

  static int overbookPercent(Connection c, long meetupId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT overbook_percent FROM meetup_seat_policy WHERE meetup_id = ?")) {
      query.setLong(1, meetupId);
      try (ResultSet r = query.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  private static Optional<Duration> millis(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(value));
  }

  static int openOfferCount(Connection c, long meetupId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT COUNT(*) FROM seat_offer WHERE meetup_id = ? AND state = 'OPEN'")) {
      query.setLong(1, meetupId);
      try (ResultSet r = query.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** The next {@code limit} people waiting who were never offered a seat of this meetup. */
  static List<RsvpLedger.Promotion> neverOffered(Connection c, long meetupId, int limit)
      throws SQLException {
    List<RsvpLedger.Promotion> next = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT person, user_key FROM rsvp r"
                + NEVER_OFFERED
                + " ORDER BY queue_seq, id LIMIT ?")) {
      query.setLong(1, meetupId);
      query.setInt(2, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          next.add(new RsvpLedger.Promotion(meetupId, rows.getString(1), rows.getString(2)));
        }
      }
    }
    return next;
  }

  static void insertOffer(Connection c, RsvpLedger.Promotion p, Instant now, Instant expires)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO seat_offer (meetup_id, person, user_key, state, offered_at, expires_at)"
                + " VALUES (?, ?, ?, 'OPEN', ?, ?)")) {
      insert.setLong(1, p.meetupId());
      insert.setString(2, p.person());
      insert.setString(3, p.userKey());
      insert.setLong(4, now.toEpochMilli());
      insert.setLong(5, expires.toEpochMilli());
      insert.executeUpdate();
    }
  }

  static List<RsvpLedger.Offer> offers(Connection c, String where, long value) throws SQLException {
    List<RsvpLedger.Offer> found = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT id, meetup_id, person, user_key, expires_at FROM seat_offer WHERE state = 'OPEN'"
                + " AND "
                + where
                + " ORDER BY id")) {
      query.setLong(1, value);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          found.add(
              new RsvpLedger.Offer(
                  r.getLong(1),
                  r.getLong(2),
                  r.getString(3),
                  r.getString(4),
                  Instant.ofEpochMilli(r.getLong(5))));
        }
      }
    }
    return found;
  }

  static Optional<RsvpLedger.Offer> openOffer(Connection c, long meetupId, String person)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT id, user_key, expires_at FROM seat_offer"
                + " WHERE meetup_id = ? AND person = ? AND state = 'OPEN'")) {
      query.setLong(1, meetupId);
      query.setString(2, person);
      try (ResultSet r = query.executeQuery()) {
        return r.next()
            ? Optional.of(
                new RsvpLedger.Offer(
                    r.getLong(1),
                    meetupId,
                    person,
                    r.getString(2),
                    Instant.ofEpochMilli(r.getLong(3))))
            : Optional.empty();
      }
    }
  }

  /** Ends an open offer; false when it was no longer open. */
  static boolean close(Connection c, long offerId, String state, Instant now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE seat_offer SET state = ?, closed_at = ? WHERE id = ? AND state = 'OPEN'")) {
      update.setString(1, state);
      update.setLong(2, now.toEpochMilli());
      update.setLong(3, offerId);
      return update.executeUpdate() == 1;
    }
  }

  /** Moves offers and history from one person id to another within a meetup, or everywhere. */
  static void rename(Connection c, Long meetupId, String from, String into) throws SQLException {
    String scope = meetupId == null ? "" : " AND meetup_id = " + meetupId;
    String offers =
        "UPDATE seat_offer SET person = ? WHERE person = ?"
            + scope
            + (meetupId == null ? " AND state <> 'OPEN'" : "");
    for (String sql :
        List.of(offers, "UPDATE attendance_event SET person = ? WHERE person = ?" + scope)) {
      try (PreparedStatement update = c.prepareStatement(sql)) {
        update.setString(1, into);
        update.setString(2, from);
        update.executeUpdate();
      }
    }
  }

  /** An account left its person: its offers and history go with it. */
  static void split(Connection c, String person, String leaving, String leavingPerson, String rest)
      throws SQLException {
    for (String table : List.of("seat_offer", "attendance_event")) {
      try (PreparedStatement split =
          c.prepareStatement(
              "UPDATE "
                  + table
                  + " SET person = CASE WHEN user_key = ? THEN ? ELSE ? END WHERE person = ?")) {
        split.setString(1, leaving);
        split.setString(2, leavingPerson);
        split.setString(3, rest);
        split.setString(4, person);
        split.executeUpdate();
      }
    }
  }

  /** Writes one line of the meetup's attendance history. */
  static void event(
      Connection c, long meetupId, String person, String userKey, String kind, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO attendance_event (meetup_id, person, user_key, kind, at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, meetupId);
      insert.setString(2, person);
      insert.setString(3, userKey);
      insert.setString(4, kind);
      insert.setLong(5, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  /** Waiting people of the meetup ({@code r}) never offered a seat of it. */
  private static final String NEVER_OFFERED =
      " WHERE meetup_id = ? AND state = 'WAITLIST'"
          + " AND NOT EXISTS (SELECT 1 FROM seat_offer o"
          + " WHERE o.meetup_id = r.meetup_id AND o.person = r.person)";

  /**
   * Seats the first {@code limit} waiting people never offered a seat (the meetup is locked) and
   * writes their move to the history, in three statements however many people move: the last place
   * that moves, then everyone up to it. A statement per person, or per chunk of them, made a large
   * waitlist slow to move, and so did matching the head against a subquery: PostgreSQL, expecting a
   * few rows, compared every row with every other. Returns them in waitlist order.
   */
  static List<RsvpLedger.Promotion> seatHead(
      Connection c, long meetupId, int limit, String kind, Instant at) throws SQLException {
    long lastSeq = Long.MAX_VALUE;
    long lastId = Long.MAX_VALUE;
    try (PreparedStatement last =
        c.prepareStatement(
            "SELECT queue_seq, id FROM rsvp r"
                + NEVER_OFFERED
                + " ORDER BY queue_seq, id LIMIT 1 OFFSET ?")) {
      last.setLong(1, meetupId);
      last.setInt(2, limit - 1);
      try (ResultSet r = last.executeQuery()) {
        // fewer waiting than seats free: all of them move
        if (r.next()) {
          lastSeq = r.getLong(1);
          lastId = r.getLong(2);
        }
      }
    }
    // the id breaks a tie in the queue, so each statement picks the same people
    String head = NEVER_OFFERED + " AND (queue_seq < ? OR (queue_seq = ? AND id <= ?))";
    // the history first, while the people are still waiting
    try (PreparedStatement history =
        c.prepareStatement(
            "INSERT INTO attendance_event (meetup_id, person, user_key, kind, at)"
                + " SELECT meetup_id, person, user_key, ?, ? FROM rsvp r"
                + head
                + " ORDER BY queue_seq, id")) {
      history.setString(1, kind);
      history.setLong(2, at.toEpochMilli());
      bindHead(history, 3, meetupId, lastSeq, lastId);
      history.executeUpdate();
    }
    record Seated(long seq, long id, RsvpLedger.Promotion promotion) {}
    List<Seated> seated = new ArrayList<>();
    try (PreparedStatement seat =
        c.prepareStatement(
            "UPDATE rsvp AS r SET state = 'SEAT'"
                + head
                + " RETURNING queue_seq, id, person, user_key")) {
      bindHead(seat, 1, meetupId, lastSeq, lastId);
      try (ResultSet r = seat.executeQuery()) {
        while (r.next()) {
          seated.add(
              new Seated(
                  r.getLong(1),
                  r.getLong(2),
                  new RsvpLedger.Promotion(meetupId, r.getString(3), r.getString(4))));
        }
      }
    }
    // RETURNING gives rows in no particular order
    seated.sort(Comparator.comparingLong(Seated::seq).thenComparingLong(Seated::id));
    return new ArrayList<>(seated.stream().map(Seated::promotion).toList());
  }

  private static void bindHead(
      PreparedStatement statement, int first, long meetupId, long lastSeq, long lastId)
      throws SQLException {
    statement.setLong(first, meetupId);
    statement.setLong(first + 1, lastSeq);
    statement.setLong(first + 2, lastSeq);
    statement.setLong(first + 3, lastId);
  }
}
