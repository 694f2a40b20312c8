package dev.jabu.core.glossary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What members asked, kept in memory and written in batches (every {@link #FLUSH_EVERY} and at
 * close, one transaction each), so an answer never waits on a disk write. A crash loses at most the
 * last few seconds of statistics, never glossary state.
 */
final class QueryStats implements AutoCloseable {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QueryStats.class);

  static final Duration FLUSH_EVERY = Duration.ofSeconds(5);

  /** Beyond this many waiting rows (a store down for long), new ones are counted and dropped. */
  static final int MAX_PENDING = 100_000;

  private final GlossaryStore store;
  private final Object lock = new Object();
  private List<GlossaryStore.AskedQuery> pending = new ArrayList<>();
  private long dropped;
  private ScheduledExecutorService timer;
  private boolean closed;
  private volatile boolean failing;

  QueryStats(GlossaryStore store) {
    this.store = store;
  }

  void record(Instant at, String term, Optional<String> entryId) {
    synchronized (lock) {
      if (closed || pending.size() >= MAX_PENDING) {
        dropped++;
        return;
      }
      pending.add(new GlossaryStore.AskedQuery(at, term, entryId));
      if (timer == null) {
        timer =
            Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "glossary-stats");
                  t.setDaemon(true);
                  return t;
                });
        long every = FLUSH_EVERY.toMillis();
        timer.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Writes what is waiting, in one transaction; on failure the rows wait for the next flush. */
  void flush() {
    List<GlossaryStore.AskedQuery> batch;
    synchronized (lock) {
      if (pending.isEmpty()) {
        return;
      }
      batch = pending;
      pending = new ArrayList<>();
    }
    try {
      store.recordQueries(batch);
    } catch (RuntimeException e) {
      synchronized (lock) {
        int room = Math.max(0, MAX_PENDING - pending.size());
        dropped += Math.max(0, batch.size() - room);
        pending.addAll(0, batch.subList(0, Math.min(room, batch.size())));
      }
      throw e;
    }
  }

  private void flushQuietly() {
    try {
      flush();
      failing = false;
    } catch (RuntimeException e) {
      // Once per run of failures: a store that is down stays down for many rounds.
      if (!failing) {
        log.warn(
            "glossary: could not write query statistics, retrying every {}: {}",
            FLUSH_EVERY,
            e.toString());
      }
      failing = true;
    }
  }

  /** Rows waiting to be written, for tests and the stats command. */
  int pending() {
    synchronized (lock) {
      return pending.size();
    }
  }

  @Override
  public void close() {
    ScheduledExecutorService stopping;
    synchronized (lock) {
      closed = true;
      stopping = timer;
      timer = null;
    }
    if (stopping != null) {
      stopping.shutdownNow();
    }
    flushQuietly();
    if (dropped > 0) {
      log.warn("glossary: {} query statistics rows were dropped", dropped);
    }
  }
}
