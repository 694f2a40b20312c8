package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is the same person across platforms. An account is its own person until linked: {@code /link}
 * on one platform gives a one-time code, valid ten minutes, that {@code /link <code>} on the other
 * redeems.
 */
public final class Identities {
  public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;

  public Identities(Database database) {
    this.database = database;
  }

  /** The person an account belongs to: its link, or the account itself. */
  public String personOf(String userKey) {
    return database.withConnection(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT person FROM identity_link WHERE user_key = ?")) {
            query.setString(1, userKey);
            try (ResultSet r = query.executeQuery()) {
              return r.next() ? r.getString(1) : userKey;
            }
          }
        });
  }

  /** Every account of a person, the person's own first. */
  public List<String> accountsOf(String person) {
    return database.withConnection(
        c -> {
          List<String> accounts = new ArrayList<>(List.of(person));
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT user_key FROM identity_link WHERE person = ? AND user_key <> ? ORDER BY user_key")) {
            query.setString(1, person);
            query.setString(2, person);
            try (ResultSet r = query.executeQuery()) {
              while (r.next()) {
                accounts.add(r.getString(1));
              }
            }
          }
          return accounts;
        });
  }

  /** A new six-digit code for {@code userKey}; earlier codes of the account stop working. */
  public String issueCode(String userKey, Instant now) {
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    database.inTransaction(
        c -> {
          try (PreparedStatement clear =
              c.prepareStatement(
                  "DELETE FROM link_code WHERE user_key = ? OR expires_at < ? OR code = ?")) {
            clear.setString(1, userKey);
            clear.setLong(2, now.toEpochMilli());
            clear.setString(3, code);
            clear.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO link_code (code, user_key, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, userKey);
            insert.setLong(3, now.plus(CODE_LIFETIME).toEpochMilli());
            insert.executeUpdate();
          }
          return null;
        });
    return code;
  }

  /** The account that issued a valid code, which is used up; empty when unknown or expired. */
  public Optional<String> redeem(String code, Instant now) {
    return database.inTransaction(
        c -> {
          String issuer = null;
          try (PreparedStatement query =
              c.prepareStatement("SELECT user_key, expires_at FROM link_code WHERE code = ?")) {
            query.setString(1, code.strip());
            try (ResultSet r = query.executeQuery()) {
              if (r.next() && r.getLong(2) >= now.toEpochMilli()) {
                issuer = r.getString(1);
              }
            }
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM link_code WHERE code = ?")) {
            delete.setString(1, code.strip());
            delete.executeUpdate();
          }
          return Optional.ofNullable(issuer);
        });
  }

  /** Makes {@code userKey} an account of {@code person}. */
  public void link(String userKey, String person, Instant now) {
    database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM identity_link WHERE user_key = ?")) {
            delete.setString(1, userKey);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO identity_link (user_key, person, linked_at) VALUES (?, ?, ?)")) {
            insert.setString(1, userKey);
            insert.setString(2, person);
            insert.setLong(3, now.toEpochMilli());
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** Makes the account its own person again; false when it was not linked. */
  public boolean unlink(String userKey) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM identity_link WHERE user_key = ?")) {
            delete.setString(1, userKey);
            return delete.executeUpdate() == 1;
          }
        });
  }
}
