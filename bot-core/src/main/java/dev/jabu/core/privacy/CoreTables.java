package dev.jabu.core.privacy;

import dev.jabu.core.member.BufferedSeen;
import dev.jabu.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the core itself keeps about a member: their language profile per account, the audit rows of
 * moderator commands they ran, and the direct messages queued or sent to them. Audit rows stay
 * (what was done stays accountable) but no longer say who did it.
 */
public final class CoreTables implements PersonalData {
  private final Database database;
  private final BufferedSeen notes;

  /** {@code notes}: the engine's notes of accounts used, some of them not written yet. */
  public CoreTables(Database database, BufferedSeen notes) {
    this.database = database;
    this.notes = notes;
  }

  @Override
  public List<Kept> describe(DataSubject subject) {
    List<Kept> kept = new ArrayList<>();
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.profiles",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM member_profile WHERE user_key IN (%s)",
                subject.accounts())));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.direct-messages",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM outbox WHERE destination IN (%s)",
                subject.directMessageDestinations())));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.audit",
            SubjectRows.count(
                database, "SELECT count(*) FROM audit_log WHERE actor IN (%s)", subject.keys())));
    return kept;
  }

  @Override
  public void forget(DataSubject subject) {
    // the forget-me command itself was noted: a note written after the delete would bring it back
    notes.drop(subject.accounts());
    database.inTransaction(
        c -> {
          SubjectRows.update(
              c,
              "DELETE FROM member_profile WHERE user_key IN (%s)",
              List.of(),
              subject.accounts());
          // every status: a queued one must not go out, a sent one keeps their words and account
          SubjectRows.update(
              c,
              "DELETE FROM outbox WHERE destination IN (%s)",
              List.of(),
              subject.directMessageDestinations());
          SubjectRows.update(
              c,
              "UPDATE audit_log SET actor = ? WHERE actor IN (%s)",
              List.of(Forgotten.KEY),
              subject.keys());
          scrubAuditDetails(c, subject.keys());
          return null;
        });
  }

  /**
   * Replaces the member's keys in free-text audit details, e.g. the target of a moderator action.
   */
  private static void scrubAuditDetails(Connection c, Set<String> keys) throws SQLException {
    Map<Long, String> changed = new java.util.HashMap<>();
    try (PreparedStatement query =
            c.prepareStatement("SELECT id, detail FROM audit_log WHERE detail IS NOT NULL");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String detail = rows.getString(2);
        String scrubbed = detail;
        for (String key : keys) {
          // whole keys only: forgetting discord:1 leaves discord:12 alone
          scrubbed =
              scrubbed.replaceAll(
                  "(?<![\\w:@-])" + java.util.regex.Pattern.quote(key) + "(?![\\w-])",
                  java.util.regex.Matcher.quoteReplacement(Forgotten.KEY));
        }
        if (!scrubbed.equals(detail)) {
          changed.put(rows.getLong(1), scrubbed);
        }
      }
    }
    try (PreparedStatement update =
        c.prepareStatement("UPDATE audit_log SET detail = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> row : changed.entrySet()) {
        update.setString(1, row.getValue());
        update.setLong(2, row.getKey());
        update.executeUpdate();
      }
    }
  }
}
