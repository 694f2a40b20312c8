package dev.jabu.core.outbox;

/** Where an outbox row is in its life. */
public enum OutboxStatus {
  /** Waiting to be sent (again, after a failed attempt). */
  PENDING,
  /** Claimed by a dispatcher; the send is under way or its outcome unknown after a crash. */
  SENDING,
  /** Delivered; the platform message id is known. */
  SENT,
  /** Given up on; kept for operators to look at. */
  FAILED
}
