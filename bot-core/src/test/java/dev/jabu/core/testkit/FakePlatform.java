package dev.jabu.core.testkit;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.Jabu;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Moderators;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.schedule.SchedulerSettings;
import dev.jabu.core.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A whole jabu core on a temporary database with an adjustable clock and recording senders, so
 * feature tests read like a conversation: {@code platform.say(alice, "/help")}, then look at the
 * reply and at {@link #posts()}.
 */
public final class FakePlatform implements AutoCloseable {
  /** Members holding this role id are moderators on every platform. */
  public static final String MODERATOR_ROLE = "moderators";

  /** Fast polls so tests that move the clock see due work run within a few milliseconds. */
  public static final SchedulerSettings SCHEDULER =
      new SchedulerSettings(
          Duration.ofMillis(20), Duration.ofSeconds(1), 4, 4, Duration.ofHours(6));

  private final Database database;
  private final MutableClock clock;
  private final List<Scheduler> schedulers = new java.util.ArrayList<>();
  private final Jabu jabu;
  private final Map<Platform, RecordingSender> senders = new java.util.EnumMap<>(Platform.class);
  private final OutboxDispatcher dispatcher;

  private FakePlatform(
      Database database, MutableClock clock, CoreSettings settings, List<Feature> features) {
    this.database = database;
    this.clock = clock;
    Map<Platform, Set<String>> roles = new java.util.EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      roles.put(p, Set.of(MODERATOR_ROLE));
    }
    this.jabu =
        new Jabu(
            settings.withModerators(new Moderators(Map.of(), roles)),
            SCHEDULER,
            database,
            clock,
            features);
    for (Platform p : Platform.values()) {
      senders.put(p, new RecordingSender(p));
    }
    this.dispatcher = jabu.dispatcher(senders.values());
  }

  /** A fake on SQLite with the default settings, starting at 2026-11-23 10:00 UTC. */
  public static FakePlatform start(CommandModule... modules) {
    return start(CoreSettings.defaults(), modules);
  }

  public static FakePlatform start(CoreSettings settings, CommandModule... modules) {
    return on(
        TempDatabase.sqlite(),
        settings,
        java.util.Arrays.stream(modules).map(Feature::of).toList());
  }

  /**
   * A fake on a database of the caller's choosing (e.g. {@link TempDatabase#postgres()}), with
   * features that use the core's services.
   */
  public static FakePlatform on(Database database, CoreSettings settings, List<Feature> features) {
    return new FakePlatform(
        database,
        MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"), settings.zone()),
        settings,
        features);
  }

  public Jabu jabu() {
    return jabu;
  }

  public MutableClock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  /** A member, e.g. {@code member("discord:alice")}. */
  public Member member(String ref) {
    return Member.of(UserRef.parse(ref));
  }

  /** A member holding the moderator role. */
  public Member moderator(String ref) {
    return member(ref).withRoles(Set.of(MODERATOR_ROLE));
  }

  public Reply say(Member who, String line) {
    return say(who, line, jabu.settings().defaultLocale());
  }

  public Reply say(Member who, String line, Locale locale) {
    return jabu.engine().handle(invocation(who, line, locale));
  }

  /** The invocation {@link #say} sends, for tests that need to change it (delivery ids). */
  public Invocation invocation(Member who, String line, Locale locale) {
    return Invocation.text(who, ChannelRef.of(who.user().platform(), "general"), locale, line);
  }

  /** The reply as the console would print it. */
  public String text(Reply reply) {
    return text(reply.message());
  }

  public String text(RichMessage message) {
    return new PlainTextRenderer(jabu.settings().zone(), jabu.settings().defaultLocale(), clock)
        .render(message);
  }

  /** Sends what is ready in the outbox and returns everything sent so far, in outbox order. */
  public List<OutboundMessage> posts() {
    dispatcher.dispatchReady();
    return senders.values().stream()
        .flatMap(s -> s.sent().stream())
        .sorted(java.util.Comparator.comparingLong(OutboundMessage::outboxId))
        .toList();
  }

  /** Everything sent so far, without dispatching; safe to call from another thread. */
  public List<OutboundMessage> sentSoFar() {
    return senders.values().stream().flatMap(s -> s.sent().stream()).toList();
  }

  private int taken;

  /** Sends what is ready and returns only what was sent since the last call of this method. */
  public List<OutboundMessage> newPosts() {
    List<OutboundMessage> all = posts();
    List<OutboundMessage> fresh = all.subList(Math.min(taken, all.size()), all.size());
    taken = all.size();
    return List.copyOf(fresh);
  }

  /**
   * Starts this instance's scheduler (stopped on close); due items then run as the clock moves.
   * While any scheduler runs, the clock also creeps forward a millisecond every few real ones:
   * db-scheduler measures its own waits on the clock it is given, so a frozen clock would hold its
   * poller still.
   */
  public Scheduler startScheduler() {
    Scheduler scheduler = jabu.scheduling().start();
    schedulers.add(scheduler);
    if (creep == null) {
      creep =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "fake-clock-creep");
                t.setDaemon(true);
                return t;
              });
      creep.scheduleAtFixedRate(
          () -> clock.advance(Duration.ofMillis(1)),
          5,
          5,
          java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    return scheduler;
  }

  private java.util.concurrent.ScheduledExecutorService creep;

  /**
   * Sends what is ready until {@code done} holds for everything sent so far, or fails after ten
   * seconds; for work the scheduler does on its own threads.
   */
  public List<OutboundMessage> awaitPosts(Predicate<List<OutboundMessage>> done) {
    return Eventually.await(this::posts, done, "the expected posts");
  }

  /** The recording sender of one platform, e.g. to make its sends fail. */
  public RecordingSender sender(Platform platform) {
    return senders.get(platform);
  }

  @Override
  public void close() throws Exception {
    if (creep != null) {
      creep.shutdownNow();
    }
    schedulers.forEach(Scheduler::stop);
    database.close();
  }
}
