package dev.jabu.core.meetup;

import dev.jabu.core.privacy.DataSubject;
import dev.jabu.core.privacy.Forgotten;
import dev.jabu.core.privacy.Kept;
import dev.jabu.core.privacy.PersonalData;
import dev.jabu.core.privacy.SubjectRows;
import dev.jabu.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the meetup feature keeps about a member: their places (seats and waitlist), the meetups they
 * organize or created, their linked accounts and pending link codes, and their reminder choice. It
 * also says which accounts are one member, since linking is this feature's.
 */
public final class MeetupPersonalData implements PersonalData {
  private final MeetupService service;
  private final Database database;

  public MeetupPersonalData(MeetupService service, Database database) {
    this.service = service;
    this.database = database;
  }

  /** The member behind {@code userKey}: every account linked with it and the person they are. */
  public DataSubject subjectOf(String userKey) {
    String person = service.identities().personOf(userKey);
    Set<String> accounts = new LinkedHashSet<>();
    accounts.add(userKey);
    for (String account : service.identities().accountsOf(person)) {
      if (account.indexOf(':') > 0) { // a person id is an account key, except in old data
        accounts.add(account);
      }
    }
    Set<String> persons = new LinkedHashSet<>(accounts);
    persons.add(person);
    return new DataSubject(List.copyOf(accounts), persons);
  }

  @Override
  public List<Kept> describe(DataSubject subject) {
    List<Kept> kept = new ArrayList<>();
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.rsvps",
            SubjectRows.count(
                database, "SELECT count(*) FROM rsvp WHERE person IN (%s)", subject.persons())));
    kept.addAll(Kept.ifAny("privacy.kept.organized", organized(subject).size()));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.links",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM identity_link WHERE user_key IN (%s)",
                subject.accounts())));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.attendance",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM attendance_event WHERE person IN (%s)",
                subject.persons())));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.reminders-off",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM reminder_optout WHERE person IN (%s)",
                subject.persons())));
    return kept;
  }

  @Override
  public void forget(DataSubject subject) {
    // first the way /meetup leave goes, so seats pass to the waitlist and the promoted hear of it
    subject.persons().forEach(service::leaveAll);
    database.inTransaction(
        c -> {
          releaseFrozenPlaces(c, subject);
          for (Organized meetup : organized(c, subject)) {
            dropOrganizer(c, meetup, subject);
          }
          SubjectRows.update(
              c, "DELETE FROM identity_link WHERE user_key IN (%s)", List.of(), subject.keys());
          SubjectRows.update(
              c, "DELETE FROM identity_link WHERE person IN (%s)", List.of(), subject.keys());
          SubjectRows.update(
              c, "DELETE FROM link_code WHERE user_key IN (%s)", List.of(), subject.accounts());
          SubjectRows.update(
              c, "DELETE FROM reminder_optout WHERE person IN (%s)", List.of(), subject.keys());
          forgetHistory(c, subject);
          return null;
        });
  }

  /**
   * Places in cancelled and finished meetups, which the ledger keeps as they were: removed here,
   * with the waitlist count kept in step.
   */
  private static void releaseFrozenPlaces(Connection c, DataSubject subject) throws SQLException {
    SubjectRows.update(
        c,
        "UPDATE meetup SET waitlist_count = waitlist_count - (SELECT count(*) FROM rsvp"
            + " WHERE rsvp.meetup_id = meetup.id AND rsvp.state = 'WAITLIST'"
            + " AND rsvp.person IN (%s))",
        List.of(),
        subject.keys());
    SubjectRows.update(c, "DELETE FROM rsvp WHERE person IN (%s)", List.of(), subject.keys());
    SubjectRows.update(c, "DELETE FROM rsvp WHERE user_key IN (%s)", List.of(), subject.keys());
  }

  /**
   * Offers and attendance events stay, so each meetup's figures (offers taken, no-shows) stay true,
   * but no longer say whose they were. Open offers were closed by leaving, above.
   */
  private static void forgetHistory(Connection c, DataSubject subject) throws SQLException {
    for (String table : List.of("seat_offer", "attendance_event")) {
      String closed = table.equals("seat_offer") ? " AND state <> 'OPEN'" : "";
      for (String column : List.of("person", "user_key")) {
        SubjectRows.update(
            c,
            "UPDATE "
                + table
                + " SET person = ?, user_key = ? WHERE "
                + column
                + " IN (%s)"
                + closed,
            List.of(Forgotten.KEY, Forgotten.KEY),
            subject.keys());
      }
    }
  }

  private record Organized(long id, List<String> organizers, String createdBy) {}

  private List<Organized> organized(DataSubject subject) {
    return database.withConnection(c -> organized(c, subject));
  }

  /** Meetups that name the member as an organizer or as their creator. */
  private static List<Organized> organized(Connection c, DataSubject subject) throws SQLException {
    List<Organized> found = new ArrayList<>();
    try (PreparedStatement query =
            c.prepareStatement("SELECT id, organizers, created_by FROM meetup");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        List<String> organizers =
            rows.getString(2).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String createdBy = rows.getString(3);
        boolean named =
            subject.keys().contains(createdBy)
                || organizers.stream().anyMatch(subject.keys()::contains);
        if (named) {
          found.add(new Organized(rows.getLong(1), organizers, createdBy));
        }
      }
    }
    return found;
  }

  /** Takes the member off a meetup's organizers; moderators still manage it. */
  private static void dropOrganizer(Connection c, Organized meetup, DataSubject subject)
      throws SQLException {
    List<String> kept =
        meetup.organizers().stream().filter(o -> !subject.keys().contains(o)).toList();
    String createdBy =
        subject.keys().contains(meetup.createdBy()) ? Forgotten.KEY : meetup.createdBy();
    try (PreparedStatement update =
        c.prepareStatement("UPDATE meetup SET organizers = ?, created_by = ? WHERE id = ?")) {
      update.setString(1, String.join("\n", kept));
      update.setString(2, createdBy);
      update.setLong(3, meetup.id());
      update.executeUpdate();
    }
  }
}
