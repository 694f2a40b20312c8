package dev.jabu.core.recap;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RecapStore} on the {@code recap} and {@code recap_message} tables; the same SQL runs on
 * SQLite and PostgreSQL.
 */
public final class JdbcRecapStore implements RecapStore {
  private static final String COLUMNS =
      "id, meetup_id, title, source_kind, source_location, revision, state, created_by,"
          + " created_at, updated_at";

  private final Database database;

  public JdbcRecapStore(Database database) {
    this.database = database;
  }

  @Override
  public Recap create(
      Optional<Long> meetupId,
      String title,
      RecapSource.Origin origin,
      String createdBy,
      Instant now) {
    long id =
        database.inTransaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO recap (meetup_id, title, source_kind, source_location,"
                          + " revision, state, created_by, created_at, updated_at)"
                          + " VALUES (?, ?, ?, ?, 1, 'PUBLISHING', ?, ?, ?)",
                      new String[] {"id"})) {
                setMeetup(insert, 1, meetupId);
                insert.setString(2, title);
                insert.setString(3, origin.kind().name());
                insert.setString(4, origin.location());
                insert.setString(5, createdBy);
                insert.setLong(6, now.toEpochMilli());
                insert.setLong(7, now.toEpochMilli());
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
  public Optional<Recap> find(long id) {
    return first("WHERE id = ?", id);
  }

  @Override
  public Optional<Recap> unfinished(RecapSource.Origin origin) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM recap WHERE source_kind = ? AND source_location = ?"
                      + " AND state = 'PUBLISHING' ORDER BY id DESC LIMIT 1")) {
            query.setString(1, origin.kind().name());
            query.setString(2, origin.location());
            return read(c, query).stream().findFirst();
          }
        });
  }

  @Override
  public void published(
      long id,
      int revision,
      Optional<Long> meetupId,
      String title,
      RecapSource.Origin origin,
      Map<ChannelRef, List<String>> messages,
      Instant now) {
    database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE recap SET meetup_id = ?, title = ?, source_kind = ?,"
                      + " source_location = ?, revision = ?, state = 'PUBLISHED', updated_at = ?"
                      + " WHERE id = ?")) {
            setMeetup(update, 1, meetupId);
            update.setString(2, title);
            update.setString(3, origin.kind().name());
            update.setString(4, origin.location());
            update.setInt(5, revision);
            update.setLong(6, now.toEpochMilli());
            update.setLong(7, id);
            update.executeUpdate();
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM recap_message WHERE recap_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO recap_message (recap_id, platform, channel_id, channel_name,"
                      + " position, message_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<ChannelRef, List<String>> entry : messages.entrySet()) {
              ChannelRef channel = entry.getKey();
              List<String> keys = entry.getValue();
              for (int position = 0; position < keys.size(); position++) {
                insert.setLong(1, id);
                insert.setString(2, channel.platform().id());
                insert.setString(3, channel.id());
                insert.setString(4, channel.name());
                insert.setInt(5, position);
                insert.setString(6, keys.get(position));
                insert.addBatch();
              }
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void deleted(long id, Instant now) {
    database.withConnection(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE recap SET state = 'DELETED', updated_at = ? WHERE id = ?")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, id);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public List<Recap> recent(int limit) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT " + COLUMNS + " FROM recap ORDER BY id DESC LIMIT ?")) {
            query.setInt(1, limit);
            return read(c, query);
          }
        });
  }

  @Override
  public Optional<Recap> latestPublished(long meetupId) {
    return first("WHERE meetup_id = ? AND state = 'PUBLISHED' ORDER BY id DESC LIMIT 1", meetupId);
  }

  private Optional<Recap> first(String where, long value) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT " + COLUMNS + " FROM recap " + where)) {
            query.setLong(1, value);
            return read(c, query).stream().findFirst();
          }
        });
  }

  private static void setMeetup(PreparedStatement statement, int index, Optional<Long> meetupId)
      throws SQLException {
    if (meetupId.isPresent()) {
      statement.setLong(index, meetupId.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  private static List<Recap> read(Connection c, PreparedStatement query) throws SQLException {
    List<Recap> recaps = new ArrayList<>();
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        long meetup = r.getLong("meetup_id");
        Optional<Long> meetupId = r.wasNull() ? Optional.empty() : Optional.of(meetup);
        long id = r.getLong("id");
        recaps.add(
            new Recap(
                id,
                meetupId,
                r.getString("title"),
                new RecapSource.Origin(
                    RecapSource.Kind.valueOf(r.getString("source_kind")),
                    r.getString("source_location")),
                r.getInt("revision"),
                Recap.State.valueOf(r.getString("state")),
                Map.of(),
                r.getString("created_by"),
                Instant.ofEpochMilli(r.getLong("created_at")),
                Instant.ofEpochMilli(r.getLong("updated_at"))));
      }
    }
    List<Recap> withMessages = new ArrayList<>();
    for (Recap recap : recaps) {
      withMessages.add(withMessages(c, recap));
    }
    return withMessages;
  }

  private static Recap withMessages(Connection c, Recap recap) throws SQLException {
    Map<ChannelRef, List<String>> messages = new LinkedHashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT platform, channel_id, channel_name, message_key FROM recap_message"
                + " WHERE recap_id = ? ORDER BY platform, channel_id, position")) {
      query.setLong(1, recap.id());
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          ChannelRef channel =
              new ChannelRef(
                  Platform.fromId(r.getString("platform")),
                  r.getString("channel_id"),
                  r.getString("channel_name"));
          messages.computeIfAbsent(channel, k -> new ArrayList<>()).add(r.getString("message_key"));
        }
      }
    }
    return new Recap(
        recap.id(),
        recap.meetupId(),
        recap.title(),
        recap.origin(),
        recap.revision(),
        recap.state(),
        messages,
        recap.createdBy(),
        recap.createdAt(),
        recap.updatedAt());
  }
}
