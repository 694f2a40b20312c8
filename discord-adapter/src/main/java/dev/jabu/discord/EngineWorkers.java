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
    try {
      return Optional.of(CompletableFuture.supplyAsync(() -> engine.handle(invocation), executor));
    } catch (RejectedExecutionException e) {
      return Optional.empty();
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
