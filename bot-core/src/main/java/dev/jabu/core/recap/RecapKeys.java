package dev.jabu.core.recap;

/**
 * The outbox keys of a recap's messages. The outbox does each (key, channel) once, so a key is made
 * unique per message and, for edits, per revision; doing the same step again after a failure
 * repeats the same keys and completes what was missing instead of posting twice.
 */
final class RecapKeys {
  private RecapKeys() {}

  /** The parent post, for the recap's whole life. */
  static String post(long recap) {
    return "recap-" + recap + "-post";
  }

  /** A reply first posted by {@code revision} at {@code position} of the thread. */
  static String reply(long recap, int revision, int position) {
    return "recap-" + recap + "-r" + revision + "-reply-" + position;
  }

  /** New content for the message at {@code position}, by {@code revision}. */
  static String edit(long recap, int revision, int position) {
    return "recap-" + recap + "-r" + revision + "-edit-" + position;
  }

  /** A reply {@code revision} no longer needs (the recap got shorter). */
  static String drop(long recap, int revision, int position) {
    return "recap-" + recap + "-r" + revision + "-drop-" + position;
  }

  /** Removal of the message at {@code position} when the recap is deleted. */
  static String delete(long recap, int position) {
    return "recap-" + recap + "-delete-" + position;
  }
}
