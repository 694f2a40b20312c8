package dev.jabu.core.outbox;

import dev.jabu.core.platform.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends ready outbox rows through the {@link Sender} of their destination's platform, up to {@link
 * DeliverySettings#concurrency()} destinations at once and one row at a time per destination, in
 * enqueue order. Several dispatchers may run at once, in one process or many: the store hands each
 * row to one of them. Rows for a platform without a sender stay pending until one is registered.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int MAX_ERROR_LENGTH = 1000;
  private static final AtomicInteger DISPATCHERS = new AtomicInteger();

  /**
   * How many rows a dispatcher holds claimed per sending thread: the ones being sent and the next
   * ones waiting for a thread. Each claim and each record of sends is one commit, so claiming a few
   * rows ahead makes a fast platform's queue drain at many rows per commit (issue 21).
   */
  static final int CLAIMED_PER_THREAD = 8;

  private final OutboxStore store;
  private final Map<Platform, Sender> senders = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final DeliverySettings settings;
  private final String claimer;
  private final Executor sending;
  private final SendOutcomes outcomes;
  private volatile boolean stopping;

  public OutboxDispatcher(OutboxStore store, Collection<Sender> senders, Clock clock) {
    this(store, senders, clock, DeliverySettings.defaults());
  }

  public OutboxDispatcher(
      OutboxStore store, Collection<Sender> senders, Clock clock, DeliverySettings settings) {
    this(store, senders, clock, settings, new CompositeMeterRegistry());
  }

  /** A dispatcher that counts its sends by platform and outcome in {@code meters}. */
  public OutboxDispatcher(
      OutboxStore store,
      Collection<Sender> senders,
      Clock clock,
      DeliverySettings settings,
      MeterRegistry meters) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
    for (Sender sender : senders) {
      if (this.senders.putIfAbsent(sender.platform(), sender) != null) {
        throw new IllegalArgumentException("two senders for " + sender.platform().id());
      }
    }
    this.outcomes = new SendOutcomes(meters, this.senders.keySet());
    int number = DISPATCHERS.incrementAndGet();
    this.claimer = instanceName() + "#" + number;
    this.sending = settings.concurrency() == 1 ? Runnable::run : threads(settings, number);
  }

  /** With one destination at a time, sends run on the caller's thread, in claim order. */
  private static Executor threads(DeliverySettings settings, int number) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            settings.concurrency(),
            settings.concurrency(),
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread =
                  new Thread(task, "jabu-outbox-" + number + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    // Idle threads end, so a dispatcher needs no closing.
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** This host and process, as claims record it; read from the environment, never from DNS. */
  private static String instanceName() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      host = System.getenv("COMPUTERNAME");
    }
    return (host == null || host.isBlank() ? "local" : host) + ":" + ProcessHandle.current().pid();
  }

  public DeliverySettings settings() {
    return settings;
  }

  /**
   * Claims nothing more from now on: a round under way finishes the sends it has started and
   * returns. Rows still queued stay queued for the next start (or another instance).
   */
  public void stopClaiming() {
    stopping = true;
  }

  /** The name this dispatcher's claims carry: host, process and a number within the process. */
  public String claimer() {
    return claimer;
  }

  /**
   * Sends everything that is ready, including replies, edits and later posts that become ready as
   * earlier rows are sent in this same call. A destination whose row fails is left alone for the
   * rest of the call. Returns when nothing more is ready and nothing is in flight.
   *
   * <p>The rows sent since the last claim are recorded together, in one transaction, before the
   * next claim: the platform's answer is the truth and the bookkeeping only follows it, so a crash
   * before that commit leaves the rows claimed, and they are checked on the platform after their
   * lease, as any send whose bookkeeping was lost.
   *
   * @return how many rows were sent (or found already sent)
   */
  public int dispatchReady() {
    Round round = new Round();
    Set<String> skipped = new HashSet<>();
    // finished since the last claim: recorded together, just before the next one
    List<Attempt> finished = new ArrayList<>();
    int capacity = settings.concurrency() * CLAIMED_PER_THREAD;
    int running = 0;
    int sent = 0;
    boolean mayBeMore = true;
    while (true) {
      int free = capacity - running;
      // a claim costs a commit whatever its size: wait until it can take half the capacity
      if (mayBeMore && !stopping && (running == 0 || free >= capacity / 2)) {
        sent += record(finished, skipped);
        finished.clear();
        List<OutboundMessage> batch =
            store.claimReady(
                claimer, senders.keySet(), skipped, free, clock.instant(), settings.lease());
        batch.forEach(message -> sending.execute(() -> round.finished(attempt(message))));
        running += batch.size();
        mayBeMore = batch.size() == free;
      }
      if (running == 0) {
        return sent + record(finished, skipped);
      }
      Optional<List<Attempt>> done = round.next();
      if (done.isEmpty()) {
        // interrupted: what finished is recorded; what is still in flight records itself
        finished.addAll(round.abandon());
        return sent + record(finished, skipped);
      }
      running -= done.get().size();
      finished.addAll(done.get());
      // The destination's next row, or a reply to what was just sent, may be ready now.
      mayBeMore = true;
    }
  }

  /** Delivers one claimed row; an Error escaping a sender leaves the row SENDING. */
  private Attempt attempt(OutboundMessage message) {
    if (stopping) {
      // claimed ahead but not begun: handed back, to go out after the next start
      return new Attempt(message.destination().key(), null, message);
    }
    try {
      return deliver(message);
    } catch (Throwable e) {
      // The row stays SENDING and is checked after its lease.
      log.error("outbox: a send failed unexpectedly", e);
      return new Attempt(null, null);
    }
  }

  /**
   * Records the rows these attempts sent, all in one transaction, and leaves the destinations of
   * the others alone for the rest of the call.
   *
   * @return how many were recorded as sent
   */
  private int record(List<Attempt> attempts, Set<String> skipped) {
    List<Delivered> delivered = new ArrayList<>();
    List<OutboundMessage> released = new ArrayList<>();
    for (Attempt attempt : attempts) {
      if (attempt.delivered() != null) {
        delivered.add(attempt.delivered());
      } else if (attempt.destination() != null) {
        skipped.add(attempt.destination());
      }
      if (attempt.released() != null) {
        released.add(attempt.released());
      }
    }
    release(released);
    if (delivered.isEmpty()) {
      return 0;
    }
    List<Boolean> recorded;
    try {
      recorded = store.markAllSent(delivered, clock.instant());
    } catch (RuntimeException bookkeeping) {
      // The sends happened but could not be recorded. The rows stay SENDING; after the lease a
      // dispatcher checks the platform before it sends any of them again.
      log.error(
          "outbox: could not record {} sent rows; they are checked again after the lease",
          delivered.size(),
          bookkeeping);
      delivered.forEach(d -> skipped.add(d.claimed().destination().key()));
      return 0;
    }
    int sent = 0;
    for (int i = 0; i < delivered.size(); i++) {
      OutboundMessage message = delivered.get(i).claimed();
      if (recorded.get(i)) {
        sent++;
      } else {
        log.warn(
            "outbox: {} {} to {} was sent after its claim expired and another dispatcher took it",
            message.operation(),
            message.key(),
            message.destination());
        skipped.add(message.destination().key());
      }
    }
    return sent;
  }

  /** Hands back rows never begun; should that fail they are checked after their lease. */
  private void release(List<OutboundMessage> released) {
    if (released.isEmpty()) {
      return;
    }
    try {
      store.release(released, clock.instant());
    } catch (RuntimeException e) {
      log.warn("outbox: {} claimed rows stay claimed until their lease ends", released.size(), e);
    }
  }

  /**
   * What one call's sends came to, handed from the sending threads to the dispatching one. Once the
   * call has given up waiting (interrupted), a send finishing later records itself.
   */
  private final class Round {
    private final List<Attempt> finished = new ArrayList<>();
    private boolean abandoned;

    synchronized void finished(Attempt attempt) {
      if (!abandoned) {
        finished.add(attempt);
        notifyAll();
        return;
      }
      try {
        record(List.of(attempt), new HashSet<>());
      } catch (RuntimeException e) {
        log.error("outbox: a send finished after its round ended could not be recorded", e);
      }
    }

    /** Waits for at least one attempt to finish and takes every one finished so far. */
    synchronized Optional<List<Attempt>> next() {
      try {
        while (finished.isEmpty()) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
      List<Attempt> taken = List.copyOf(finished);
      finished.clear();
      return Optional.of(taken);
    }

    synchronized List<Attempt> abandon() {
      abandoned = true;
      List<Attempt> taken = List.copyOf(finished);
      finished.clear();
      return taken;
    }
  }

  /**
   * What one claimed row came to: {@code delivered} when the platform has it (to be recorded), else
   * null; {@code destination} is null when unknown; {@code released} is the row when it was never
   * begun because the dispatcher is stopping.
   */
  private record Attempt(String destination, Delivered delivered, OutboundMessage released) {
    Attempt(String destination, Delivered delivered) {
      this(destination, delivered, null);
    }
  }

  private Attempt deliver(OutboundMessage message) {
    Sender sender = senders.get(message.destination().platform());
    try {
      if (message.outcomeUnknown()) {
        Optional<Attempt> settled = checkFirst(sender, message);
        if (settled.isPresent()) {
          return settled.get();
        }
      }
      SendResult result;
      try {
        result = sender.send(message);
      } catch (SendFailure refused) {
        return refused(message, refused, false);
      } catch (Exception unknown) {
        return failed(message, unknown, true, false);
      }
      if (result.targetNowAt().isPresent() && message.relatedPlatformMessageId().isPresent()) {
        // the target was deleted on the platform and posted again: later rows go to the new one
        store.repoint(
            message.destination(),
            message.relatedPlatformMessageId().get(),
            result.targetNowAt().get());
      }
      outcomes.count(message.destination().platform(), SendOutcomes.Outcome.SENT);
      return sent(message, result.platformMessageId());
    } catch (RuntimeException bookkeeping) {
      // The send may have happened but could not be recorded. The row stays SENDING; after the
      // lease a dispatcher checks the platform before it sends again.
      log.error(
          "outbox: could not record {} {} to {}; it is checked again after the lease",
          message.operation(),
          message.key(),
          message.destination(),
          bookkeeping);
      return new Attempt(message.destination().key(), null);
    }
  }

  /**
   * Asks the platform whether an earlier attempt went through. Empty when it did not, and the
   * message should be sent; otherwise the row is settled: found and marked sent, or the check
   * failed and counts as a failed attempt, to be checked again later — never sent blindly.
   */
  private Optional<Attempt> checkFirst(Sender sender, OutboundMessage message) {
    Lookup lookup;
    try {
      lookup = sender.check(message);
    } catch (SendFailure refused) {
      return Optional.of(refused(message, refused, true));
    } catch (Exception e) {
      return Optional.of(failed(message, e, true, false));
    }
    switch (lookup.outcome()) {
      case FOUND:
        log.info(
            "outbox: {} {} to {} had gone out before its outcome was lost; not sent again",
            message.operation(),
            message.key(),
            message.destination());
        outcomes.count(message.destination().platform(), SendOutcomes.Outcome.FOUND);
        return Optional.of(sent(message, lookup.platformMessageId().orElseThrow()));
      case UNSURE:
        return Optional.of(
            failed(
                message,
                new IllegalStateException("outcome unknown and unchecked: " + lookup.reason()),
                true,
                false));
      default:
        return Optional.empty();
    }
  }

  /** The platform has it: recorded with the round's other sends, before the next claim. */
  private static Attempt sent(OutboundMessage message, String platformMessageId) {
    return new Attempt(message.destination().key(), new Delivered(message, platformMessageId));
  }

  /** The platform said no: wait as it asks (a rate limit), or count a failed attempt. */
  private Attempt refused(OutboundMessage message, SendFailure refusal, boolean outcomeUnknown) {
    if (refusal.retryAfter().isEmpty()) {
      return failed(message, refusal, outcomeUnknown, refusal.isPermanent());
    }
    outcomes.count(message.destination().platform(), SendOutcomes.Outcome.RATE_LIMITED);
    Instant now = clock.instant();
    Instant until = now.plus(refusal.retryAfter().get());
    log.info(
        "outbox: {} {} to {} is rate limited; trying again at {}",
        message.operation(),
        message.key(),
        message.destination(),
        until);
    store.postpone(message, describe(refusal), until, now);
    return new Attempt(message.destination().key(), null);
  }

  private Attempt failed(
      OutboundMessage message, Exception error, boolean outcomeUnknown, boolean permanent) {
    Instant now = clock.instant();
    int attempts = message.attempts() + 1;
    Optional<Instant> retryAt =
        permanent ? Optional.empty() : settings.retries().next(attempts, now);
    outcomes.count(
        message.destination().platform(),
        retryAt.isPresent() ? SendOutcomes.Outcome.RETRYING : SendOutcomes.Outcome.DEAD);
    if (retryAt.isPresent()) {
      log.warn(
          "outbox: {} {} to {} failed (attempt {}{}); retrying at {}",
          message.operation(),
          message.key(),
          message.destination(),
          attempts,
          outcomeUnknown ? ", outcome unknown" : "",
          retryAt.get(),
          error);
    } else {
      log.error(
          "outbox: {} {} to {} failed (attempt {}{}); kept as a dead letter",
          message.operation(),
          message.key(),
          message.destination(),
          attempts,
          outcomeUnknown ? ", outcome unknown" : "",
          error);
    }
    store.markAttemptFailed(message, describe(error), outcomeUnknown, retryAt, now);
    return new Attempt(message.destination().key(), null);
  }

  private static String describe(Exception e) {
    String text = e.toString();
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }
}
