package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.Dialect;
import dev.jabu.core.store.Placeholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link OutboxStore} on the {@code outbox} table; the same SQL runs on SQLite and PostgreSQL, but
 * for the lock that makes claims take turns.
 */
public final class JdbcOutboxStore implements OutboxStore {
  private static final String COLUMNS =
      "id, message_key, platform, channel_id, channel_name, operation, related_key, payload,"
          + " status, platform_message_id, attempts, last_error, created_at, updated_at, sent_at,"
          + " outcome_unknown, claimed_by, claimed_at";

  /** The claim the caller holds is still the row's: not taken over after its lease. */
  private static final String HOLDS_CLAIM =
      "status = 'SENDING' AND claimed_by = ? AND claimed_at = ?";

  /** The id of the head of destination {@code d.column1}: see {@code heads}. */
  private static final String HEAD =
      "SELECT e.id FROM outbox e LEFT JOIN outbox er"
          + " ON er.message_key = e.related_key AND er.destination = e.destination"
          + " WHERE e.destination = d.column1 AND e.status = 'PENDING'"
          + " AND (e.related_key IS NULL OR er.platform_message_id IS NOT NULL)"
          + " ORDER BY e.id LIMIT 1";

  /** The PostgreSQL advisory lock claims take turns on: "jabu" in ASCII. */
  private static final long CLAIM_LOCK = 0x6a616275L;

  /** How many destinations with waiting rows a claim reads at a time, at most and at first. */
  private static final int WINDOW = 128;

  private static final int MIN_WINDOW = 16;

  private static final String COLUMNS_WITH_RELATED =
      "SELECT o.id, o.message_key, o.operation, o.platform, o.channel_id, o.channel_name,"
          + " o.payload, o.status, o.attempts, o.outcome_unknown, o.created_at,"
          + " r.platform_message_id AS related_platform_message_id";

  private static final String RELATED =
      " LEFT JOIN outbox r ON r.message_key = o.related_key AND r.destination = o.destination";

  /** What a pruned post keeps of its content: nothing. */
  private static final String PRUNED_PAYLOAD =
      RichMessageJson.write(new RichMessage(List.of(), List.of()));

  private final Database database;

  /** The destination the last claim's walk stopped after; the next one goes on from there. */
  private final java.util.concurrent.atomic.AtomicReference<String> cursor =
      new java.util.concurrent.atomic.AtomicReference<>("");

  /** Whether the last claim took all it asked for; then the next one does not look first. */
  private volatile boolean lastClaimFull;

  public JdbcOutboxStore(Database database) {
    this.database = database;
  }

  private static final String INSERT_HEAD =
      "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name,"
          + " operation, related_key, payload, status, attempts, created_at, updated_at) VALUES ";

  private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

  private static final String INSERT_TAIL = " ON CONFLICT (message_key, destination) DO NOTHING";

  private static final String INSERT = INSERT_HEAD + INSERT_ROW + INSERT_TAIL;

