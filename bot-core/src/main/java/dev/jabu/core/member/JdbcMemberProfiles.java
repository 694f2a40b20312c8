package dev.jabu.core.member;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jabu.core.MemoryBudget;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Placeholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Member profiles in the {@code member_profile} table, one row per account, read together with the
 * person's other accounts from {@code identity_link}. Each time written is made later than the same
 * kind of time on the person's other accounts, so "the latest wins" holds even for two commands in
 * one millisecond or on instances whose clocks differ a little.
 *
 * <p>{@link #seen} runs for every command, so this process remembers for a short while which
 * accounts it found up to date and reads nothing for them. Using another account of the person here
 * forgets its siblings at once; what only the memory hides (a link made since, another instance's
 * write on PostgreSQL) is read again within {@link #REMEMBER_SEEN}.
 */
public final class JdbcMemberProfiles implements MemberProfiles {
  /** The rows of every account of the person that {@code ?} (given twice) belongs to. */
  private static final String PERSON_ROWS =
      "WITH me (person) AS"
          + " (SELECT COALESCE((SELECT person FROM identity_link WHERE user_key = ?), ?))"
          + " SELECT p.user_key, p.seen_locale, p.seen_at, p.language, p.language_at, p.primary_at"
          + " FROM member_profile p, me"
          + " WHERE p.user_key = me.person"
          + " OR p.user_key IN (SELECT l.user_key FROM identity_link l WHERE l.person = me.person)";

  static final Duration REMEMBER_SEEN = Duration.ofSeconds(30);

  private final Database database;

  /** Accounts found up to date with the locale tag they had: nothing to read or write for them. */
  private final Cache<String, String> upToDate =
      Caffeine.newBuilder()
          .expireAfterWrite(REMEMBER_SEEN)
          .maximumSize(MemoryBudget.ACTIVE_MEMBERS)
          .build();

  public JdbcMemberProfiles(Database database) {
    this.database = database;
  }

  @Override
  public void seen(String userKey, Locale locale, Instant at) {
    String tag = locale.toLanguageTag();
    if (tag.equals(upToDate.getIfPresent(userKey))) {
      return;
    }
    // a write only when it would change something
    if (!database.withConnection(c -> seenChanges(read(c, userKey), userKey, tag))) {
      upToDate.put(userKey, tag);
      return;
    }
    List<MemberProfile.Account> written =
        database.inTransaction(
            c -> {
              List<MemberProfile.Account> rows = read(c, userKey);
              if (seenChanges(rows, userKey, tag)) {
                long stamp = after(rows, userKey, MemberProfile.Account::seenAt, at);
                try (PreparedStatement s =
                    c.prepareStatement(
                        "INSERT INTO member_profile (user_key, seen_locale, seen_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (user_key) DO UPDATE"
                            + " SET seen_locale = excluded.seen_locale, seen_at = excluded.seen_at")) {
                  s.setString(1, userKey);
                  s.setString(2, tag);
                  s.setLong(3, stamp);
                  s.executeUpdate();
                }
              }
              return rows;
            });
    // once committed, the siblings must look again: this account is now the one used last
    written.forEach(a -> upToDate.invalidate(a.userKey()));
  }

  /**
   * Whether the account's row is missing, has another locale, or another account was used since.
   */
  private static boolean seenChanges(List<MemberProfile.Account> rows, String userKey, String tag) {
    Optional<MemberProfile.Account> mine =
        rows.stream().filter(a -> a.userKey().equals(userKey)).findFirst();
    if (mine.isEmpty()
        || !mine.get().seenLocale().map(Locale::toLanguageTag).equals(Optional.of(tag))) {
      return true;
    }
    Instant myTime = mine.get().seenAt();
    return rows.stream()
        .anyMatch(a -> !a.userKey().equals(userKey) && !a.seenAt().isBefore(myTime));
  }

  @Override
  public void chooseLanguage(String userKey, Optional<Locale> language, Instant at) {
    database.inTransaction(
        c -> {
          long stamp = after(read(c, userKey), null, a -> a.languageAt().orElse(Instant.EPOCH), at);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO member_profile (user_key, seen_at, language, language_at)"
                      + " VALUES (?, 0, ?, ?) ON CONFLICT (user_key) DO UPDATE"
                      + " SET language = excluded.language, language_at = excluded.language_at")) {
            s.setString(1, userKey);
            s.setString(2, language.map(Locale::toLanguageTag).orElse(null));
            s.setLong(3, stamp);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void choosePrimary(String userKey, Instant at) {
    database.inTransaction(
        c -> {
          long stamp =
              after(read(c, userKey), null, a -> a.primarySince().orElse(Instant.EPOCH), at);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO member_profile (user_key, seen_at, primary_at) VALUES (?, 0, ?)"
                      + " ON CONFLICT (user_key) DO UPDATE SET primary_at = excluded.primary_at")) {
            s.setString(1, userKey);
            s.setLong(2, stamp);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public MemberProfile profile(String userKey) {
    return new MemberProfile(database.withConnection(c -> read(c, userKey)));
  }

  /** How many accounts one read of {@link #profiles} asks for: well under both drivers' limits. */
  private static final int CHUNK = 500;

  /**
   * A fan-out's profiles in a few set-based reads (one per {@link #CHUNK} accounts) rather than one
   * read per person: the answer to a cancel of thousands must not wait on each of them.
   */
  @Override
  public Map<String, MemberProfile> profiles(Collection<String> userKeys) {
    List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(userKeys));
    Map<String, List<MemberProfile.Account>> rows = new HashMap<>();
    database.withConnection(
        c -> {
          for (int from = 0; from < keys.size(); from += CHUNK) {
            readAll(c, keys.subList(from, Math.min(keys.size(), from + CHUNK)), rows);
          }
          return null;
        });
    Map<String, MemberProfile> found = new LinkedHashMap<>();
    for (String key : userKeys) {
      found.put(key, new MemberProfile(rows.getOrDefault(key, List.of())));
    }
    return found;
  }

  /** {@link #PERSON_ROWS} for many accounts at once, each row tagged with the account asked. */
  private static void readAll(
      Connection c, List<String> keys, Map<String, List<MemberProfile.Account>> into)
      throws SQLException {
    String sql =
        "WITH asked (user_key) AS (VALUES "
            + Placeholders.repeated(keys.size(), "(?)")
            + "), me (asked, person) AS (SELECT a.user_key, COALESCE(l.person, a.user_key)"
            + " FROM asked a LEFT JOIN identity_link l ON l.user_key = a.user_key),"
            + " mine (asked, user_key) AS (SELECT asked, person FROM me"
            + " UNION SELECT me.asked, l.user_key FROM me JOIN identity_link l ON l.person = me.person)"
            + " SELECT m.asked, p.user_key, p.seen_locale, p.seen_at, p.language, p.language_at,"
            + " p.primary_at FROM mine m JOIN member_profile p ON p.user_key = m.user_key";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < keys.size(); i++) {
        s.setString(i + 1, keys.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          into.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(account(r, 2));
        }
      }
    }
  }

  /**
   * {@code at}, or just after the latest such time on the person's accounts (other than {@code
   * but}) when that is not earlier.
   */
  private static long after(
      List<MemberProfile.Account> rows,
      String but,
      Function<MemberProfile.Account, Instant> time,
      Instant at) {
    long latest =
        rows.stream()
            .filter(a -> !a.userKey().equals(but))
            .mapToLong(a -> time.apply(a).toEpochMilli())
            .max()
            .orElse(Long.MIN_VALUE);
    return latest < at.toEpochMilli() ? at.toEpochMilli() : latest + 1;
  }

  private static List<MemberProfile.Account> read(Connection c, String userKey)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(PERSON_ROWS)) {
      s.setString(1, userKey);
      s.setString(2, userKey);
      try (ResultSet r = s.executeQuery()) {
        List<MemberProfile.Account> rows = new ArrayList<>();
        while (r.next()) {
          rows.add(account(r, 1));
        }
        return rows;
      }
    }
  }

  /** One account's row, its columns from {@code first} on in {@link #PERSON_ROWS}' order. */
  private static MemberProfile.Account account(ResultSet r, int first) throws SQLException {
    return new MemberProfile.Account(
        r.getString(first),
        Optional.ofNullable(r.getString(first + 1)).map(Locale::forLanguageTag),
        Instant.ofEpochMilli(r.getLong(first + 2)),
        Optional.ofNullable(r.getString(first + 3)).map(Locale::forLanguageTag),
        instant(r, first + 4),
        instant(r, first + 5));
  }

  private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }
}
