package dev.jabu.discord;

import dev.jabu.core.engine.Engine;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Reply;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the engine off JDA's event thread, on a fixed number of threads with a bounded queue. When
 * the queue is full the invocation is refused at once, so a flood is answered "busy" instead of
 * piling up memory and answering everyone too late.
 */
final class EngineWorkers implements AutoCloseable {
  private final Engine engine;
  private final ThreadPoolExecutor executor;

  EngineWorkers(Engine engine, int threads, int queue) {
    this.engine = engine;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "jabu-discord-engine-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** The engine's reply to come, or empty when every worker and queue slot is taken. */
  Optional<CompletableFuture<Reply>> submit(Invocation invocation) {
    return submit(() -> invocation);
  }

  /**
   * Prepares the invocation on a worker (reading a file the member attached takes a download), then
   * runs the engine; a preparation that cannot finish answers with its own reply.
   */
  Optional<CompletableFuture<Reply>> submit(Preparation preparation) {
    try {
      return Optional.of(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return engine.handle(preparation.prepare());
                } catch (Refused refused) {
                  return refused.reply;
                }
              },
              executor));
    } catch (RejectedExecutionException e) {
      return Optional.empty();
    }
  }

  /** What to run, once what it needs is at hand. */
  @FunctionalInterface
  interface Preparation {
    Invocation prepare() throws Refused;
  }

  /** A preparation that ends in an answer instead of a command, e.g. a file that is too large. */
  static final class Refused extends Exception {
    final transient Reply reply;

    Refused(Reply reply) {
      super(null, null, false, false);
      this.reply = reply;
    }
  }

  /** Runs other work (autocomplete) on the same bounded workers; false when they are full. */
  boolean run(Runnable task) {
    try {
      executor.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
