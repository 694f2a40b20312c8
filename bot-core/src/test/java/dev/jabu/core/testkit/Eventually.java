package dev.jabu.core.testkit;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for work done on other threads (the scheduler's, the outbox worker's). */
public final class Eventually {
  /** Long enough for a loaded CI machine; a passing wait takes milliseconds. */
  public static final Duration PATIENCE = Duration.ofSeconds(10);

  private Eventually() {}

  /**
   * Reads {@code value} every 10 ms until {@code done} holds and returns it.
   *
   * @throws AssertionError after {@link #PATIENCE}, naming {@code what} and the last value read
   */
  public static <T> T await(Supplier<T> value, Predicate<T> done, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      T current = value.get();
      if (done.test(current)) {
        return current;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what + " did not happen in " + PATIENCE + "; last seen: " + current);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
