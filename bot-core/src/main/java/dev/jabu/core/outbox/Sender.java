package dev.jabu.core.outbox;

import dev.jabu.core.platform.Platform;

/**
 * Sends outbox rows to one platform; each adapter provides one. A sender is called from several
 * threads at once, for different destinations, and must give up on a call well within the
 * dispatcher's lease ({@link DeliverySettings#lease()}), e.g. after 30 seconds.
 */
public interface Sender {
  Platform platform();

  /**
   * Performs the row's operation on the platform, passing {@link OutboundMessage#nonce()} along
   * where the platform keeps it (Discord's message nonce, Slack's message metadata).
   *
   * @throws SendFailure when the platform answered that it did not act (rate limited, failing,
   *     refused for good)
   * @throws Exception when the outcome is unknown (a timeout, a lost connection): the row is
   *     checked with {@link #check} before it is sent again
   */
  SendResult send(OutboundMessage message) throws Exception;

  /**
   * Looks on the platform for this message, sent by an earlier attempt whose outcome was lost (the
   * process died, or the send failed in a way that may have reached the platform). Called before
   * such a message is sent again; it must not send anything itself. Look for the nonce from {@link
   * OutboundMessage#enqueuedAt()} on. An edit or delete may answer ABSENT, since doing it again is
   * harmless; a platform that keeps no history it can read answers ABSENT and accepts that a crash
   * may repeat a post.
   *
   * @throws SendFailure when the platform refused to answer (a 429 with Retry-After is honoured);
   *     any exception counts as {@link Lookup.Outcome#UNSURE}
   */
  Lookup check(OutboundMessage message) throws Exception;
}
