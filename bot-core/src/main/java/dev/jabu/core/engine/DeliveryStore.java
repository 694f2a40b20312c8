package dev.jabu.core.engine;

import dev.jabu.core.platform.Platform;
import java.time.Instant;

/** Platform deliveries already handled, shared by every instance on one database. */
public interface DeliveryStore {

  /**
   * Records a delivery unless it is recorded already; of several instances racing with the same
   * delivery, exactly one gets true.
   *
   * @return true when this caller is the first to see it and should handle it
   */
  boolean firstSeen(Platform platform, String deliveryId, Instant receivedAt);

  /**
   * Forgets deliveries received before {@code cutoff}.
   *
   * @return how many were forgotten
   */
  int forgetReceivedBefore(Instant cutoff);
}
