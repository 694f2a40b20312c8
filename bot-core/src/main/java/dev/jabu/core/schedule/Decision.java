package dev.jabu.core.schedule;

import java.time.Instant;

/**
 * What the scheduler did with one item that came due.
 *
 * @param task the kind of item (e.g. {@code meetup-reminder})
 * @param item which one (e.g. {@code 12:1d})
 * @param detail why, in words an operator reads in the log and in {@code /schedule log}
 */
public record Decision(
    String task, String item, Instant dueAt, Instant decidedAt, Outcome outcome, String detail) {

  public enum Outcome {
    /** Sent at its time. */
    SENT,
    /** Sent after its time (the bot was down or busy), inside the grace window. */
    LATE,
    /** Not sent: no longer useful or past the grace window. */
    SKIPPED
  }
}
