package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    return database.withConnection(c -> personOf(c, userKey));
  }

  /** Every account of a person, the person's own first. */
  public List<String> accountsOf(String person) {
    return database.withConnection(c -> accountsOf(c, person));
  }

  /**
   * A new six-digit code for {@code userKey}; earlier codes of the account stop working. With
   * {@code merge}, the code also says its issuer agrees to merge two people already linked.
   */
  public String issueCode(String userKey, boolean merge, Instant now) {
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
                  "INSERT INTO link_code (code, user_key, expires_at, merge_consent)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, userKey);
            insert.setLong(3, now.plus(CODE_LIFETIME).toEpochMilli());
            insert.setInt(4, merge ? 1 : 0);
            insert.executeUpdate();
          }
          return null;
        });
    return code;
  }

  /** What came of redeeming a code. */
  public sealed interface LinkOutcome {
    /** Unknown or expired. */
    record BadCode() implements LinkOutcome {}

    /** The code was typed on the account that asked for it. */
    record SameAccount() implements LinkOutcome {}

    /** Both accounts already are one person. */
    record Already(String other) implements LinkOutcome {}

    /** Both accounts are on one platform; a person has one account per platform. */
    record SamePlatform(String platform) implements LinkOutcome {}

    /**
     * {@code account} is already linked with {@code linkedWith}: it must be unlinked first, or both
     * sides must agree to a merge.
     */
    record AlreadyLinked(String account, List<String> linkedWith) implements LinkOutcome {}

    /** A merge would give the person two accounts on {@code platform}. */
    record PlatformTaken(String platform, List<String> accounts) implements LinkOutcome {}

    /**
     * Linked: everything of person {@code from} now belongs to person {@code into}, whose accounts
     * are {@code accounts}.
     */
    record Linked(String from, String into, String issuer, List<String> accounts)
        implements LinkOutcome {}
  }

  /**
   * Redeems {@code code} for {@code redeemer}, in one transaction. The code is used up only by a
   * link made or already there; a refusal leaves it for the right account. An account is never
   * moved silently: when either side is already linked to someone else, both must agree to merge
   * ({@code /link merge:yes} and {@code /link <code> merge:yes}), and even then a person keeps one
   * account per platform.
   */
  public LinkOutcome link(String code, String redeemer, boolean merge, Instant now) {
    return database.inTransaction(
        c -> {
          String issuer = null;
          boolean issuerMerges = false;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT user_key, expires_at, merge_consent FROM link_code WHERE code = ?")) {
            query.setString(1, code.strip());
            try (ResultSet r = query.executeQuery()) {
              if (r.next() && r.getLong(2) >= now.toEpochMilli()) {
                issuer = r.getString(1);
                issuerMerges = r.getInt(3) != 0;
              }
            }
          }
          if (issuer == null) {
            return new LinkOutcome.BadCode();
          }
          if (issuer.equals(redeemer)) {
            return new LinkOutcome.SameAccount();
          }
          String into = personOf(c, issuer);
          String from = personOf(c, redeemer);
          if (into.equals(from)) {
            useUp(c, code);
            return new LinkOutcome.Already(issuer);
          }
          if (platform(issuer).equals(platform(redeemer))) {
            return new LinkOutcome.SamePlatform(platform(issuer));
          }
          List<String> theirs = accountsOf(c, into);
          List<String> mine = accountsOf(c, from);
          if ((theirs.size() > 1 || mine.size() > 1) && !(merge && issuerMerges)) {
            return mine.size() > 1
                ? new LinkOutcome.AlreadyLinked(redeemer, others(mine, redeemer))
                : new LinkOutcome.AlreadyLinked(issuer, others(theirs, issuer));
          }
          for (String account : mine) {
            for (String other : theirs) {
              if (platform(account).equals(platform(other))) {
                return new LinkOutcome.PlatformTaken(platform(account), List.of(other, account));
              }
            }
          }
          for (String account : mine) {
            setPerson(c, account, into, now);
          }
          useUp(c, code);
          List<String> all = accountsOf(c, into);
          return new LinkOutcome.Linked(from, into, issuer, all);
        });
  }

  /**
   * An account left its person.
   *
   * @param person the person's id before
   * @param remainingPerson the id of the accounts that stayed (a new one when the first left)
   * @param remaining the accounts that stayed
   */
  public record Unlinked(
      String person, String account, String remainingPerson, List<String> remaining) {}

  /**
   * Makes the account its own person again, from any of the person's accounts; empty when it was
   * not linked. When the account whose id the person carries leaves, the others take the id of the
   * first of them.
   */
  public Optional<Unlinked> unlink(String userKey) {
    return database.inTransaction(
        c -> {
          String person = personOf(c, userKey);
          List<String> accounts = accountsOf(c, person);
          if (accounts.size() < 2) {
            return Optional.<Unlinked>empty();
          }
          List<String> remaining = others(accounts, userKey);
          String remainingPerson = person.equals(userKey) ? remaining.get(0) : person;
          execute(c, "DELETE FROM identity_link WHERE user_key = ?", userKey);
          if (!remainingPerson.equals(person)) {
            execute(c, "DELETE FROM identity_link WHERE user_key = ?", remainingPerson);
            execute(
                c, "UPDATE identity_link SET person = ? WHERE person = ?", remainingPerson, person);
          }
          return Optional.of(new Unlinked(person, userKey, remainingPerson, remaining));
        });
  }

  private static List<String> others(List<String> accounts, String but) {
    return accounts.stream().filter(a -> !a.equals(but)).toList();
  }

  private static String platform(String userKey) {
    return userKey.substring(0, userKey.indexOf(':'));
  }

  private static String personOf(Connection c, String userKey) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT person FROM identity_link WHERE user_key = ?")) {
      query.setString(1, userKey);
      try (ResultSet r = query.executeQuery()) {
        return r.next() ? r.getString(1) : userKey;
      }
    }
  }

  private static List<String> accountsOf(Connection c, String person) throws SQLException {
    List<String> accounts = new ArrayList<>(List.of(person));
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT user_key FROM identity_link WHERE person = ? AND user_key <> ?"
                + " ORDER BY user_key")) {
      query.setString(1, person);
      query.setString(2, person);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          accounts.add(r.getString(1));
        }
      }
    }
    return accounts;
  }

  /** Makes {@code userKey} an account of {@code person}, replacing the link it had. */
  private static void setPerson(Connection c, String userKey, String person, Instant now)
      throws SQLException {
    execute(c, "DELETE FROM identity_link WHERE user_key = ?", userKey);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO identity_link (user_key, person, linked_at) VALUES (?, ?, ?)")) {
      insert.setString(1, userKey);
      insert.setString(2, person);
      insert.setLong(3, now.toEpochMilli());
      insert.executeUpdate();
    }
  }

  private static void useUp(Connection c, String code) throws SQLException {
    execute(c, "DELETE FROM link_code WHERE code = ?", code.strip());
  }

  private static void execute(Connection c, String sql, String... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setString(i + 1, args[i]);
      }
      statement.executeUpdate();
    }
  }
}
