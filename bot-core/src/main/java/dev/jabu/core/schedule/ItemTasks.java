package dev.jabu.core.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A task with one scheduled item per thing (a reminder, a seat offer): running an item returns when
 * it is due again, or nothing once it is done, and a failed run is tried again after a while.
 */
public final class ItemTasks {
  private ItemTasks() {}

  /**
   * @param run runs the item named by its id; returns when to run it again, empty when done
   * @param retry how long after a failed run the item is tried again
   */
  public static CustomTask<Void> of(
      String name, Duration retry, Function<String, Optional<Instant>> run) {
    return Tasks.custom(name, Void.class)
        .onFailure(new FailureHandler.OnFailureRetryLater<>(retry))
        .execute(
            (instance, context) -> {
              Optional<Instant> later = run.apply(instance.getId());
              return later.isPresent()
                  ? (done, operations) -> operations.reschedule(done, later.get())
                  : new CompletionHandler.OnCompleteRemove<>();
            });
  }
}
