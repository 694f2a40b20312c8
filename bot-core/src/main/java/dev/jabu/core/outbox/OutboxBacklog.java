package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * What the outbox holds now, read from the database so every instance sees the same queue: rows
 * waiting (or being sent), how long the oldest has waited, and dead letters.
 */
public record OutboxBacklog(long waiting, Duration oldestWait, long deadLetters) {
  public static OutboxBacklog read(Database database, Instant now) {
    return database.withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT status, COUNT(*), MIN(created_at) FROM outbox"
                      + " WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY status")) {
            long waiting = 0;
            long dead = 0;
            long oldest = Long.MAX_VALUE;
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                if (r.getString(1).equals(OutboxStatus.FAILED.name())) {
                  dead = r.getLong(2);
                } else {
                  waiting += r.getLong(2);
                  oldest = Math.min(oldest, r.getLong(3));
                }
              }
            }
            Duration age =
                oldest == Long.MAX_VALUE
                    ? Duration.ZERO
                    : Duration.ofMillis(Math.max(0, now.toEpochMilli() - oldest));
            return new OutboxBacklog(waiting, age, dead);
          }
        });
  }
}
