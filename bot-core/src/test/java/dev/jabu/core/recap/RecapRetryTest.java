package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.outbox.JdbcOutboxStore;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStore;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.StoreException;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox has no transaction across rows, so a publish or edit that fails half-way must be
 * completed by doing it again: the missing rows are added, none is added twice.
 */
class RecapRetryTest {
  private final Database database = TempDatabase.sqlite();
  private final JdbcOutboxStore rows = new JdbcOutboxStore(database);
  private final AtomicInteger enqueueCalls = new AtomicInteger();
  private volatile int failOnCall = -1;
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-29T03:00:00Z"));
  private final RecapService service =
      new RecapService(
          new SourceReader(new RecapFetcher(RecapSettings.defaults()), Path.of(".")),
          new JdbcRecapStore(database),
          new Outbox(flaky(), clock),
          CoreSettings.defaults(),
          RecapMeetups.NONE,
          clock,
          RecapSettings.DEFAULT_MAX_REPLIES);
  private final UserRef mod = UserRef.parse("discord:mod");

  @AfterEach
  void close() {
    database.close();
  }

  /** The real outbox store, except that one enqueue call fails like a lost connection. */
  private OutboxStore flaky() {
    return (OutboxStore)
        Proxy.newProxyInstance(
            OutboxStore.class.getClassLoader(),
            new Class<?>[] {OutboxStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("enqueue")
                  && enqueueCalls.incrementAndGet() == failOnCall) {
                throw new StoreException("connection lost (test)", null);
              }
              try {
                return method.invoke(rows, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private List<String> keys() {
    return rows.all().stream().map(r -> r.destination().key() + " " + r.key()).toList();
  }

  @Test
  void aPublishThatFailedHalfWayIsCompletedByPublishingAgain() throws RecapProblem {
    RecapSource source = new RecapSource.Text(RecapCommandsTest.recap("후기", 6, 2));
    failOnCall = 5;

    assertThatThrownBy(() -> service.publish(source, Optional.empty(), mod, Platform.DISCORD))
        .isInstanceOf(StoreException.class);
    assertThat(rows.all()).hasSize(4);
    assertThat(service.recent(5)).extracting(Recap::state).containsExactly(Recap.State.PUBLISHING);

    Recap recap = service.publish(source, Optional.empty(), mod, Platform.DISCORD);

    assertThat(recap.id()).isEqualTo(1);
    assertThat(recap.state()).isEqualTo(Recap.State.PUBLISHED);
    assertThat(keys()).doesNotHaveDuplicates().hasSize(2 * 7); // the parent and six parts
    assertThat(service.recent(5)).hasSize(1);
    int total = recap.messages().values().stream().mapToInt(List::size).sum();
    assertThat(rows.all()).hasSize(total);
  }

  @Test
  void anEditThatFailedHalfWayIsCompletedByEditingAgainAtTheSameRevision() throws RecapProblem {
    service.publish(
        new RecapSource.Text(RecapCommandsTest.recap("후기", 2, 1)),
        Optional.empty(),
        mod,
        Platform.DISCORD);
    int published = rows.all().size();
    RecapSource longer = new RecapSource.Text(RecapCommandsTest.recap("후기", 5, 1));
    failOnCall = enqueueCalls.get() + 6;

    assertThatThrownBy(
            () -> service.edit(1, Optional.of(longer), Optional.empty(), Platform.DISCORD))
        .isInstanceOf(StoreException.class);
    Recap edited = service.edit(1, Optional.of(longer), Optional.empty(), Platform.DISCORD);

    assertThat(edited.revision()).isEqualTo(2);
    assertThat(keys()).doesNotHaveDuplicates();
    List<OutboxRow> edits = rows.all().subList(published, rows.all().size());
    // per channel: 3 edits of what was there (the parent and two parts), 3 new replies
    assertThat(edits).hasSize(2 * 6);
    assertThat(edits).allSatisfy(r -> assertThat(r.key()).startsWith("recap-1-r2-"));
  }
}
