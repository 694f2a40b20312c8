package dev.jabu.app.state;

import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Puts at least one row in every table, with the awkward values an export must carry: nulls,
 * booleans, bytes, timestamps, Korean text, text that SQLite and PostgreSQL sort differently, and a
 * deleted row whose id must not be handed out again.
 */
public final class StateFixture {
  static final Instant DUE = Instant.parse("2026-03-14T10:15:30.123Z");

  private StateFixture() {}

  /**
   * The member {@code ForgetMeTest} forgets: accounts {@code discord:1} and {@code slack:U1},
   * linked as person {@code p-1}, shown as Alice. Rows for a new table should name them where the
   * table can hold a member, so the forget-me test proves the table is forgotten too.
   */
  public static final java.util.List<String> MEMBER_ACCOUNTS =
      java.util.List.of("discord:1", "slack:U1");

  public static void fill(Database database) {
    database.inTransaction(
        connection -> {
          try (Statement sql = connection.createStatement()) {
            for (String statement : STATEMENTS) {
              sql.executeUpdate(statement);
            }
          }
          try (PreparedStatement task =
              connection.prepareStatement(
                  "INSERT INTO scheduled_tasks (task_name, task_instance, task_data,"
                      + " execution_time, picked, picked_by, last_success, last_failure,"
                      + " consecutive_failures, last_heartbeat, version, priority)"
                      + " VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, 0, NULL, 3, NULL)")) {
            for (int i = 0; i < 2; i++) {
              task.setString(1, i == 0 ? "meetup-reminder" : "digest");
              task.setString(2, "meetup-" + (i + 7));
              task.setBytes(3, i == 0 ? new byte[] {0, 1, (byte) 0xfe, 42} : null);
              setInstant(database, task, 4, DUE.plusSeconds(3600L * i));
              task.setBoolean(5, i == 1);
              setInstant(database, task, 6, i == 1 ? DUE.minusSeconds(60) : null);
              task.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Writes an instant as the scheduler does on each database. */
  private static void setInstant(Database database, PreparedStatement statement, int i, Instant t)
      throws java.sql.SQLException {
    if (t == null) {
      statement.setObject(i, null);
    } else if (database.dialect() == Dialect.SQLITE) {
      statement.setLong(i, t.toEpochMilli());
    } else {
      statement.setObject(i, t.atOffset(ZoneOffset.UTC));
    }
  }

  private static final String[] STATEMENTS = {
    "INSERT INTO audit_log (at, actor, command, outcome, correlation_id, detail)"
        + " VALUES (1000, 'discord:1', '/term', 'OK', 'c1', NULL)",
    "INSERT INTO audit_log (at, actor, command, outcome, correlation_id, detail)"
        + " VALUES (1001, 'slack:U2', '/meetup rsvp', 'DENIED', 'c2', '정원 초과: slack:U1')",
    "INSERT INTO audit_log (at, actor, command, outcome, correlation_id, detail)"
        + " VALUES (1002, 'console:operator', '/about', 'OK', 'c3', 'gone')",
    // the newest audit row is deleted: its id 3 stays used
    "DELETE FROM audit_log WHERE id = 3",
    "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name, operation,"
        + " related_key, payload, status, platform_message_id, attempts, last_error, created_at,"
        + " updated_at, sent_at, next_attempt_at, claimed_at, claimed_by, outcome_unknown)"
        + " VALUES ('meetup-1', 'discord:42', 'discord', '42', 'announcements', 'POST', NULL,"
        + " '{\"text\":\"hello\"}', 'SENT', 'm-9', 1, NULL, 2000, 2001, 2001, NULL, NULL, NULL,"
        + " FALSE)",
    "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name, operation,"
        + " related_key, payload, status, platform_message_id, attempts, last_error, created_at,"
        + " updated_at, sent_at, next_attempt_at, claimed_at, claimed_by, outcome_unknown)"
        + " VALUES ('meetup-1/edit', 'slack:C1', 'slack', 'C1', 'general', 'EDIT', 'meetup-1',"
        + " '{}', 'SENDING', NULL, 2, 'timeout', 2002, 2003, NULL, 9000, 2003, 'host:1', TRUE)",
    "INSERT INTO glossary_entry (id, body, approved_by, updated_at)"
        + " VALUES ('k8s', 'id: k8s\nterm: Kubernetes\n', 'discord:1', 3000)",
    "INSERT INTO glossary_entry (id, body, approved_by, updated_at)"
        + " VALUES ('Zebra', 'id: Zebra\n', 'discord:1', 3001)",
    "INSERT INTO glossary_entry (id, body, approved_by, updated_at)"
        + " VALUES ('apple', 'id: apple\n', 'discord:1', 3002)",
    "INSERT INTO glossary_suggestion (proposer, locale, target_id, body, status, reason,"
        + " created_at, decided_by, decided_at)"
        + " VALUES ('slack:U2', 'ko', NULL, 'id: 데브옵스\n', 'PENDING', NULL, 3100, NULL, NULL)",
    "INSERT INTO glossary_query (at, term, entry_id) VALUES (3200, 'k8s', 'k8s')",
    "INSERT INTO glossary_query (at, term, entry_id) VALUES (3201, '없는말', NULL)",
    "INSERT INTO meetup (title, description, starts_at, ends_at, zone, venue_name, venue_address,"
        + " map_url, online_url, agenda, organizers, registration_url, github_url, social_url,"
        + " capacity, rsvp_opens_at, rsvp_closes_at, rsvp_closed, status, sequence,"
        + " next_queue_seq, waitlist_count, recap_url, created_by, created_at, updated_at)"
        + " VALUES ('DevOps 밋업 #12', '**markdown**', 4000, 5000, 'Asia/Seoul', '강남', NULL,"
        + " NULL, 'https://meet.example/x', 'talk 1\ntalk 2', 'discord:1', NULL, NULL, NULL, 1,"
        + " NULL, NULL, 0, 'ANNOUNCED', 2, 3, 1, NULL, 'discord:1', 3900, 3950)",
    "INSERT INTO rsvp (meetup_id, person, user_key, state, queue_seq, attended, created_at)"
        + " VALUES (1, 'p-1', 'discord:1', 'SEAT', 1, 1, 3960)",
    "INSERT INTO rsvp (meetup_id, person, user_key, state, queue_seq, attended, created_at)"
        + " VALUES (1, 'p-2', 'slack:U2', 'WAITLIST', 2, 0, 3961)",
    "UPDATE rsvp SET confirmed_at = 3970 WHERE person = 'p-1'",
    "INSERT INTO meetup_seat_policy (meetup_id, offer_window_ms, offers_from_ms,"
        + " overbook_percent, checkin_code) VALUES (1, 21600000, NULL, 10, 'K7QX2M')",
    "INSERT INTO seat_offer (meetup_id, person, user_key, state, offered_at, expires_at,"
        + " closed_at) VALUES (1, 'p-1', 'discord:1', 'TAKEN', 3940, 3950, 3945)",
    "INSERT INTO seat_offer (meetup_id, person, user_key, state, offered_at, expires_at,"
        + " closed_at) VALUES (1, 'p-2', 'slack:U2', 'EXPIRED', 3980, 3990, 3991)",
    "INSERT INTO seat_offer (meetup_id, person, user_key, state, offered_at, expires_at,"
        + " closed_at) VALUES (1, 'p-2', 'slack:U2', 'OPEN', 3992, 4500, NULL)",
    "INSERT INTO attendance_event (meetup_id, person, user_key, kind, at)"
        + " VALUES (1, 'p-1', 'discord:1', 'CONFIRMED', 3970)",
    "INSERT INTO attendance_event (meetup_id, person, user_key, kind, at)"
        + " VALUES (1, 'p-2', 'slack:U2', 'OFFER_EXPIRED', 3990)",
    "INSERT INTO identity_link (user_key, person, linked_at) VALUES ('discord:1', 'p-1', 3800)",
    "INSERT INTO identity_link (user_key, person, linked_at) VALUES ('slack:U1', 'p-1', 3801)",
    "INSERT INTO link_code (code, user_key, expires_at) VALUES ('ABC123', 'slack:U2', 9999)",
    "INSERT INTO member_profile (user_key, seen_locale, seen_at, language, language_at,"
        + " primary_at) VALUES ('discord:1', 'en', 3802, NULL, NULL, NULL)",
    "INSERT INTO member_profile (user_key, seen_locale, seen_at, language, language_at,"
        + " primary_at) VALUES ('slack:U1', 'ko', 3803, 'en', 3804, 3805)",
    "INSERT INTO deliveries (platform, delivery_id, received_at) VALUES ('slack', 'Ev1', 3700)",
    "INSERT INTO schedule_decision (task, item, due_at, decided_at, outcome, detail)"
        + " VALUES ('meetup-reminder', 'meetup-1/1d', 4100, 4200, 'LATE', 'after downtime')",
    "INSERT INTO reminder_optout (person, changed_at) VALUES ('p-2', 3600)",
    "INSERT INTO digest_run (week, sent_at) VALUES ('2026-W11', 3500)",
    "INSERT INTO recap (meetup_id, title, source_kind, source_location, revision, state,"
        + " created_by, created_at, updated_at)"
        + " VALUES (1, 'Recap', 'TEXT', 'sha256:ab', 2, 'PUBLISHED', 'discord:1', 5100, 5200)",
    "INSERT INTO recap_message (recap_id, platform, channel_id, channel_name, position,"
        + " message_key) VALUES (1, 'discord', '42', 'announcements', 0, 'recap-1/0')",
    "INSERT INTO recap_message (recap_id, platform, channel_id, channel_name, position,"
        + " message_key) VALUES (1, 'discord', '42', 'announcements', 1, 'recap-1/1')",
    "INSERT INTO recap_preview (source_kind, source, meetup_id, created_by, created_at)"
        + " VALUES ('TEXT', '# 후기\n\n## 하나\n\n글', 1, 'discord:1', 5300)",
    "INSERT INTO recap_preview (source_kind, source, meetup_id, created_by, created_at)"
        + " VALUES ('URL', 'https://blog.example.org/recap', NULL, 'slack:U1', 5301)",
    // more of the member p-1 (discord:1, slack:U1), so every table that can name a member does
    "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name, operation,"
        + " related_key, payload, status, platform_message_id, attempts, last_error, created_at,"
        + " updated_at, sent_at, next_attempt_at, claimed_at, claimed_by, outcome_unknown)"
        + " VALUES ('meetup-1-reminder-p-1', 'discord:@1', 'discord', '@1', '@Alice', 'POST', NULL,"
        + " '{\"text\":\"Alice, see you tomorrow\"}', 'PENDING', NULL, 0, NULL, 2004, 2004, NULL,"
        + " NULL, NULL, NULL, FALSE)",
    "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name, operation,"
        + " related_key, payload, status, platform_message_id, attempts, last_error, created_at,"
        + " updated_at, sent_at, next_attempt_at, claimed_at, claimed_by, outcome_unknown)"
        + " VALUES ('link-done', 'slack:@U1', 'slack', '@U1', '@Alice', 'POST', NULL, '{}', 'SENT',"
        + " 'ts-1', 1, NULL, 2005, 2006, 2006, NULL, NULL, NULL, FALSE)",
    "INSERT INTO glossary_suggestion (proposer, locale, target_id, body, status, reason,"
        + " created_at, decided_by, decided_at)"
        + " VALUES ('discord:1', 'en', 'k8s', 'id: k8s\n', 'APPROVED', NULL, 3101, 'slack:U1', 3102)",
    "INSERT INTO link_code (code, user_key, expires_at) VALUES ('DEF456', 'discord:1', 9999)",
    "INSERT INTO reminder_optout (person, changed_at) VALUES ('p-1', 3601)",
  };
}
