package dev.jabu.core.engine;

import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.time.Instant;

/** {@link DeliveryStore} on the {@code deliveries} table: its primary key decides. */
public final class JdbcDeliveryStore implements DeliveryStore {
  private final Database database;

  public JdbcDeliveryStore(Database database) {
    this.database = database;
  }

  @Override
  public boolean firstSeen(Platform platform, String deliveryId, Instant receivedAt) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO deliveries (platform, delivery_id, received_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (platform, delivery_id) DO NOTHING")) {
            insert.setString(1, platform.id());
            insert.setString(2, deliveryId);
            insert.setLong(3, receivedAt.toEpochMilli());
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public int forgetReceivedBefore(Instant cutoff) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM deliveries WHERE received_at < ?")) {
            delete.setLong(1, cutoff.toEpochMilli());
            return delete.executeUpdate();
          }
        });
  }
}
