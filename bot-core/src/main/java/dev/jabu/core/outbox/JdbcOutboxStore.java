package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link OutboxStore} on the {@code outbox} table; the same SQL runs on SQLite and PostgreSQL. */
public final class JdbcOutboxStore implements OutboxStore {
  private static final String COLUMNS =
      "id, message_key, platform, channel_id, channel_name, operation, related_key, payload,"
          + " status, platform_message_id, attempts, last_error, created_at, updated_at, sent_at";

  private final Database database;

  public JdbcOutboxStore(Database database) {
    this.database = database;
  }

  @Override
  public boolean enqueue(OutboxEntry entry, Instant now) {
    ChannelRef destination = entry.destination();
    return database.withConnection(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO outbox (message_key, destination, platform, channel_id,"
                      + " channel_name, operation, related_key, payload, status, attempts,"
                      + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)"
                      + " ON CONFLICT (message_key, destination) DO NOTHING")) {
            insert.setString(1, entry.key());
            insert.setString(2, destination.key());
            insert.setString(3, destination.platform().id());
            insert.setString(4, destination.id());
            insert.setString(5, destination.name());
            insert.setString(6, entry.operation().name());
            insert.setString(7, entry.relatedKey());
            insert.setString(8, RichMessageJson.write(entry.message()));
            insert.setLong(9, now.toEpochMilli());
            insert.setLong(10, now.toEpochMilli());
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<OutboundMessage> claimReady(
      Set<Platform> platforms, Collection<Long> skipIds, int limit, Instant now) {
    if (platforms.isEmpty() || limit < 1) {
      return List.of();
    }
    return database.inTransaction(
        connection -> {
          // Another dispatcher may win every candidate we saw; then look again, since rows it
          // claimed are no longer PENDING and the next query finds what is left.
          while (true) {
            List<OutboundMessage> candidates =
                readyCandidates(connection, platforms, skipIds, limit, now);
            if (candidates.isEmpty()) {
              return candidates;
            }
            List<OutboundMessage> claimed = new ArrayList<>();
            for (OutboundMessage candidate : candidates) {
              if (claim(connection, candidate.outboxId(), now)) {
                claimed.add(candidate);
              }
            }
            if (!claimed.isEmpty()) {
              return claimed;
            }
          }
        });
  }

  private static List<OutboundMessage> readyCandidates(
      Connection connection,
      Set<Platform> platforms,
      Collection<Long> skipIds,
      int limit,
      Instant now)
      throws SQLException {
    String sql =
        "SELECT o.id, o.message_key, o.operation, o.platform, o.channel_id, o.channel_name,"
            + " o.payload, r.platform_message_id AS related_platform_message_id"
            + " FROM outbox o LEFT JOIN outbox r"
            + " ON r.message_key = o.related_key AND r.destination = o.destination"
            + " WHERE o.status = 'PENDING'"
            + " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
            + " AND o.platform IN ("
            + placeholders(platforms.size())
            + ")"
            + (skipIds.isEmpty() ? "" : " AND o.id NOT IN (" + placeholders(skipIds.size()) + ")")
            + " AND (o.related_key IS NULL OR r.platform_message_id IS NOT NULL)"
            + " ORDER BY o.id LIMIT ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      int index = 1;
      query.setLong(index++, now.toEpochMilli());
      for (Platform platform : platforms) {
        query.setString(index++, platform.id());
      }
      for (Long id : skipIds) {
        query.setLong(index++, id);
      }
      query.setInt(index, limit);
      List<OutboundMessage> ready = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong("id");
          String key = rows.getString("message_key");
          ready.add(
              new OutboundMessage(
                  id,
                  key,
                  Operation.valueOf(rows.getString("operation")),
                  OutboxRowMapper.destination(rows),
                  Optional.ofNullable(rows.getString("related_platform_message_id")),
                  RichMessageJson.read(rows.getString("payload")),
                  OutboundMessage.nonceFor(id, key)));
        }
      }
      return ready;
    }
  }

  /** Compare-and-set from PENDING, so of two racing dispatchers exactly one wins the row. */
  private static boolean claim(Connection connection, long id, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outbox SET status = 'SENDING', updated_at = ? WHERE id = ? AND status = 'PENDING'")) {
      update.setLong(1, now.toEpochMilli());
      update.setLong(2, id);
      return update.executeUpdate() == 1;
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  @Override
  public void markSent(long id, String platformMessageId, Instant now) {
    database.withConnection(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET status = 'SENT', platform_message_id = ?, sent_at = ?,"
                      + " updated_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING'")) {
            update.setString(1, platformMessageId);
            update.setLong(2, now.toEpochMilli());
            update.setLong(3, now.toEpochMilli());
            update.setLong(4, id);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public void markAttemptFailed(long id, String error, Instant now, Optional<Instant> retryAt) {
    database.withConnection(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?,"
                      + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'SENDING'")) {
            update.setString(1, retryAt.isPresent() ? "PENDING" : "FAILED");
            update.setString(2, error);
            if (retryAt.isPresent()) {
              update.setLong(3, retryAt.get().toEpochMilli());
            } else {
              update.setNull(3, java.sql.Types.BIGINT);
            }
            update.setLong(4, now.toEpochMilli());
            update.setLong(5, id);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public List<OutboxRow> failed(int limit) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT * FROM outbox WHERE status = 'FAILED' ORDER BY updated_at DESC, id DESC"
                      + " LIMIT ?")) {
            query.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
              while (result.next()) {
                rows.add(OutboxRowMapper.row(result));
              }
            }
            return rows;
          }
        });
  }

  @Override
  public boolean retry(long id, Instant now) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = NULL,"
                      + " updated_at = ? WHERE id = ? AND status = 'FAILED'")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, id);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<OutboxRow> find(String key, ChannelRef destination) {
    List<OutboxRow> rows =
        query(
            "SELECT " + COLUMNS + " FROM outbox WHERE message_key = ? AND destination = ?",
            key,
            destination.key());
    return rows.stream().findFirst();
  }

  @Override
  public List<OutboxRow> all() {
    return query("SELECT " + COLUMNS + " FROM outbox ORDER BY id");
  }

  private List<OutboxRow> query(String sql, String... parameters) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              query.setString(i + 1, parameters[i]);
            }
            List<OutboxRow> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(OutboxRowMapper.row(rows));
              }
            }
            return found;
          }
        });
  }
}
