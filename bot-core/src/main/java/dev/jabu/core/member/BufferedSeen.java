package dev.jabu.core.member;

import dev.jabu.core.MemoryBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Member profiles whose {@link #seen} notes wait in memory and are written a moment later, off the
 * command's path: a member's first command (and every one after a restart) no longer waits on a
 * database write or read for them. Every other method writes what is waiting first, so whoever
 * reads a profile sees every note made before. A crash loses at most the last second of notes,
 * which the member's next command makes again.
 */
public final class BufferedSeen implements MemberProfiles {
  private static final Logger log = LoggerFactory.getLogger(BufferedSeen.class);

  static final Duration WRITE_AFTER = Duration.ofSeconds(1);

  /** A note; {@code order} keeps the order of notes made in the same millisecond. */
  private record Note(Locale locale, Instant at, long order) {}

  private final AtomicLong made = new AtomicLong();

  private final MemberProfiles store;
  private final Consumer<Runnable> afterCommit;
  private final Map<String, Note> waiting = new ConcurrentHashMap<>();
  private final AtomicBoolean writeDue = new AtomicBoolean();
  private final Executor later;
  private volatile boolean failing;
  private volatile boolean closed;

  public BufferedSeen(MemberProfiles store) {
    this(store, Runnable::run);
  }

  /**
   * @param afterCommit runs its action once the transaction the calling thread has open commits
   *     (now, when none is open): a note written inside a reader's transaction that rolls back is
   *     still waiting afterwards
   */
  public BufferedSeen(MemberProfiles store, Consumer<Runnable> afterCommit) {
    this.store = store;
    this.afterCommit = afterCommit;
    // one writer thread that goes away when idle, so a quiet or abandoned core keeps no thread
    ThreadPoolExecutor writer =
        new ThreadPoolExecutor(
            1,
            1,
            5,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "jabu-member-notes");
              thread.setDaemon(true);
              return thread;
            });
    writer.allowCoreThreadTimeOut(true);
    this.later =
        CompletableFuture.delayedExecutor(WRITE_AFTER.toMillis(), TimeUnit.MILLISECONDS, writer);
  }

  @Override
  public void seen(String userKey, Locale locale, Instant at) {
    if (closed) {
      return;
    }
    if (waiting.size() >= MemoryBudget.ACTIVE_MEMBERS && !waiting.containsKey(userKey)) {
      return; // the store has been failing for long: the member's next command notes it again
    }
    waiting.merge(
        userKey,
        new Note(locale, at, made.incrementAndGet()),
        (old, now) -> now.at().isBefore(old.at()) ? old : now);
    if (writeDue.compareAndSet(false, true)) {
      later.execute(this::writeQuietly);
    }
  }

  /**
   * Writes every note waiting now, oldest first: the store makes each account's time later than its
   * siblings', so notes must reach it in the order they were made. A note leaves the waiting ones
   * only once written, so a reader never misses one that another thread is still writing; writing a
   * note twice changes nothing the second time.
   */
  public void write() {
    List<Map.Entry<String, Note>> oldestFirst =
        waiting.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparing((Map.Entry<String, Note> e) -> e.getValue().at())
                    .thenComparingLong(e -> e.getValue().order()))
            .toList();
    for (Map.Entry<String, Note> entry : oldestFirst) {
      Note note = entry.getValue();
      store.seen(entry.getKey(), note.locale(), note.at());
      // a newer note of the account stays for the next write
      afterCommit.accept(() -> waiting.remove(entry.getKey(), note));
    }
  }

  /** Forgets the notes not written yet of these accounts (a member asked to be forgotten). */
  public void drop(Collection<String> userKeys) {
    userKeys.forEach(waiting::remove);
  }

  /** Writes what is waiting and takes no more notes: the database is about to close. */
  public void close() {
    closed = true;
    writeQuietly();
  }

  private void writeQuietly() {
    writeDue.set(false);
    try {
      write();
      failing = false;
    } catch (RuntimeException e) {
      if (!failing) { // once per run of failures
        log.warn("could not note which accounts members used, retrying: {}", e.toString());
      }
      failing = true;
    }
    if (!closed && !waiting.isEmpty() && writeDue.compareAndSet(false, true)) {
      later.execute(this::writeQuietly);
    }
  }

  @Override
  public void chooseLanguage(String userKey, Optional<Locale> language, Instant at) {
    write();
    store.chooseLanguage(userKey, language, at);
  }

  @Override
  public void choosePrimary(String userKey, Instant at) {
    write();
    store.choosePrimary(userKey, at);
  }

  @Override
  public MemberProfile profile(String userKey) {
    write();
    return store.profile(userKey);
  }

  @Override
  public Map<String, MemberProfile> profiles(Collection<String> userKeys) {
    write();
    return store.profiles(userKeys);
  }
}
