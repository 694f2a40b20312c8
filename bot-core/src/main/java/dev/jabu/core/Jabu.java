package dev.jabu.core;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.jabu.core.builtin.AboutCommand;
import dev.jabu.core.builtin.HelpCommand;
import dev.jabu.core.builtin.JabuCommand;
import dev.jabu.core.builtin.StatusCommand;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.engine.AuditModeratorActions;
import dev.jabu.core.engine.CheckPermission;
import dev.jabu.core.engine.DedupeDeliveries;
import dev.jabu.core.engine.Engine;
import dev.jabu.core.engine.JdbcDeliveryStore;
import dev.jabu.core.engine.MeasureCommands;
import dev.jabu.core.engine.RateLimit;
import dev.jabu.core.engine.ResolveCommand;
import dev.jabu.core.instance.InstanceHeartbeat;
import dev.jabu.core.member.BufferedSeen;
import dev.jabu.core.member.JdbcMemberProfiles;
import dev.jabu.core.member.LanguageCommand;
import dev.jabu.core.member.RememberLocale;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxCommands;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.OutboxStore;
import dev.jabu.core.outbox.OutboxWorker;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.parse.CommandParser;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.privacy.CoreTables;
import dev.jabu.core.privacy.PersonalDataParts;
import dev.jabu.core.privacy.PrivacyCommands;
import dev.jabu.core.schedule.Retention;
import dev.jabu.core.schedule.ScheduleCommands;
import dev.jabu.core.schedule.SchedulerSettings;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.schedule.Upkeep;
import dev.jabu.core.store.AuditStore;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.JdbcAuditStore;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The core, wired: the registry of every feature's commands plus the built-ins, the engine with its
 * middleware in order, the stores and the outbox. Launchers and the test kit build one of these and
 * put platforms in front of it.
 */
public final class Jabu {
  private static final Duration DEDUPE_MEMORY = Duration.ofMinutes(15);
  private static final String PRUNE_DELIVERIES_TASK = Upkeep.DELIVERIES_PRUNE;
  private static final Duration PRUNE_DELIVERIES_EVERY = Duration.ofMinutes(5);

  private final CoreSettings settings;
  private final Clock clock;
  private final CommandRegistry registry;
  private final Engine engine;
  private final AuditStore auditStore;
  private final OutboxStore outboxStore;
  private final Outbox outbox;
  private final Scheduling scheduling;
  private final DedupeDeliveries deliveries;
  private final Retention retention;
  private final InstanceHeartbeat heartbeat;
  private final CompositeMeterRegistry meters = new CompositeMeterRegistry();
  private volatile List<PlatformAdapter> platforms = List.of();

  public Jabu(CoreSettings settings, Database database, Clock clock, List<Feature> features) {
    this(settings, SchedulerSettings.defaults(), database, clock, features);
  }

