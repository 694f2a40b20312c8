package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.SqlWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link RsvpLedger} on the {@code rsvp} table, locking the {@code meetup} row per change. */
public final class JdbcRsvpLedger implements RsvpLedger {
  private final Database database;

  public JdbcRsvpLedger(Database database) {
    this.database = database;
  }

  /**
   * Runs {@code work} holding the meetup's lock, unless the meetup is cancelled or finished: then
   * nothing runs and {@code frozen} is the answer. PostgreSQL locks the row; SQLite's transactions
   * take the database's write lock as they begin, which serializes them just the same.
   */
  private <T> T whileLive(long meetupId, T frozen, SqlWork<T> work) {
    return database.inTransaction(
        c -> {
          String sql =
              "SELECT status FROM meetup WHERE id = ?"
                  + (database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "");
          String status;
          try (PreparedStatement lock = c.prepareStatement(sql)) {
            lock.setLong(1, meetupId);
            try (ResultSet r = lock.executeQuery()) {
              if (!r.next()) {
                throw new IllegalArgumentException("no meetup " + meetupId);
              }
              status = r.getString(1);
            }
          }
          if (status.equals("CANCELLED") || status.equals("FINISHED")) {
            return frozen;
          }
          return work.run(c);
        });
  }

  @Override
  public RsvpResult rsvp(long meetupId, String person, String userKey, Instant now) {
    return database.inTransaction(
        c -> {
          // One statement takes the meetup's lock and a place in its commit order.
          long seq;
          int capacity;
          int waiting;
          try (PreparedStatement take =
              c.prepareStatement(
                  "UPDATE meetup SET next_queue_seq = next_queue_seq + 1"
                      + " WHERE id = ? AND status = 'ANNOUNCED'"
                      + " RETURNING capacity, next_queue_seq - 1, waitlist_count")) {
            take.setLong(1, meetupId);
            try (ResultSet r = take.executeQuery()) {
              if (!r.next()) {
                // a draft, or cancelled or finished since the member looked
                return new RsvpResult(Outcome.NOT_TAKING, 0);
              }
              capacity = r.getInt(1);
              seq = r.getLong(2);
              waiting = r.getInt(3);
            }
          }
          Holder existing = holderOf(c, meetupId, person);
          if (existing != null) {
            return existing.seat()
                ? new RsvpResult(Outcome.ALREADY_SEAT, 0)
                : new RsvpResult(Outcome.ALREADY_WAITLIST, existing.position());
          }
          // Seats are at most the capacity, so counting them stays cheap as the waitlist grows.
          boolean seat = count(c, meetupId, "SEAT") < capacity;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO rsvp (meetup_id, person, user_key, state, queue_seq, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, meetupId);
            insert.setString(2, person);
            insert.setString(3, userKey);
            insert.setString(4, seat ? "SEAT" : "WAITLIST");
            insert.setLong(5, seq);
            insert.setLong(6, now.toEpochMilli());
            insert.executeUpdate();
          }
          if (seat) {
            return new RsvpResult(Outcome.SEAT, 0);
          }
          addToWaitlistCount(c, meetupId, 1);
          return new RsvpResult(Outcome.WAITLIST, waiting + 1);
        });
  }

  @Override
  public LeaveResult leave(long meetupId, String person) {
    return whileLive(
        meetupId,
        new LeaveResult(false, false, List.of()),
        c -> {
          Holder existing = holderOf(c, meetupId, person);
          if (existing == null) {
            return new LeaveResult(false, false, List.of());
          }
          delete(c, meetupId, person);
          if (!existing.seat()) {
            addToWaitlistCount(c, meetupId, -1);
          }
          List<Promotion> promoted = existing.seat() ? fillSeats(c, meetupId) : List.of();
          return new LeaveResult(true, existing.seat(), promoted);
        });
  }

  @Override
  public List<Promotion> setCapacity(long meetupId, int capacity) {
    return whileLive(
        meetupId,
        List.<Promotion>of(),
        c -> {
          // Seats already given are never taken back: a racing RSVP may have filled the room
          // since the organizer looked, and the capacity then stops at the seats taken.
          int taken = count(c, meetupId, "SEAT");
          try (PreparedStatement update =
              c.prepareStatement("UPDATE meetup SET capacity = ? WHERE id = ?")) {
            update.setInt(1, Math.max(capacity, taken));
            update.setLong(2, meetupId);
            update.executeUpdate();
          }
          return fillSeats(c, meetupId);
        });
  }

  /** Gives free seats to the head of the waitlist, in order. */
  private List<Promotion> fillSeats(Connection c, long meetupId) throws SQLException {
    int free = capacity(c, meetupId) - count(c, meetupId, "SEAT");
    List<Promotion> promoted = new ArrayList<>();
    if (free <= 0) {
      return promoted;
    }
    long last = Long.MIN_VALUE;
    try (PreparedStatement next =
        c.prepareStatement(
            "SELECT person, user_key, queue_seq FROM rsvp WHERE meetup_id = ?"
                + " AND state = 'WAITLIST' ORDER BY queue_seq LIMIT ?")) {
      next.setLong(1, meetupId);
      next.setInt(2, free);
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          promoted.add(new Promotion(meetupId, rows.getString(1), rows.getString(2)));
          last = rows.getLong(3);
        }
      }
    }
    // the same head of the waitlist in one statement, not one per person: the meetup is locked
    try (PreparedStatement seat =
        c.prepareStatement(
            "UPDATE rsvp SET state = 'SEAT' WHERE meetup_id = ? AND state = 'WAITLIST'"
                + " AND queue_seq <= ?")) {
      seat.setLong(1, meetupId);
      seat.setLong(2, last);
      seat.executeUpdate();
    }
    addToWaitlistCount(c, meetupId, -promoted.size());
    return promoted;
  }

  @Override
  public List<Holder> holders(long meetupId) {
    return database.withConnection(c -> holders(c, meetupId));
  }

  @Override
  public Map<Long, Holder> heldBy(String person) {
    return database.withConnection(
        c -> {
          Map<Long, Holder> result = new LinkedHashMap<>();
          List<Long> meetups = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT meetup_id FROM rsvp WHERE person = ? ORDER BY meetup_id")) {
            query.setString(1, person);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                meetups.add(rows.getLong(1));
              }
            }
          }
          for (long meetupId : meetups) {
            Holder holder = holderOf(c, meetupId, person);
            if (holder != null) {
              result.put(meetupId, holder);
            }
          }
          return result;
        });
  }

  @Override
  public Counts counts(long meetupId) {
    return database.withConnection(
        c -> {
          int attended;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM rsvp WHERE meetup_id = ? AND state = 'SEAT' AND attended = 1")) {
            query.setLong(1, meetupId);
            try (ResultSet r = query.executeQuery()) {
              r.next();
              attended = r.getInt(1);
            }
          }
          return new Counts(count(c, meetupId, "SEAT"), count(c, meetupId, "WAITLIST"), attended);
        });
  }

  @Override
  public boolean markAttended(long meetupId, String person, boolean attended) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE rsvp SET attended = ? WHERE meetup_id = ? AND person = ? AND state = 'SEAT'")) {
            update.setInt(1, attended ? 1 : 0);
            update.setLong(2, meetupId);
            update.setString(3, person);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public MergeResult merge(String from, String into) {
    List<Long> meetups =
        database.withConnection(
            c -> {
              List<Long> ids = new ArrayList<>();
              try (PreparedStatement query =
                  c.prepareStatement("SELECT meetup_id FROM rsvp WHERE person = ?")) {
                query.setString(1, from);
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    ids.add(rows.getLong(1));
                  }
                }
              }
              return ids;
            });
    List<Long> released = new ArrayList<>();
    List<Promotion> promoted = new ArrayList<>();
    for (long meetupId : meetups) {
      whileLive(
          meetupId,
          null,
          c -> {
            Holder moving = holderOf(c, meetupId, from);
            Holder staying = holderOf(c, meetupId, into);
            if (moving == null) {
              return null;
            }
            if (staying == null) {
              move(c, meetupId, from, into);
              return null;
            }
            // Both hold a place: keep the one taken first, release the other.
            boolean keepMoving = seqOf(c, meetupId, from) < seqOf(c, meetupId, into);
            Holder dropped = keepMoving ? staying : moving;
            delete(c, meetupId, keepMoving ? into : from);
            if (keepMoving) {
              move(c, meetupId, from, into);
            }
            released.add(meetupId);
            if (dropped.seat()) {
              promoted.addAll(fillSeats(c, meetupId));
            } else {
              addToWaitlistCount(c, meetupId, -1);
            }
            return null;
          });
    }
    return new MergeResult(released, promoted);
  }

  @Override
  public void split(String person, String leaving, String leavingPerson, String remainingPerson) {
    database.inTransaction(
        c -> {
          try (PreparedStatement split =
              c.prepareStatement(
                  "UPDATE rsvp SET person = CASE WHEN user_key = ? THEN ? ELSE ? END"
                      + " WHERE person = ?")) {
            split.setString(1, leaving);
            split.setString(2, leavingPerson);
            split.setString(3, remainingPerson);
            split.setString(4, person);
            return split.executeUpdate();
          }
        });
  }

  private static List<Holder> holders(Connection c, long meetupId) throws SQLException {
    List<Holder> result = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT person, user_key, state, attended, created_at FROM rsvp WHERE meetup_id = ?"
                + " ORDER BY CASE state WHEN 'SEAT' THEN 0 ELSE 1 END, queue_seq")) {
      query.setLong(1, meetupId);
      int position = 0;
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          boolean seat = r.getString("state").equals("SEAT");
          result.add(
              new Holder(
                  r.getString("person"),
                  r.getString("user_key"),
                  seat,
                  seat ? 0 : ++position,
                  r.getInt("attended") != 0,
                  Instant.ofEpochMilli(r.getLong("created_at"))));
        }
      }
    }
    return result;
  }

  /** One person's place, or null; found through the (meetup, person) key, not a scan. */
  private static Holder holderOf(Connection c, long meetupId, String person) throws SQLException {
    String userKey;
    boolean seat;
    boolean attended;
    long seq;
    Instant since;
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT user_key, state, queue_seq, attended, created_at FROM rsvp"
                + " WHERE meetup_id = ? AND person = ?")) {
      query.setLong(1, meetupId);
      query.setString(2, person);
      try (ResultSet r = query.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        userKey = r.getString(1);
        seat = r.getString(2).equals("SEAT");
        seq = r.getLong(3);
        attended = r.getInt(4) != 0;
        since = Instant.ofEpochMilli(r.getLong(5));
      }
    }
    int position = 0;
    if (!seat) {
      try (PreparedStatement ahead =
          c.prepareStatement(
              "SELECT COUNT(*) FROM rsvp WHERE meetup_id = ? AND state = 'WAITLIST' AND queue_seq <= ?")) {
        ahead.setLong(1, meetupId);
        ahead.setLong(2, seq);
        try (ResultSet r = ahead.executeQuery()) {
          r.next();
          position = r.getInt(1);
        }
      }
    }
    return new Holder(person, userKey, seat, position, attended, since);
  }

  private static long seqOf(Connection c, long meetupId, String person) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT queue_seq FROM rsvp WHERE meetup_id = ? AND person = ?")) {
      query.setLong(1, meetupId);
      query.setString(2, person);
      try (ResultSet r = query.executeQuery()) {
        return r.next() ? r.getLong(1) : Long.MAX_VALUE;
      }
    }
  }

  private static void addToWaitlistCount(Connection c, long meetupId, int delta)
      throws SQLException {
    if (delta == 0) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement("UPDATE meetup SET waitlist_count = waitlist_count + ? WHERE id = ?")) {
      update.setInt(1, delta);
      update.setLong(2, meetupId);
      update.executeUpdate();
    }
  }

  private static void move(Connection c, long meetupId, String from, String into)
      throws SQLException {
    try (PreparedStatement move =
        c.prepareStatement("UPDATE rsvp SET person = ? WHERE meetup_id = ? AND person = ?")) {
      move.setString(1, into);
      move.setLong(2, meetupId);
      move.setString(3, from);
      move.executeUpdate();
    }
  }

  private static void delete(Connection c, long meetupId, String person) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM rsvp WHERE meetup_id = ? AND person = ?")) {
      delete.setLong(1, meetupId);
      delete.setString(2, person);
      delete.executeUpdate();
    }
  }

  private static int capacity(Connection c, long meetupId) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT capacity FROM meetup WHERE id = ?")) {
      query.setLong(1, meetupId);
      try (ResultSet r = query.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("no meetup " + meetupId);
        }
        return r.getInt(1);
      }
    }
  }

  private static int count(Connection c, long meetupId, String state) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT COUNT(*) FROM rsvp WHERE meetup_id = ? AND state = ?")) {
      query.setLong(1, meetupId);
      query.setString(2, state);
      try (ResultSet r = query.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