  @Override
  public boolean enqueue(OutboxEntry entry, Instant now) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, 1, entry, RichMessageJson.write(entry.message()), now);
            return insert.executeUpdate() == 1;
          }
        });
  }

  /** How many rows one multi-row insert of {@link #enqueueAll} carries: 5,000 parameters. */
  private static final int ROWS_PER_INSERT = 500;

  /**
   * One transaction, and one multi-row insert per {@link #ROWS_PER_INSERT} rows, however many rows:
   * a fan-out costs one commit and a few statements (a JDBC batch was one statement per row on
   * PostgreSQL). Each statement's count is exact: rows whose key was already queued are skipped.
   */
  @Override
  public int enqueueAll(List<OutboxEntry> entries, Instant now) {
    if (entries.isEmpty()) {
      return 0;
    }
    return database.inTransaction(
        connection -> {
          if (database.dialect() == Dialect.POSTGRESQL) {
            return insertAsArrays(connection, entries, now);
          }
          // a fan-out tells thousands of people the same thing: its JSON is written once
          Map<RichMessage, String> json = new HashMap<>();
          int added = 0;
          for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            List<OutboxEntry> chunk =
                entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement insert =
                connection.prepareStatement(
                    INSERT_HEAD + Placeholders.repeated(chunk.size(), INSERT_ROW) + INSERT_TAIL)) {
              int index = 1;
              for (OutboxEntry entry : chunk) {
                index =
                    bind(
                        insert,
                        index,
                        entry,
                        json.computeIfAbsent(entry.message(), RichMessageJson::write),
                        now);
              }
              added += insert.executeUpdate();
            }
          }
          return added;
        });
  }

  private static final String INSERT_FROM_ARRAYS =
      "INSERT INTO outbox (message_key, destination, platform, channel_id, channel_name,"
          + " operation, related_key, payload, status, attempts, created_at, updated_at)"
          + " SELECT k, d, p, c, n, o, r, j, 'PENDING', 0, ?, ?"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[]) WITH ORDINALITY AS t(k, d, p, c, n, o, r, j, seq)"
          + " ORDER BY seq"
          + INSERT_TAIL;

  /**
   * PostgreSQL: every row in one statement, each column bound as one array. Thousands of rows as
   * {@code VALUES} lists are thousands of parameters for the server to parse per statement; eight
   * arrays are eight. Rows go in in the list's order, so each destination's rows keep theirs.
   */
  private static int insertAsArrays(Connection connection, List<OutboxEntry> entries, Instant now)
      throws SQLException {
    int size = entries.size();
    String[][] columns = new String[TEXT_COLUMNS][size];
    Map<RichMessage, String> json = new HashMap<>();
    for (int i = 0; i < size; i++) {
      OutboxEntry entry = entries.get(i);
      String[] row =
          textColumns(entry, json.computeIfAbsent(entry.message(), RichMessageJson::write));
      for (int c = 0; c < TEXT_COLUMNS; c++) {
        columns[c][i] = row[c];
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FROM_ARRAYS)) {
      insert.setLong(1, now.toEpochMilli());
      insert.setLong(2, now.toEpochMilli());
      for (int c = 0; c < TEXT_COLUMNS; c++) {
        insert.setArray(3 + c, connection.createArrayOf("text", columns[c]));
      }
      return insert.executeUpdate();
    }
  }

  @Override
  public void afterCommit(Runnable action) {
    database.afterCommit(action);
  }

  /** Binds one row's values from {@code first}; returns the index after them. */
  private static int bind(
      PreparedStatement insert, int first, OutboxEntry entry, String json, Instant now)
      throws SQLException {
    String[] row = textColumns(entry, json);
    for (int c = 0; c < TEXT_COLUMNS; c++) {
      insert.setString(first + c, row[c]);
    }
    insert.setLong(first + TEXT_COLUMNS, now.toEpochMilli());
    insert.setLong(first + TEXT_COLUMNS + 1, now.toEpochMilli());
    return first + TEXT_COLUMNS + 2;
  }

  /** The text columns of an inserted row, from message_key to payload; both inserts use this. */
  private static final int TEXT_COLUMNS = 8;

  private static String[] textColumns(OutboxEntry entry, String json) {
    ChannelRef destination = entry.destination();
    return new String[] {
      entry.key(),
      destination.key(),
      destination.platform().id(),
      destination.id(),
      destination.name(),
      entry.operation().name(),
      entry.relatedKey(),
      json
    };
  }

  @Override
  public List<OutboundMessage> claimReady(
      String claimer,
      Set<Platform> platforms,
      Collection<String> skipDestinations,
      int limit,
      Instant now,
      Duration lease) {
    if (platforms.isEmpty() || limit < 1) {
      return List.of();
    }
    ReadyQuery ready = new ReadyQuery(platforms, skipDestinations, now, now.minus(lease));
    // Looking first costs one indexed read and takes no lock: an idle poll ends here. After a
    // claim that took all it asked for, more is likely waiting, and the look is skipped.
    if (!lastClaimFull && !database.withConnection(ready::anyDue)) {
      return List.of();
    }
    List<OutboundMessage> claimed =
        database.inTransaction(
            connection -> {
              serializeClaims(connection);
              List<Candidate> candidates = ready.run(connection, limit);
              List<Boolean> taken = claim(connection, candidates, claimer, now, ready.staleBefore);
              List<OutboundMessage> mine = new ArrayList<>();
              for (int i = 0; i < candidates.size(); i++) {
                if (taken.get(i)) {
                  mine.add(candidates.get(i).claimedAs(claimer, now));
                }
              }
              return mine;
            });
    lastClaimFull = claimed.size() == limit;
    return claimed;
  }

  @Override
  public void release(List<OutboundMessage> claimed, Instant now) {
    if (claimed.isEmpty()) {
      return;
    }
    database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL,"
                      + " updated_at = ? WHERE id = ? AND "
                      + HOLDS_CLAIM)) {
            for (OutboundMessage row : claimed) {
              update.setLong(1, now.toEpochMilli());
              bindClaim(update, 2, row);
              update.addBatch();
            }
            update.executeBatch();
          }
          return null;
        });
  }

  /**
   * Claims take turns, so that what one claim reads (which row of a destination may go) is still
   * true when it writes: otherwise a row revived by {@code /outbox retry} between another claim's
   * read and its write could go out beside a later row of the same destination. SQLite has one
   * writer at a time anyway (transactions begin IMMEDIATE); PostgreSQL takes a transaction-scoped
   * advisory lock. A claim holds it for milliseconds; sends happen outside it. The same statement
   * has PostgreSQL plan the claim's queries for their values each time: after five runs the driver
   * prepares them on the server, and the generic plan for the rows by id scanned the table.
   */
  private void serializeClaims(Connection connection) throws SQLException {
    if (database.dialect() == Dialect.POSTGRESQL) {
      try (PreparedStatement lock =
          connection.prepareStatement(
              "SELECT pg_advisory_xact_lock(?),"
                  + " set_config('plan_cache_mode', 'force_custom_plan', true)")) {
        lock.setLong(1, CLAIM_LOCK);
        lock.executeQuery().close();
      }
    }
  }

  /**
   * The ready rows of {@link OutboxStore#claimReady}. The work is per destination with rows
   * waiting, never per waiting row, and at most a window of destinations at a time: a backlog of
   * thousands of posts to one channel costs a claim no more than one post does, and neither do ten
   * thousand direct messages waiting at once. The windows go round the destinations (the store
   * remembers where the last claim stopped), so every destination gets its turn.
   */
  private final class ReadyQuery {
    private final Set<Platform> platforms;
    private final Collection<String> skipDestinations;
    private final Instant now;
    private final Instant staleBefore;
    private final String mine;

    ReadyQuery(
        Set<Platform> platforms,
        Collection<String> skipDestinations,
        Instant now,
        Instant staleBefore) {
      this.platforms = platforms;
      this.skipDestinations = skipDestinations;
      this.now = now;
      this.staleBefore = staleBefore;
      this.mine =
          " AND o.platform IN ("
              + Placeholders.marks(platforms.size())
              + ")"
              + (skipDestinations.isEmpty()
                  ? ""
                  : " AND o.destination NOT IN ("
                      + Placeholders.marks(skipDestinations.size())
                      + ")");
    }

    /**
     * Whether any row of these platforms is due or was claimed by a dispatcher presumed dead. Each
     * half walks {@code (status, destination, id)} from the start of its status and stops at the
     * first match, so it reads waiting rows only, never sent ones. (It was one {@code LIMIT 1}
     * query with an OR, which PostgreSQL answered with a scan of the table whenever its statistics
     * still showed most rows waiting, as after a drain: every sent row was read before the new one
     * at the end, and each announcement grew slower with the number already made.)
     */
    boolean anyDue(Connection connection) throws SQLException {
      String sql =
          "SELECT (SELECT MIN(o.destination) FROM outbox o WHERE o.status = 'PENDING'"
              + " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
              + mine
              + ") IS NOT NULL OR (SELECT MIN(o.destination) FROM outbox o"
              + " WHERE o.status = 'SENDING' AND o.claimed_at <= ?"
              + mine
              + ") IS NOT NULL";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setLong(1, now.toEpochMilli());
        int index = bindMine(query, 2);
        query.setLong(index, staleBefore.toEpochMilli());
        bindMine(query, index + 1);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() && rows.getBoolean(1);
        }
      }
    }

    /**
     * Taken-over claims first, then the heads of the destinations, window by window. A window
     * starts at twice the rows wanted and doubles, up to {@link #WINDOW}, while heads are missing
     * (rows waiting for a retry or a parent); the next claim goes on after the last destination
     * taken.
     */
    List<Candidate> run(Connection connection, int limit) throws SQLException {
      List<Candidate> found = new ArrayList<>(stale(connection, limit));
      String start = cursor.get();
      String from = start;
      boolean wrapped = false;
      int size = Math.min(WINDOW, Math.max(MIN_WINDOW, 2 * limit));
      while (found.size() < limit) {
        List<String> window = waitingDestinations(connection, from, size);
        boolean lapEnded = window.size() < size;
        if (wrapped) {
          // the second lap ends where the first began
          window = window.stream().filter(d -> d.compareTo(start) <= 0).toList();
        }
        if (!window.isEmpty()) {
          List<Candidate> heads = heads(connection, window, limit - found.size());
          found.addAll(heads);
          from =
              found.size() < limit
                  ? window.get(window.size() - 1)
                  : heads.get(heads.size() - 1).destination().key();
        }
        lapEnded |= window.size() < size;
        if (found.size() >= limit) {
          break;
        }
        if (lapEnded && (wrapped || start.isEmpty())) {
          from = "";
          break;
        }
        if (lapEnded) {
          wrapped = true;
          from = "";
        }
        size = Math.min(WINDOW, size * 2);
      }
      cursor.set(from);
      found.sort(java.util.Comparator.comparingLong(Candidate::id));
      return found;
    }

    /** Up to a window of destinations with waiting rows, after {@code from}, in order. */
    private List<String> waitingDestinations(Connection connection, String from, int size)
        throws SQLException {
      // a skip-scan of (status, destination): one index probe per destination
      String sql =
          "WITH RECURSIVE waiting(destination, n) AS ("
              + " SELECT (SELECT MIN(destination) FROM outbox WHERE status = 'PENDING'"
              + " AND destination > ?), 1"
              + " UNION ALL SELECT (SELECT MIN(x.destination) FROM outbox x"
              + " WHERE x.status = 'PENDING' AND x.destination > w.destination), w.n + 1"
              + " FROM waiting w WHERE w.destination IS NOT NULL AND w.n < ?)"
              + " SELECT destination FROM waiting WHERE destination IS NOT NULL";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, from);
        query.setInt(2, size);
        List<String> destinations = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            destinations.add(rows.getString(1));
          }
        }
        return destinations;
      }
    }

    /**
     * The head of each destination, where it may go now: its first waiting row whose parent or
     * target is known (an earlier row that could go goes first, even if it must wait for its retry
     * time), with no row of the destination in flight. Two reads: the heads' ids, one index probe
     * per destination, then those rows by id. (As one statement, PostgreSQL joined the heads to the
     * outbox by hashing the whole table, about 30 ms a claim at 10,000 rows and growing with it.)
     */
    private List<Candidate> heads(Connection connection, List<String> destinations, int limit)
        throws SQLException {
      List<Long> ids = headIds(connection, destinations);
      if (ids.isEmpty()) {
        return List.of();
      }
      String sql =
          COLUMNS_WITH_RELATED
              + " FROM outbox o"
              + RELATED
              + " WHERE o.id IN ("
              + Placeholders.marks(ids.size())
              + ")"
              + " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
              + mine
              // still the head as this statement sees the table: on PostgreSQL a row of the
              // destination may have come back from SENDING since the ids were read
              + " AND o.id = ("
              + HEAD.replace("d.column1", "o.destination")
              + ")"
              // one row in flight per destination
              + " AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.destination = o.destination"
              + " AND s.status = 'SENDING')"
              // in destination order, so the next claim can go on after the last one taken
              + " ORDER BY o.destination LIMIT ?";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        int index = 1;
        for (long id : ids) {
          query.setLong(index++, id);
        }
        query.setLong(index++, now.toEpochMilli());
        index = bindMine(query, index);
        query.setInt(index, limit);
        return candidates(query);
      }
    }

    /** The id of each destination's first waiting row whose parent or target is known. */
    private List<Long> headIds(Connection connection, List<String> destinations)
        throws SQLException {
      String sql =
          "SELECT ("
              + HEAD
              + ") FROM (VALUES "
              + Placeholders.repeated(destinations.size(), "(?)")
              + ") d";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        int index = 1;
        for (String destination : destinations) {
          query.setString(index++, destination);
        }
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            long id = rows.getLong(1);
            if (!rows.wasNull()) {
              ids.add(id);
            }
          }
        }
        return ids;
      }
    }

    /** Rows claimed by a dispatcher presumed dead: taken over, checked before they are repeated. */
    private List<Candidate> stale(Connection connection, int limit) throws SQLException {
      String sql =
          COLUMNS_WITH_RELATED
              + " FROM outbox o"
              + RELATED
              + " WHERE o.status = 'SENDING' AND o.claimed_at <= ?"
              + mine
              + " AND (o.related_key IS NULL OR r.platform_message_id IS NOT NULL)"
              + " AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.destination = o.destination"
              + " AND s.status = 'SENDING' AND s.id <> o.id)"
              + " ORDER BY o.id LIMIT ?";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setLong(1, staleBefore.toEpochMilli());
        int index = bindMine(query, 2);
        query.setInt(index, limit);
        return candidates(query);
      }
    }

    private int bindMine(PreparedStatement query, int first) throws SQLException {
      int index = first;
      for (Platform platform : platforms) {
        query.setString(index++, platform.id());
      }
      for (String destination : skipDestinations) {
        query.setString(index++, destination);
      }
      return index;
    }
  }

  private static List<Candidate> candidates(PreparedStatement query) throws SQLException {
    List<Candidate> ready = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ready.add(Candidate.of(rows));
      }
    }
    return ready;
  }

  /** A ready row before it is claimed. */
  private record Candidate(
      long id,
      String key,
      Operation operation,
      ChannelRef destination,
      Optional<String> relatedPlatformMessageId,
      RichMessage message,
      Instant enqueuedAt,
      int attempts,
      boolean outcomeUnknown,
      boolean stale) {

    static Candidate of(ResultSet rows) throws SQLException {
      boolean stale = rows.getString("status").equals(OutboxStatus.SENDING.name());
      return new Candidate(
          rows.getLong("id"),
          rows.getString("message_key"),
          Operation.valueOf(rows.getString("operation")),
          OutboxRowMapper.destination(rows),
          Optional.ofNullable(rows.getString("related_platform_message_id")),
          RichMessageJson.read(rows.getString("payload")),
          Instant.ofEpochMilli(rows.getLong("created_at")),
          rows.getInt("attempts"),
          rows.getBoolean("outcome_unknown"),
          stale);
    }

    OutboundMessage claimedAs(String claimer, Instant now) {
      return new OutboundMessage(
          id,
          key,
          operation,
          destination,
          relatedPlatformMessageId,
          message,
          OutboundMessage.nonceFor(id, key),
          enqueuedAt,
          attempts,
          // a claim that expired may have sent the message before its claimer died
          outcomeUnknown || stale,
          claimer,
          now);
    }
  }

  /**
   * Compare-and-set from what each candidate was, so a row is never claimed twice; a row taken over
   * from an expired claim keeps the mark that its outcome is unknown. Waiting rows are taken in one
   * statement (one batch of single-row updates cost PostgreSQL about 20 ms for 60 rows), rows taken
   * over one by one.
   *
   * @return whether each candidate, in order, is now the caller's
   */
  private static List<Boolean> claim(
      Connection connection,
      List<Candidate> candidates,
      String claimer,
      Instant now,
      Instant staleBefore)
      throws SQLException {
    Set<Long> taken = new java.util.HashSet<>(claimWaiting(connection, candidates, claimer, now));
    for (Candidate candidate : candidates) {
      if (candidate.stale() && takeOver(connection, candidate, claimer, now, staleBefore)) {
        taken.add(candidate.id());
      }
    }
    return candidates.stream().map(c -> taken.contains(c.id())).toList();
  }

  /** The ids of the waiting candidates now claimed, in one {@code UPDATE … RETURNING}. */
  private static List<Long> claimWaiting(
      Connection connection, List<Candidate> candidates, String claimer, Instant now)
      throws SQLException {
    List<Candidate> waiting = candidates.stream().filter(c -> !c.stale()).toList();
    List<Long> taken = new ArrayList<>();
    if (waiting.isEmpty()) {
      return taken;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?, updated_at = ?"
                + " WHERE id IN ("
                + Placeholders.marks(waiting.size())
                + ") AND status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " RETURNING id")) {
      update.setString(1, claimer);
      update.setLong(2, now.toEpochMilli());
      update.setLong(3, now.toEpochMilli());
      int index = 4;
      for (Candidate candidate : waiting) {
        update.setLong(index++, candidate.id());
      }
      update.setLong(index, now.toEpochMilli());
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          taken.add(rows.getLong(1));
        }
      }
    }
    return taken;
  }

  /** Takes over a row whose claim expired; its outcome is unknown from now on. */
  private static boolean takeOver(
      Connection connection, Candidate candidate, String claimer, Instant now, Instant staleBefore)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?, updated_at = ?,"
                + " outcome_unknown = TRUE WHERE id = ? AND status = 'SENDING'"
                + " AND claimed_at <= ?")) {
      update.setString(1, claimer);
      update.setLong(2, now.toEpochMilli());
      update.setLong(3, now.toEpochMilli());
      update.setLong(4, candidate.id());
      update.setLong(5, staleBefore.toEpochMilli());
      return update.executeUpdate() == 1;
    }
  }

  private static final String MARK_SENT =
      "status = 'SENT', platform_message_id = ?, sent_at = ?, updated_at = ?,"
          + " last_error = NULL, outcome_unknown = FALSE";

  @Override
  public boolean markSent(OutboundMessage claimed, String platformMessageId, Instant now) {
    return updateHoldingClaim(
        claimed, MARK_SENT, update -> bindSent(update, platformMessageId, now));
  }

  private static int bindSent(PreparedStatement update, String platformMessageId, Instant now)
      throws SQLException {
    update.setString(1, platformMessageId);
    update.setLong(2, now.toEpochMilli());
    update.setLong(3, now.toEpochMilli());
    return 4;
  }

  /** One transaction and one batch of fenced updates, however many rows a round sent. */
  @Override
  public List<Boolean> markAllSent(List<Delivered> delivered, Instant now) {
    if (delivered.isEmpty()) {
      return List.of();
    }
    return database.inTransaction(
        connection -> {
          recordWithoutWaitingForTheDisk(connection);
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET " + MARK_SENT + " WHERE id = ? AND " + HOLDS_CLAIM)) {
            for (Delivered row : delivered) {
              bindClaim(update, bindSent(update, row.platformMessageId(), now), row.claimed());
              update.addBatch();
            }
            List<Boolean> recorded = new ArrayList<>();
            // both drivers count each statement of a batch of updates; 0 is a lost claim
            for (int count : update.executeBatch()) {
              recorded.add(count == 1);
            }
            return recorded;
          }
        });
  }

  /**
   * On PostgreSQL, commits a record of sends without waiting for its write-ahead log to reach the
   * disk (a wait of several milliseconds per commit, which capped the drain). This record only
   * follows the platform's answer: should the database crash and lose it, the rows are still
   * claimed, and after their lease they are checked on the platform before anything is sent again,
   * as for any lost bookkeeping. Claims themselves still wait for the disk: a lost claim would let
   * a row go out twice unchecked.
   */
  private void recordWithoutWaitingForTheDisk(Connection connection) throws SQLException {
    if (database.dialect() == Dialect.POSTGRESQL) {
      try (java.sql.Statement set = connection.createStatement()) {
        set.execute("SET LOCAL synchronous_commit TO OFF");
      }
    }
  }

  @Override
  public boolean markAttemptFailed(
      OutboundMessage claimed,
      String error,
      boolean outcomeUnknown,
      Optional<Instant> retryAt,
      Instant now) {
    return updateHoldingClaim(
        claimed,
        "status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
            + " outcome_unknown = ?, updated_at = ?",
        update -> {
          update.setString(1, retryAt.isPresent() ? "PENDING" : "FAILED");
          update.setString(2, error);
          if (retryAt.isPresent()) {
            update.setLong(3, retryAt.get().toEpochMilli());
          } else {
            update.setNull(3, Types.BIGINT);
          }
          update.setBoolean(4, outcomeUnknown);
          update.setLong(5, now.toEpochMilli());
          return 6;
        });
  }

  @Override
  public boolean postpone(OutboundMessage claimed, String reason, Instant until, Instant now) {
    return updateHoldingClaim(
        claimed,
        "status = 'PENDING', last_error = ?, next_attempt_at = ?, updated_at = ?",
        update -> {
          update.setString(1, reason);
          update.setLong(2, until.toEpochMilli());
          update.setLong(3, now.toEpochMilli());
          return 4;
        });
  }

  /** Binds the SET clause's values and returns the index of the first parameter after them. */
  private interface SetValues {
    int bind(PreparedStatement update) throws SQLException;
  }

  /**
   * {@code UPDATE outbox SET <set>} on the claimed row, only while the claim is still the caller's
   * (bookkeeping is fenced): false when another dispatcher took the row over.
   */
  private boolean updateHoldingClaim(OutboundMessage claimed, String set, SetValues values) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET " + set + " WHERE id = ? AND " + HOLDS_CLAIM)) {
            bindClaim(update, values.bind(update), claimed);
            return update.executeUpdate() == 1;
          }
        });
  }

  /** Binds the row and the claim of {@code WHERE id = ? AND HOLDS_CLAIM}, from {@code first}. */
  private static void bindClaim(PreparedStatement update, int first, OutboundMessage claimed)
      throws SQLException {
    update.setLong(first, claimed.outboxId());
    update.setString(first + 1, claimed.claimedBy());
    update.setLong(first + 2, claimed.claimedAt().toEpochMilli());
  }

  @Override
  public List<OutboxRow> failed(int limit) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT * FROM outbox WHERE status = 'FAILED' ORDER BY updated_at DESC, id DESC"
                      + " LIMIT ?")) {
            query.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
              while (result.next()) {
                rows.add(OutboxRowMapper.row(result));
              }
            }
            return rows;
          }
        });
  }

  @Override
  public boolean retry(long id, Instant now) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = NULL,"
                      + " updated_at = ? WHERE id = ? AND status = 'FAILED'")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, id);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<OutboxRow> find(String key, ChannelRef destination) {
    List<OutboxRow> rows =
        query(
            "SELECT " + COLUMNS + " FROM outbox WHERE message_key = ? AND destination = ?",
            key,
            destination.key());
    return rows.stream().findFirst();
  }

  @Override
  public int repoint(ChannelRef destination, String from, String to) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET platform_message_id = ?"
                      + " WHERE destination = ? AND platform_message_id = ?")) {
            update.setString(1, to);
            update.setString(2, destination.key());
            update.setString(3, from);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public Optional<RichMessage> latestContent(ChannelRef destination, String platformMessageId) {
    return query(
            "SELECT "
                + COLUMNS
                + " FROM outbox WHERE destination = ? AND platform_message_id = ?"
                + " AND status = 'SENT' AND operation IN ('POST', 'REPLY', 'EDIT') ORDER BY id DESC",
            destination.key(),
            platformMessageId)
        .stream()
        .map(OutboxRow::message)
        .filter(m -> !m.isEmpty())
        .findFirst();
  }

  @Override
  public int pruneSent(Instant cutoff) {
    return database.inTransaction(
        connection -> {
          int pruned;
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM outbox WHERE status = 'SENT' AND sent_at < ?"
                      + " AND operation IN ('EDIT', 'DELETE')")) {
            delete.setLong(1, cutoff.toEpochMilli());
            pruned = delete.executeUpdate();
          }
          try (PreparedStatement empty =
              connection.prepareStatement(
                  "UPDATE outbox SET payload = ?, last_error = NULL WHERE status = 'SENT'"
                      + " AND sent_at < ? AND operation IN ('POST', 'REPLY') AND payload <> ?")) {
            empty.setString(1, PRUNED_PAYLOAD);
            empty.setLong(2, cutoff.toEpochMilli());
            empty.setString(3, PRUNED_PAYLOAD);
            pruned += empty.executeUpdate();
          }
          return pruned;
        });
  }

  @Override
  public List<OutboxRow> all() {
    return query("SELECT " + COLUMNS + " FROM outbox ORDER BY id");
  }

  private List<OutboxRow> query(String sql, String... parameters) {
    return database.withConnection(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              query.setString(i + 1, parameters[i]);
            }
            List<OutboxRow> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(OutboxRowMapper.row(rows));
              }
            }
            return found;
          }
        });
  }
}
