package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link MeetupStore} on the {@code meetup} table. */
public final class JdbcMeetupStore implements MeetupStore {
  private static final String FIELDS =
      "title, description, starts_at, ends_at, zone, venue_name, venue_address, map_url,"
          + " online_url, agenda, organizers, registration_url, github_url, social_url,"
          + " rsvp_opens_at, rsvp_closes_at, rsvp_closed, recap_url, capacity, status";

  /**
   * What an edit may change: everything but the status, which only {@link #transition} moves, and
   * the capacity, which the RSVP ledger changes under the meetup's lock with the seats it governs.
   */
  private static final String EDITABLE =
      FIELDS.substring(0, FIELDS.lastIndexOf(", capacity, status"));

  private static final String COLUMNS =
      "id, " + FIELDS + ", sequence, created_by, created_at, updated_at";

  private final Database database;

  public JdbcMeetupStore(Database database) {
    this.database = database;
  }

  /** The ledger, the profiles and the outbox share the database, so they join the transaction. */
  @Override
  public <T> T atomically(java.util.function.Supplier<T> work) {
    return database.inTransaction(c -> work.get());
  }

  @Override
  public Meetup create(Meetup m) {
    long id =
        database.inTransaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO meetup ("
                          + FIELDS
                          + ", created_by, created_at, updated_at) VALUES"
                          + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      new String[] {"id"})) {
                int next = bindFields(insert, m, true);
                insert.setString(next++, m.createdBy());
                insert.setLong(next++, m.createdAt().toEpochMilli());
                insert.setLong(next, m.updatedAt().toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    return find(id).orElseThrow();
  }

  @Override
  public Optional<Meetup> find(long id) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT " + COLUMNS + " FROM meetup WHERE id = ?")) {
            query.setLong(1, id);
            List<Meetup> found = read(query);
            return found.stream().findFirst();
          }
        });
  }

  @Override
  public Meetup update(Meetup m, Instant now) {
    database.inTransaction(
        c -> {
          String assignments = String.join(" = ?, ", EDITABLE.split(",\\s*")) + " = ?";
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE meetup SET "
                      + assignments
                      + ", sequence = sequence + 1, updated_at = ?"
                      + " WHERE id = ? AND status <> 'CANCELLED'")) {
            int next = bindFields(update, m, false);
            update.setLong(next++, now.toEpochMilli());
            update.setLong(next, m.id());
            return update.executeUpdate();
          }
        });
    return find(m.id()).orElseThrow();
  }

  @Override
  public Optional<Meetup> transition(
      long id, java.util.Set<Meetup.Status> from, Meetup.Status to, Instant now) {
    int changed =
        database.inTransaction(
            c -> {
              String expected =
                  String.join(", ", from.stream().map(f -> "'" + f.name() + "'").toList());
              try (PreparedStatement update =
                  c.prepareStatement(
                      "UPDATE meetup SET status = ?, sequence = sequence + 1, updated_at = ?"
                          + " WHERE id = ? AND status IN ("
                          + expected
                          + ")")) {
                update.setString(1, to.name());
                update.setLong(2, now.toEpochMilli());
                update.setLong(3, id);
                return update.executeUpdate();
              }
            });
    return changed == 1 ? find(id) : Optional.empty();
  }

  @Override
  public List<Meetup> upcoming(Instant now, int limit) {
    return endingAfter("'DRAFT', 'ANNOUNCED'", now, limit);
  }

  @Override
  public List<Meetup> published(Instant since, int limit) {
    return endingAfter("'ANNOUNCED', 'CANCELLED', 'FINISHED'", since, limit);
  }

  private List<Meetup> endingAfter(String statuses, Instant after, int limit) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM meetup WHERE status IN ("
                      + statuses
                      + ") AND ends_at > ? ORDER BY starts_at, id LIMIT ?")) {
            query.setLong(1, after.toEpochMilli());
            query.setInt(2, limit);
            return read(query);
          }
        });
  }

  private static int bindFields(PreparedStatement s, Meetup m, boolean created)
      throws SQLException {
    int i = 1;
    s.setString(i++, m.title());
    s.setString(i++, m.description());
    s.setLong(i++, m.start().toEpochMilli());
    s.setLong(i++, m.end().toEpochMilli());
    s.setString(i++, m.zone().getId());
    setOptional(s, i++, m.venueName());
    setOptional(s, i++, m.venueAddress());
    setOptional(s, i++, m.mapUrl());
    setOptional(s, i++, m.onlineUrl());
    s.setString(i++, String.join("\n", m.agenda()));
    s.setString(i++, String.join("\n", m.organizers()));
    setOptional(s, i++, m.registrationUrl());
    setOptional(s, i++, m.githubUrl());
    setOptional(s, i++, m.socialUrl());
    setInstant(s, i++, m.rsvpOpens());
    setInstant(s, i++, m.rsvpCloses());
    s.setInt(i++, m.rsvpClosed() ? 1 : 0);
    setOptional(s, i++, m.recapUrl());
    if (created) {
      s.setInt(i++, m.capacity());
      s.setString(i++, m.status().name());
    }
    return i;
  }

  private static void setOptional(PreparedStatement s, int i, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setString(i, value.get());
    } else {
      s.setNull(i, Types.VARCHAR);
    }
  }

  private static void setInstant(PreparedStatement s, int i, Optional<Instant> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setLong(i, value.get().toEpochMilli());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  private static List<Meetup> read(PreparedStatement query) throws SQLException {
    List<Meetup> result = new ArrayList<>();
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        result.add(
            new Meetup(
                r.getLong("id"),
                r.getString("title"),
                r.getString("description"),
                Instant.ofEpochMilli(r.getLong("starts_at")),
                Instant.ofEpochMilli(r.getLong("ends_at")),
                ZoneId.of(r.getString("zone")),
                Optional.ofNullable(r.getString("venue_name")),
                Optional.ofNullable(r.getString("venue_address")),
                Optional.ofNullable(r.getString("map_url")),
                Optional.ofNullable(r.getString("online_url")),
                lines(r.getString("agenda")),
                lines(r.getString("organizers")),
                Optional.ofNullable(r.getString("registration_url")),
                Optional.ofNullable(r.getString("github_url")),
                Optional.ofNullable(r.getString("social_url")),
                r.getInt("capacity"),
                instant(r, "rsvp_opens_at"),
                instant(r, "rsvp_closes_at"),
                r.getInt("rsvp_closed") != 0,
                Meetup.Status.valueOf(r.getString("status")),
                r.getInt("sequence"),
                Optional.ofNullable(r.getString("recap_url")),
                r.getString("created_by"),
                Instant.ofEpochMilli(r.getLong("created_at")),
                Instant.ofEpochMilli(r.getLong("updated_at"))));
      }
    }
    return result;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }

  private static Optional<Instant> instant(ResultSet r, String column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
  }
}