  public Jabu(
      CoreSettings settings,
      SchedulerSettings schedulerSettings,
      Database database,
      Clock clock,
      List<Feature> features) {
    this.settings = settings;
    this.clock = clock;
    this.auditStore = new JdbcAuditStore(database);
    this.outboxStore = new JdbcOutboxStore(database);
    this.outbox = new Outbox(outboxStore, clock);
    this.scheduling = new Scheduling(database, clock, schedulerSettings);
    scheduling.measureWith(meters);
    // every command notes its account and locale: off the command's path, read back by features
    BufferedSeen profiles =
        new BufferedSeen(new JdbcMemberProfiles(database), database::afterCommit);
    database.beforeClose(profiles::close);
    PersonalDataParts personalData = new PersonalDataParts();
    personalData.add(new CoreTables(database, profiles));
    CoreServices services =
        new CoreServices(settings, database, clock, outbox, scheduling, profiles, personalData);
    PrivacyCommands privacy = new PrivacyCommands(personalData);
    List<CommandModule> modules = new ArrayList<>();
    modules.add(new HelpCommand(this::registry));
    modules.add(new AboutCommand(settings.communityName(), clock));
    modules.add(new OutboxCommands(outboxStore, clock));
    modules.add(new ScheduleCommands(scheduling));
    modules.add(
        new JabuCommand(
            List.of(
                new LanguageCommand(profiles, settings.defaultLocale(), clock).spec(),
                new StatusCommand(database, outboxStore, scheduling, () -> platforms, clock).spec(),
                privacy.myData(),
                privacy.forgetMe())));
    features.forEach(f -> modules.add(f.install(services)));
    this.registry = new CommandRegistry(modules);
    // One process per SQLite file (docs/delivery.md) sees every redelivery itself; instances that
    // share PostgreSQL may each get one, so there the database decides.
    this.deliveries =
        database.dialect() == Dialect.POSTGRESQL
            ? DedupeDeliveries.shared(
                DEDUPE_MEMORY, MemoryBudget.DELIVERIES, new JdbcDeliveryStore(database), clock)
            : DedupeDeliveries.inProcess(DEDUPE_MEMORY, MemoryBudget.DELIVERIES);
    scheduling.add(
        Tasks.recurring(PRUNE_DELIVERIES_TASK, Schedules.fixedDelay(PRUNE_DELIVERIES_EVERY))
            .execute((instance, context) -> deliveries.prune()));
    this.heartbeat =
        new InstanceHeartbeat(database, clock, AboutCommand.version(), () -> platforms);
    this.retention =
        new Retention(outboxStore, scheduling.decisions(), clock, schedulerSettings.retention());
    scheduling.add(
        Tasks.recurring(Retention.TASK, Schedules.fixedDelay(Retention.EVERY))
            .execute((instance, context) -> retention.prune()));
    this.engine =
        new Engine(
            List.of(
                new MeasureCommands(meters),
                deliveries,
                new RateLimit(settings.rateLimitCount(), settings.rateLimitWindow(), clock),
                new RememberLocale(profiles, clock),
                new ResolveCommand(
                    new CommandParser(registry, settings.zone(), clock, settings.moments())),
                new AuditModeratorActions(auditStore, clock),
                new CheckPermission(settings.moderators())),
            clock,
            settings.zone());
  }

  /**
   * Where the core counts what it does (commands, deliveries, the outbox, the scheduler); empty
   * until the launcher adds a registry, such as Prometheus for {@code /metrics}.
   */
  public CompositeMeterRegistry meters() {
    return meters;
  }

  /** The platforms the launcher connected, for {@code /jabu status}; none at the console. */
  public void platforms(List<PlatformAdapter> connected) {
    this.platforms = List.copyOf(connected);
  }

  public Clock clock() {
    return clock;
  }

  public CoreSettings settings() {
    return settings;
  }

  public CommandRegistry registry() {
    return registry;
  }

  public Engine engine() {
    return engine;
  }

  public AuditStore auditStore() {
    return auditStore;
  }

  public Outbox outbox() {
    return outbox;
  }

  /** The scheduler's tasks and client; the launcher starts it with {@code scheduling().start()}. */
  public Scheduling scheduling() {
    return scheduling;
  }

  public OutboxStore outboxStore() {
    return outboxStore;
  }

  /** The dedupe of platform deliveries; the scheduler calls its {@code prune()} periodically. */
  public DedupeDeliveries deliveries() {
    return deliveries;
  }

  /**
   * This process's row among the instances sharing the database; the launcher starts it once the
   * platforms are connected and closes it when stopping.
   */
  public InstanceHeartbeat heartbeat() {
    return heartbeat;
  }

  /** The pruning of old history; the scheduler runs it every hour. */
  public Retention retention() {
    return retention;
  }

  /** A dispatcher that sends ready outbox rows through the given platform senders. */
  public OutboxDispatcher dispatcher(Collection<? extends Sender> senders) {
    return dispatcher(senders, DeliverySettings.defaults());
  }

  public OutboxDispatcher dispatcher(
      Collection<? extends Sender> senders, DeliverySettings settings) {
    return new OutboxDispatcher(outboxStore, List.copyOf(senders), clock, settings, meters);
  }

  /**
   * A worker that runs {@code dispatcher} whenever this process enqueues and every poll interval of
   * its settings; {@code start()} it once the platforms are connected, {@code close()} it first.
   */
  public OutboxWorker outboxWorker(OutboxDispatcher dispatcher) {
    return new OutboxWorker(dispatcher, outbox, dispatcher.settings().pollInterval());
  }
}
