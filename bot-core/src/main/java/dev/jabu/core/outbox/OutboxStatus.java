package dev.jabu.core.outbox;

/** Where an outbox row is in its life. */
public enum OutboxStatus {
  /** Waiting to be sent (again, after a failed attempt). */
  PENDING,
  /**
   * Claimed by a dispatcher; the send is under way, or, once the claim is older than the lease, its
   * outcome is unknown and the next dispatcher checks the platform before sending.
   */
  SENDING,
  /** Delivered; the platform message id is known. */
  SENT,
  /** Given up on; kept for operators to look at. */
  FAILED
}
