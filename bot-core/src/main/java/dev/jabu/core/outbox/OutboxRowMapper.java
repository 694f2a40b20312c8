package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Reads {@code outbox} result rows; epoch-millisecond columns become instants. */
final class OutboxRowMapper {
  private OutboxRowMapper() {}

  static ChannelRef destination(ResultSet rows) throws SQLException {
    return new ChannelRef(
        Platform.fromId(rows.getString("platform")),
        rows.getString("channel_id"),
        rows.getString("channel_name"));
  }

  static OutboxRow row(ResultSet rows) throws SQLException {
    return new OutboxRow(
        rows.getLong("id"),
        rows.getString("message_key"),
        destination(rows),
        Operation.valueOf(rows.getString("operation")),
        Optional.ofNullable(rows.getString("related_key")),
        RichMessageJson.read(rows.getString("payload")),
        OutboxStatus.valueOf(rows.getString("status")),
        Optional.ofNullable(rows.getString("platform_message_id")),
        rows.getInt("attempts"),
        Optional.ofNullable(rows.getString("last_error")),
        instant(rows, "created_at").orElseThrow(),
        instant(rows, "updated_at").orElseThrow(),
        instant(rows, "sent_at"),
        rows.getBoolean("outcome_unknown"),
        Optional.ofNullable(rows.getString("claimed_by")),
        instant(rows, "claimed_at"));
  }

  static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
    long millis = rows.getLong(column);
    return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }
}
