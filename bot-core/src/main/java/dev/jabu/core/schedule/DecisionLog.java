package dev.jabu.core.schedule;

import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's decisions, kept in the database for moderators ({@code /schedule log}) and
 * written to the log. An item run twice (its instance died mid-run) keeps its first decision.
 */
public final class DecisionLog {
  private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

  private final Database database;

  public DecisionLog(Database database) {
    this.database = database;
  }

  public void record(Decision decision) {
    if (decision.outcome() == Decision.Outcome.SENT) {
      // the normal case: worth a debug line, not a row per reminder forever
      log.debug("scheduler: {} {} sent: {}", decision.task(), decision.item(), decision.detail());
      return;
    }
    database.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO schedule_decision (task, item, due_at, decided_at, outcome, detail)"
                      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, decision.task());
            s.setString(2, decision.item());
            s.setLong(3, decision.dueAt().toEpochMilli());
            s.setLong(4, decision.decidedAt().toEpochMilli());
            s.setString(5, decision.outcome().name());
            s.setString(6, decision.detail());
            return s.executeUpdate();
          }
        });
    log.warn(
        "scheduler: {} {} (due {}) {}: {}",
        decision.task(),
        decision.item(),
        decision.dueAt(),
        decision.outcome() == Decision.Outcome.LATE ? "sent late" : "skipped",
        decision.detail());
  }

  /**
   * Forgets the decisions made before {@code cutoff}.
   *
   * @return how many were forgotten
   */
  public int forgetDecidedBefore(Instant cutoff) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM schedule_decision WHERE decided_at < ?")) {
            s.setLong(1, cutoff.toEpochMilli());
            return s.executeUpdate();
          }
        });
  }

  /** The newest decisions kept (sent late or skipped), newest first. */
  public List<Decision> recent(int limit) {
    return database.withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT task, item, due_at, decided_at, outcome, detail FROM schedule_decision"
                      + " ORDER BY decided_at DESC, id DESC LIMIT ?")) {
            s.setInt(1, limit);
            List<Decision> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                found.add(
                    new Decision(
                        r.getString(1),
                        r.getString(2),
                        Instant.ofEpochMilli(r.getLong(3)),
                        Instant.ofEpochMilli(r.getLong(4)),
                        Decision.Outcome.valueOf(r.getString(5)),
                        r.getString(6)));
              }
            }
            return found;
          }
        });
  }
}
