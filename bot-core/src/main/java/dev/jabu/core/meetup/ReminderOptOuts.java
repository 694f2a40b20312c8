package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The people who asked for no reminder messages ({@code /meetup reminders off}). */
public final class ReminderOptOuts {
  private final Database database;

  public ReminderOptOuts(Database database) {
    this.database = database;
  }

  /**
   * Switches one person's reminders on or off.
   *
   * @return false when they were already so
   */
  public boolean set(String person, boolean wanted, Instant now) {
    return database.inTransaction(
        c -> {
          String sql =
              wanted
                  ? "DELETE FROM reminder_optout WHERE person = ?"
                  : "INSERT INTO reminder_optout (person, changed_at) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, person);
            if (!wanted) {
              s.setLong(2, now.toEpochMilli());
            }
            return s.executeUpdate() > 0;
          }
        });
  }

  /** Everyone who opted out; read once per reminder round. */
  public Set<String> optedOut() {
    return database.withConnection(
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT person FROM reminder_optout");
              ResultSet r = s.executeQuery()) {
            Set<String> people = new HashSet<>();
            while (r.next()) {
              people.add(r.getString(1));
            }
            return people;
          }
        });
  }
}
