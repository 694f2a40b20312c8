package dev.jabu.core.schedule;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Each scheduled execution as figures: how late it started after its due time, and how it ended, by
 * task (task names are jabu's own, a closed set).
 */
final class SchedulerMeters extends AbstractSchedulerListener {
  private static final Duration[] BUCKETS = {
    Duration.ofSeconds(1),
    Duration.ofSeconds(10),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofHours(1)
  };

  private final MeterRegistry meters;

  SchedulerMeters(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void onExecutionComplete(ExecutionComplete done) {
    String task = done.getExecution().taskInstance.getTaskName();
    Duration late =
        Duration.between(
            done.getExecution().executionTime, done.getTimeDone().minus(done.getDuration()));
    Timer.builder("jabu.scheduler.lateness")
        .description("How long after its due time a scheduled execution started")
        .tag("task", task)
        .serviceLevelObjectives(BUCKETS)
        .register(meters)
        .record(late.isNegative() ? Duration.ZERO : late);
    Counter.builder("jabu.scheduler.executions")
        .description("Scheduled executions, by task and result")
        .tag("task", task)
        .tag("result", done.getResult().name().toLowerCase(Locale.ROOT))
        .register(meters)
        .increment();
  }
}
