package dev.jabu.core.meetup;

import dev.jabu.core.Clocks;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.SqlWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RsvpLedger} on the {@code rsvp} table, locking the {@code meetup} row per change. */
public final class JdbcRsvpLedger implements RsvpLedger {
  private final Database database;
  private final Clock clock;
  private final WaitlistOffers offers;

  /** A ledger that promotes at any time, as before offers existed. */
  public JdbcRsvpLedger(Database database) {
    this(database, Clocks.system(), WaitlistOffers.off());
  }

  /** {@code offers} is the community's policy; a meetup may set its own window. */
  public JdbcRsvpLedger(Database database, Clock clock, WaitlistOffers offers) {
    this.database = database;
    this.clock = clock;
    this.offers = offers;
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
          // Seats are at most the capacity, so counting them stays cheap as the waitlist grows. A
          // seat held for an offer is taken, and a free seat goes to nobody new while someone
          // waiting may still be given or offered it (after the start, free seats wait for them
          // at the door).
          int free =
              SeatRows.seating(c, meetupId, offers).capacity()
                  - count(c, meetupId, "SEAT")
                  - SeatRows.openOfferCount(c, meetupId);
          boolean seat = free > 0 && SeatRows.neverOffered(c, meetupId, 1).isEmpty();
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
          SeatRows.event(c, meetupId, person, userKey, "RSVP", now);
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
          Instant now = clock.instant();
          delete(c, meetupId, person);
          if (!existing.seat()) {
            addToWaitlistCount(c, meetupId, -1);
          }
          boolean withdrawn = withdraw(c, meetupId, person, now);
          SeatRows.event(
              c,
              meetupId,
              person,
              existing.userKey(),
              existing.seat() ? "RELEASED" : "LEFT_WAITLIST",
              now);
          List<Promotion> promoted =
              existing.seat() || withdrawn ? fillSeats(c, meetupId) : List.of();
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
          int taken = count(c, meetupId, "SEAT") + SeatRows.openOfferCount(c, meetupId);
          try (PreparedStatement update =
              c.prepareStatement("UPDATE meetup SET capacity = ? WHERE id = ?")) {
            int overbook = SeatRows.overbookPercent(c, meetupId);
            update.setInt(1, SeatRows.withOverbook(capacity, overbook) >= taken ? capacity : taken);
            update.setLong(2, meetupId);
            update.executeUpdate();
          }
          return fillSeats(c, meetupId);
        });
  }

  /**
   * Gives free seats to the head of the waitlist, in order, or near the start offers them (each
   * waiting person at most once per meetup); after the start they stay free for walk-ins.
   */
  private List<Promotion> fillSeats(Connection c, long meetupId) throws SQLException {
    Instant now = clock.instant();
    SeatRows.Seating seating = SeatRows.seating(c, meetupId, offers);
    int free =
        seating.capacity() - count(c, meetupId, "SEAT") - SeatRows.openOfferCount(c, meetupId);
    WaitlistOffers.Mode mode = seating.offers().modeAt(seating.start(), now);
    if (free <= 0 || mode == WaitlistOffers.Mode.HOLD) {
      return new ArrayList<>();
    }
    if (mode == WaitlistOffers.Mode.OFFER) {
      Instant expires = seating.offers().expiry(seating.start(), now);
      List<Promotion> offered = new ArrayList<>();
      for (Promotion p : SeatRows.neverOffered(c, meetupId, free)) {
        SeatRows.insertOffer(c, p, now, expires);
        SeatRows.event(c, meetupId, p.person(), p.userKey(), "OFFERED", now);
        offered.add(new Promotion(meetupId, p.person(), p.userKey(), Optional.of(expires)));
      }
      return offered;
    }
    List<Promotion> seated = SeatRows.seatHead(c, meetupId, free, "PROMOTED", now);
    addToWaitlistCount(c, meetupId, -seated.size());
    return seated;
  }

  /** Withdraws the person's open offer, if any; true when there was one. */
  private static boolean withdraw(Connection c, long meetupId, String person, Instant now)
      throws SQLException {
    Optional<Offer> open = SeatRows.openOffer(c, meetupId, person);
    if (open.isEmpty()) {
      return false;
    }
    SeatRows.close(c, open.get().id(), "WITHDRAWN", now);
    SeatRows.event(c, meetupId, person, open.get().userKey(), "OFFER_WITHDRAWN", now);
    return true;
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
              SeatRows.rename(c, meetupId, from, into);
              return null;
            }
            // Both hold a place: keep the one taken first, release the other. The released one's
            // offer goes too: linked accounts are one person and get one offer.
            boolean keepMoving = seqOf(c, meetupId, from) < seqOf(c, meetupId, into);
            Holder dropped = keepMoving ? staying : moving;
            boolean withdrawn = withdraw(c, meetupId, keepMoving ? into : from, clock.instant());
            delete(c, meetupId, keepMoving ? into : from);
            if (keepMoving) {
              move(c, meetupId, from, into);
            }
            SeatRows.rename(c, meetupId, from, into);
            // the released place is history like any other, so the figures still add up
            SeatRows.event(
                c,
                meetupId,
                into,
                dropped.userKey(),
                dropped.seat() ? "RELEASED" : "LEFT_WAITLIST",
                clock.instant());
            released.add(meetupId);
            if (withdrawn && !dropped.seat()) {
              addToWaitlistCount(c, meetupId, -1);
              promoted.addAll(fillSeats(c, meetupId));
            } else if (dropped.seat()) {
              promoted.addAll(fillSeats(c, meetupId));
            } else {
              addToWaitlistCount(c, meetupId, -1);
            }
            return null;
          });
    }
    // history of meetups where nothing is held any more (or that are over) follows the person too
    database.inTransaction(
        c -> {
          SeatRows.rename(c, null, from, into);
          return null;
        });
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
            split.executeUpdate();
          }
          SeatRows.split(c, person, leaving, leavingPerson, remainingPerson);
          return null;
        });
  }

  private static List<Holder> holders(Connection c, long meetupId) throws SQLException {
    List<Holder> result = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT person, user_key, state, attended, created_at, confirmed_at FROM rsvp"
                + " WHERE meetup_id = ?"
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
                  Instant.ofEpochMilli(r.getLong("created_at")),
                  r.getObject("confirmed_at") != null));
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
    boolean confirmed;
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT user_key, state, queue_seq, attended, created_at, confirmed_at FROM rsvp"
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
        confirmed = r.getObject(6) != null;
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
    return new Holder(person, userKey, seat, position, attended, since, confirmed);
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

  @Override
  public OfferAnswer claim(long meetupId, String person) {
    return answerOffer(meetupId, person, true);
  }

  @Override
  public OfferAnswer pass(long meetupId, String person) {
    return answerOffer(meetupId, person, false);
  }

  /**
   * Takes or passes the person's open offer. An offer whose time is up counts as expired even when
   * its scheduled expiry has not run yet: the clock, not the scheduler, decides.
   */
  private OfferAnswer answerOffer(long meetupId, String person, boolean take) {
    return whileLive(
        meetupId,
        new OfferAnswer(OfferOutcome.NOT_TAKING, List.of()),
        c -> {
          Instant now = clock.instant();
          Optional<Offer> open = SeatRows.openOffer(c, meetupId, person);
          if (open.isEmpty()) {
            Holder holder = holderOf(c, meetupId, person);
            return new OfferAnswer(
                holder != null && holder.seat() ? OfferOutcome.ALREADY_SEAT : OfferOutcome.NO_OFFER,
                List.of());
          }
          Offer offer = open.get();
          if (!offer.expiresAt().isAfter(now)) {
            return new OfferAnswer(OfferOutcome.EXPIRED, expire(c, meetupId, now));
          }
          if (take) {
            SeatRows.close(c, offer.id(), "TAKEN", now);
            try (PreparedStatement seat =
                c.prepareStatement(
                    "UPDATE rsvp SET state = 'SEAT', confirmed_at = ?"
                        + " WHERE meetup_id = ? AND person = ?")) {
              // taking a seat this close to the start is saying one is coming
              seat.setLong(1, now.toEpochMilli());
              seat.setLong(2, meetupId);
              seat.setString(3, person);
              seat.executeUpdate();
            }
            addToWaitlistCount(c, meetupId, -1);
            SeatRows.event(c, meetupId, person, offer.userKey(), "OFFER_TAKEN", now);
            return new OfferAnswer(OfferOutcome.TAKEN, List.of());
          }
          SeatRows.close(c, offer.id(), "PASSED", now);
          SeatRows.event(c, meetupId, person, offer.userKey(), "OFFER_PASSED", now);
          giveUpPlace(c, meetupId, person);
          return new OfferAnswer(OfferOutcome.PASSED, fillSeats(c, meetupId));
        });
  }

  /** After a pass or an expiry, the person leaves the waitlist unless places are kept. */
  private void giveUpPlace(Connection c, long meetupId, String person) throws SQLException {
    if (!offers.keepPlace()) {
      delete(c, meetupId, person);
      addToWaitlistCount(c, meetupId, -1);
    }
  }

  /** Ends the lapsed offers of the meetup and offers their seats on. */
  private List<Promotion> expire(Connection c, long meetupId, Instant now) throws SQLException {
    int expired = 0;
    for (Offer offer : SeatRows.offers(c, "meetup_id = ?", meetupId)) {
      if (!offer.expiresAt().isAfter(now) && SeatRows.close(c, offer.id(), "EXPIRED", now)) {
        SeatRows.event(c, meetupId, offer.person(), offer.userKey(), "OFFER_EXPIRED", now);
        giveUpPlace(c, meetupId, offer.person());
        expired++;
      }
    }
    return expired == 0 ? new ArrayList<>() : fillSeats(c, meetupId);
  }

  @Override
  public List<Promotion> expireDue(long meetupId) {
    List<Promotion> promoted = whileLive(meetupId, null, c -> expire(c, meetupId, clock.instant()));
    if (promoted != null) {
      return promoted;
    }
    // cancelled or finished: nobody can take a seat any more
    database.inTransaction(
        c -> {
          for (Offer offer : SeatRows.offers(c, "meetup_id = ?", meetupId)) {
            SeatRows.close(c, offer.id(), "WITHDRAWN", clock.instant());
          }
          return null;
        });
    return List.of();
  }

  @Override
  public List<Offer> openOffers(long meetupId) {
    return database.withConnection(c -> SeatRows.offers(c, "meetup_id = ?", meetupId));
  }

  @Override
  public List<Offer> dueOffers() {
    return database.withConnection(
        c -> SeatRows.offers(c, "expires_at <= ?", clock.instant().toEpochMilli()));
  }

  @Override
  public ConfirmOutcome confirm(long meetupId, String person) {
    return whileLive(
        meetupId,
        ConfirmOutcome.NO_SEAT,
        c -> {
          Holder holder = holderOf(c, meetupId, person);
          if (holder == null || !holder.seat()) {
            return ConfirmOutcome.NO_SEAT;
          }
          if (holder.confirmed()) {
            return ConfirmOutcome.ALREADY;
          }
          Instant now = clock.instant();
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE rsvp SET confirmed_at = ? WHERE meetup_id = ? AND person = ?")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, meetupId);
            update.setString(3, person);
            update.executeUpdate();
          }
          SeatRows.event(c, meetupId, person, holder.userKey(), "CONFIRMED", now);
          return ConfirmOutcome.CONFIRMED;
        });
  }

  @Override
  public CheckInOutcome checkIn(long meetupId, String person) {
    return whileLive(
        meetupId,
        CheckInOutcome.NOT_TAKING,
        c -> {
          Instant now = clock.instant();
          Holder holder = holderOf(c, meetupId, person);
          if (holder == null) {
            return CheckInOutcome.NOT_ON_LIST;
          }
          if (holder.seat() && holder.attended()) {
            return CheckInOutcome.ALREADY;
          }
          String kind = "CHECKED_IN";
          if (!holder.seat()) {
            Optional<Offer> offer =
                SeatRows.openOffer(c, meetupId, person).filter(o -> o.expiresAt().isAfter(now));
            if (offer.isPresent()) {
              // at the door with a seat on offer: that is taking it
              SeatRows.close(c, offer.get().id(), "TAKEN", now);
              SeatRows.event(c, meetupId, person, holder.userKey(), "OFFER_TAKEN", now);
            } else {
              int free =
                  SeatRows.seating(c, meetupId, offers).capacity()
                      - count(c, meetupId, "SEAT")
                      - SeatRows.openOfferCount(c, meetupId);
              if (free <= 0) {
                return CheckInOutcome.FULL;
              }
              kind = "WALKED_IN";
            }
            addToWaitlistCount(c, meetupId, -1);
          }
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE rsvp SET state = 'SEAT', attended = 1 WHERE meetup_id = ? AND person = ?")) {
            update.setLong(1, meetupId);
            update.setString(2, person);
            update.executeUpdate();
          }
          SeatRows.event(c, meetupId, person, holder.userKey(), kind, now);
          return kind.equals("WALKED_IN") ? CheckInOutcome.WALKED_IN : CheckInOutcome.CHECKED_IN;
        });
  }

  @Override
  public SeatFigures figures(long meetupId) {
    return database.withConnection(
        c -> {
          Map<String, Integer> kinds = new java.util.HashMap<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT kind, COUNT(*), COUNT(DISTINCT person) FROM attendance_event"
                      + " WHERE meetup_id = ? GROUP BY kind")) {
            query.setLong(1, meetupId);
            try (ResultSet r = query.executeQuery()) {
              while (r.next()) {
                // people who answered count once however often they came back
                kinds.put(r.getString(1), r.getInt(r.getString(1).equals("RSVP") ? 3 : 2));
              }
            }
          }
          int confirmed;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM rsvp WHERE meetup_id = ? AND state = 'SEAT'"
                      + " AND confirmed_at IS NOT NULL")) {
            query.setLong(1, meetupId);
            try (ResultSet r = query.executeQuery()) {
              r.next();
              confirmed = r.getInt(1);
            }
          }
          Counts counts = counts(meetupId);
          return new SeatFigures(
              capacity(c, meetupId),
              kinds.getOrDefault("RSVP", 0),
              counts.seats(),
              confirmed,
              kinds.getOrDefault("RELEASED", 0),
              kinds.getOrDefault("PROMOTED", 0),
              kinds.getOrDefault("OFFERED", 0),
              kinds.getOrDefault("OFFER_TAKEN", 0),
              kinds.getOrDefault("OFFER_PASSED", 0),
              kinds.getOrDefault("OFFER_EXPIRED", 0),
              kinds.getOrDefault("WALKED_IN", 0),
              counts.attended());
        });
  }

  @Override
  public List<AttendanceRecord> history(String person, int limit) {
    return database.withConnection(
        c -> {
          Map<Long, List<String>> events = new LinkedHashMap<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT meetup_id, kind FROM attendance_event WHERE person = ?"
                      + " ORDER BY meetup_id DESC, id")) {
            query.setString(1, person);
            try (ResultSet r = query.executeQuery()) {
              while (r.next()) {
                long meetup = r.getLong(1);
                if (events.containsKey(meetup) || events.size() < limit) {
                  events.computeIfAbsent(meetup, k -> new ArrayList<>()).add(r.getString(2));
                }
              }
            }
          }
          List<AttendanceRecord> records = new ArrayList<>();
          for (Map.Entry<Long, List<String>> e : events.entrySet()) {
            Holder holder = holderOf(c, e.getKey(), person);
            records.add(
                new AttendanceRecord(
                    e.getKey(),
                    holder == null ? "NONE" : holder.seat() ? "SEAT" : "WAITLIST",
                    holder != null && holder.attended(),
                    holder != null && holder.confirmed(),
                    e.getValue()));
          }
          return records;
        });
  }

  @Override
  public SeatPolicy seatPolicy(long meetupId) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT offer_window_ms, offers_from_ms, overbook_percent"
                      + " FROM meetup_seat_policy WHERE meetup_id = ?")) {
            query.setLong(1, meetupId);
            try (ResultSet r = query.executeQuery()) {
              if (!r.next()) {
                return new SeatPolicy(Optional.empty(), Optional.empty(), 0);
              }
              long window = r.getLong(1);
              boolean noWindow = r.wasNull();
              long from = r.getLong(2);
              boolean noFrom = r.wasNull();
              return new SeatPolicy(
                  noWindow ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(window)),
                  noFrom ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(from)),
                  r.getInt(3));
            }
          }
        });
  }

  @Override
  public List<Promotion> setSeatPolicy(long meetupId, SeatPolicy policy) {
    return whileLive(
        meetupId,
        List.<Promotion>of(),
        c -> {
          ensurePolicyRow(c, meetupId);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE meetup_seat_policy SET offer_window_ms = ?, offers_from_ms = ?,"
                      + " overbook_percent = ? WHERE meetup_id = ?")) {
            update.setObject(1, policy.offerWindow().map(d -> d.toMillis()).orElse(null));
            update.setObject(2, policy.offersFrom().map(d -> d.toMillis()).orElse(null));
            update.setInt(3, policy.overbookPercent());
            update.setLong(4, meetupId);
            update.executeUpdate();
          }
          return fillSeats(c, meetupId);
        });
  }

  @Override
  public String checkinCode(long meetupId, java.util.function.Supplier<String> fresh) {
    return database.inTransaction(
        c -> {
          ensurePolicyRow(c, meetupId);
          // only the first caller's code is stored, so two organizers asking at once see one code
          try (PreparedStatement set =
              c.prepareStatement(
                  "UPDATE meetup_seat_policy SET checkin_code = ?"
                      + " WHERE meetup_id = ? AND checkin_code IS NULL")) {
            set.setString(1, fresh.get());
            set.setLong(2, meetupId);
            set.executeUpdate();
          }
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT checkin_code FROM meetup_seat_policy WHERE meetup_id = ?")) {
            query.setLong(1, meetupId);
            try (ResultSet r = query.executeQuery()) {
              r.next();
              return r.getString(1);
            }
          }
        });
  }

  private static void ensurePolicyRow(Connection c, long meetupId) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO meetup_seat_policy (meetup_id, overbook_percent) VALUES (?, 0)"
                + " ON CONFLICT (meetup_id) DO NOTHING")) {
      insert.setLong(1, meetupId);
      insert.executeUpdate();
    }
  }

  @Override
  public WaitlistOffers communityOffers() {
    return offers;
  }
}
