package dev.jabu.core.outbox;

/** What an outbox row asks the platform to do. */
public enum Operation {
  /** A new message in the destination channel. */
  POST,
  /** A message in the thread of a parent message at the same destination. */
  REPLY,
  /** A new content for an earlier message at the same destination. */
  EDIT,
  /** Removes an earlier message at the same destination. */
  DELETE
}
