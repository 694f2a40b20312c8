package dev.jabu.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When a running jabu should stop: SIGTERM or SIGINT, or the end of the console's input. The JVM
 * halts once its shutdown hooks return, so the hook waits for {@link #close} — the orderly stop:
 * posts under way finished, the instance's heartbeat row removed — at most {@code patience}.
 */
final class StopSignal implements AutoCloseable {
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;

  StopSignal(Duration patience) {
    hook =
        new Thread(
            () -> {
              stopping.countDown();
              try {
                stopped.await(patience.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "jabu-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Asks for the stop, as the end of the console's input does. */
  void request() {
    stopping.countDown();
  }

  /** Blocks until a stop is asked for. */
  void await() throws InterruptedException {
    stopping.await();
  }

  /** The orderly stop is done: a signal's hook may let the JVM halt. */
  @Override
  public void close() {
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running and returns now
    }
  }
}
