package dev.jabu.core.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.Placeholders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The scheduler on jabu's database. Features add their tasks while the core is built; the launcher
 * then starts one scheduler per instance, and db-scheduler hands each due item to exactly one of
 * them. Features schedule, move and cancel items through {@link #client()}, which works whether or
 * not this instance runs the scheduler.
 */
public final class Scheduling {
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final Database database;
  private final Clock clock;
  private final SchedulerSettings settings;
  private final DecisionLog decisions;
  private final List<Task<?>> tasks = new ArrayList<>();
  private final java.util.Map<String, java.util.function.UnaryOperator<String>> itemNames =
      new java.util.concurrent.ConcurrentHashMap<>();
  private SchedulerClient client;
  private MeterRegistry meters = new CompositeMeterRegistry();

  public Scheduling(Database database, Clock clock, SchedulerSettings settings) {
    this.database = database;
    this.clock = clock;
    this.settings = settings;
    this.decisions = new DecisionLog(database);
  }

  /** Adds a task; all tasks must be added before the first use of {@link #client()}. */
  public synchronized void add(Task<?> task) {
    if (client != null) {
      throw new IllegalStateException("tasks are added while the core is built");
    }
    tasks.add(task);
  }

  /**
   * How a task's items are shown to moderators, e.g. a reminder {@code 12:1d} as the meetup's
   * number and title with its offset; items of other tasks show their raw id.
   */
  public void nameItems(String task, java.util.function.UnaryOperator<String> naming) {
    itemNames.put(task, naming);
  }

  /** An item as moderators read it. */
  public String itemName(String task, String item) {
    java.util.function.UnaryOperator<String> naming = itemNames.get(task);
    if (naming == null) {
      return item;
    }
    try {
      return naming.apply(item);
    } catch (RuntimeException e) {
      return item; // a name is a courtesy; the id is always right
    }
  }

  public synchronized SchedulerClient client() {
    if (client == null) {
      client = SchedulerClient.Builder.create(database.sharedDataSource(), tasks).build();
    }
    return client;
  }

  public SchedulerSettings settings() {
    return settings;
  }

  public Lateness lateness() {
    return new Lateness(settings.grace());
  }

  public DecisionLog decisions() {
    return decisions;
  }

  public Clock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  /** Where this instance's executions are counted; set while the core is built. */
  public synchronized void measureWith(MeterRegistry meters) {
    this.meters = meters;
  }

  /** Starts this instance's scheduler; close the result to stop it. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public synchronized Scheduler start() {
    client();
    SchedulerBuilder builder =
        // recurring tasks go in once, as start tasks: db-scheduler adds them to the known ones
        Scheduler.create(
                database.sharedDataSource(),
                tasks.stream().filter(t -> !(t instanceof OnStartup)).toList())
            .startTasks((List) tasks.stream().filter(t -> t instanceof OnStartup).toList())
            .pollingInterval(settings.pollingInterval())
            .heartbeatInterval(settings.heartbeatInterval())
            .missedHeartbeatsLimit(settings.missedHeartbeats())
            .threads(settings.threads())
            .schedulerName(new SchedulerName.Fixed(instanceName()))
            .clock(clock::instant)
            .shutdownMaxWait(SHUTDOWN_WAIT)
            .addSchedulerListener(new SchedulerMeters(meters))
            .enableImmediateExecution();
    if (database.dialect() == Dialect.POSTGRESQL) {
      // SELECT … FOR UPDATE SKIP LOCKED: instances claim disjoint batches in one round trip
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    Scheduler scheduler = builder.build();
    scheduler.start();
    return scheduler;
  }

  /** An item waiting in the scheduler. */
  public record Pending(String task, String item, Instant at, boolean running) {}

  /** The next items by time, for moderators; read straight from db-scheduler's table. */
  public List<Pending> upcoming(int limit) {
    return upcoming(limit, Set.of());
  }

  /**
   * The next items people wait for (reminders, seat offers, the digest), without {@link Upkeep}.
   */
  public List<Pending> upcomingWork(int limit) {
    return upcoming(limit, Upkeep.TASKS);
  }

  private List<Pending> upcoming(int limit, Set<String> leftOut) {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    return database.withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT task_name, task_instance, execution_time, picked FROM scheduled_tasks"
                      + (leftOut.isEmpty()
                          ? ""
                          : " WHERE task_name NOT IN (" + Placeholders.marks(leftOut.size()) + ")")
                      + " ORDER BY execution_time, task_name, task_instance LIMIT ?")) {
            int at = 1;
            for (String task : leftOut) {
              s.setString(at++, task);
            }
            s.setInt(at, limit);
            List<Pending> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                found.add(
                    new Pending(
                        r.getString(1),
                        r.getString(2),
                        r.getTimestamp(3, utc).toInstant(),
                        r.getBoolean(4)));
              }
            }
            return found;
          }
        });
  }

  /** Unique per process, so an operator can tell instances apart in the scheduled_tasks table. */
  private static String instanceName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "jabu");
    String name = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    return name.length() <= 50 ? name : name.substring(0, 50);
  }
}
