package dev.jabu.core.outbox;

import dev.jabu.core.platform.Platform;

/** Sends outbox rows to one platform; each adapter provides one. */
public interface Sender {
  Platform platform();

  /**
   * Performs the row's operation on the platform.
   *
   * @throws Exception when the send failed or its outcome is unknown; the row is tried again later
   */
  SendResult send(OutboundMessage message) throws Exception;
}
