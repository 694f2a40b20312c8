package dev.jabu.core.instance;

import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The instances that share a database, read from their heartbeats, newest start first. */
public final class Instances {
  /** Three missed beats: long enough for a slow database, short enough to notice a dead process. */
  public static final Duration STALE_AFTER = InstanceHeartbeat.EVERY.multipliedBy(3);

  private Instances() {}

  public static List<InstanceRow> read(Database database, Instant now) {
    return database.withConnection(
        c -> {
          List<InstanceRow> rows = new ArrayList<>();
          try (PreparedStatement query =
                  c.prepareStatement(
                      "SELECT instance_id, version, started_at, platforms, beat_at"
                          + " FROM instance_heartbeat ORDER BY started_at DESC, instance_id");
              ResultSet r = query.executeQuery()) {
            while (r.next()) {
              Instant beat = Instant.ofEpochMilli(r.getLong(5));
              rows.add(
                  new InstanceRow(
                      r.getString(1),
                      r.getString(2),
                      Instant.ofEpochMilli(r.getLong(3)),
                      r.getString(4),
                      beat,
                      beat.plus(STALE_AFTER).isBefore(now)));
            }
          }
          return rows;
        });
  }
}
