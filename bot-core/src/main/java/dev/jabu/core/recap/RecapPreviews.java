package dev.jabu.core.recap;

import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Previews a moderator may still publish or discard with the preview's buttons, in the {@code
 * recap_preview} table. A preview keeps its source (pasted text in full, since it cannot be read
 * again) for {@link #KEPT}; taking one removes it, so one press publishes it once.
 */
final class RecapPreviews {
  /** How long a preview's buttons work. */
  static final Duration KEPT = Duration.ofDays(1);

  /** A preview as saved: what to read and the meetup the command named. */
  record Saved(long id, RecapSource source, Optional<Long> meetup, String createdBy, long at) {
    /** What the preview was made from, short enough to name it in a list of choices. */
    String name() {
      if (source instanceof RecapSource.File f) {
        return f.path().substring(f.path().lastIndexOf('/') + 1);
      } else if (source instanceof RecapSource.Url u) {
        return u.address();
      }
      return firstLine(((RecapSource.Text) source).markdown());
    }

    /** A pasted recap's title line: the front matter's title or the first line with words. */
    private static String firstLine(String markdown) {
      String first = "";
      for (String line : markdown.lines().map(String::strip).toList()) {
        if (line.startsWith("title:")) {
          return line.substring("title:".length()).strip().replaceAll("^[\"']|[\"']$", "");
        }
        if (first.isEmpty() && !line.isEmpty() && !line.equals("---")) {
          first = line.replaceFirst("^#+\\s*", "");
        }
      }
      return first;
    }
  }

  private final Database database;
  private final Clock clock;

  RecapPreviews(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Saves a preview and forgets the expired ones; returns its id for the buttons. */
  long save(RecapSource source, Optional<Long> meetup, UserRef by) {
    long now = clock.millis();
    return database.inTransaction(
        c -> {
          try (PreparedStatement expired =
              c.prepareStatement("DELETE FROM recap_preview WHERE created_at < ?")) {
            expired.setLong(1, now - KEPT.toMillis());
            expired.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO recap_preview (source_kind, source, meetup_id, created_by,"
                      + " created_at) VALUES (?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            insert.setString(1, RecapSource.Origin.of(source).kind().name());
            insert.setString(2, text(source));
            if (meetup.isPresent()) {
              insert.setLong(3, meetup.get());
            } else {
              insert.setNull(3, Types.BIGINT);
            }
            insert.setString(4, by.key());
            insert.setLong(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** Takes a preview out; empty when it was taken, discarded or has expired. */
  Optional<Saved> take(long id) {
    long oldest = clock.millis() - KEPT.toMillis();
    return database.inTransaction(
        c -> {
          Saved saved;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT source_kind, source, meetup_id, created_by, created_at"
                      + " FROM recap_preview WHERE id = ? AND created_at >= ?")) {
            query.setLong(1, id);
            query.setLong(2, oldest);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              long meetup = row.getLong(3);
              boolean noMeetup = row.wasNull(); // asked right after reading the column
              saved =
                  new Saved(
                      id,
                      source(RecapSource.Kind.valueOf(row.getString(1)), row.getString(2)),
                      noMeetup ? Optional.empty() : Optional.of(meetup),
                      row.getString(4),
                      row.getLong(5));
            }
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM recap_preview WHERE id = ?")) {
            delete.setLong(1, id);
            // two presses at once: only the one that removed the row goes on
            return delete.executeUpdate() == 1 ? Optional.of(saved) : Optional.empty();
          }
        });
  }

  /** Previews whose buttons still work, newest first. */
  List<Saved> waiting(int limit) {
    return database.inTransaction(
        c -> {
          List<Saved> saved = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT id, source_kind, source, meetup_id, created_by, created_at"
                      + " FROM recap_preview WHERE created_at >= ? ORDER BY id DESC")) {
            query.setLong(1, clock.millis() - KEPT.toMillis());
            query.setMaxRows(limit);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                long meetup = row.getLong(4);
                boolean noMeetup = row.wasNull();
                saved.add(
                    new Saved(
                        row.getLong(1),
                        source(RecapSource.Kind.valueOf(row.getString(2)), row.getString(3)),
                        noMeetup ? Optional.empty() : Optional.of(meetup),
                        row.getString(5),
                        row.getLong(6)));
              }
            }
          }
          return saved;
        });
  }

  /** Puts a taken preview back, when publishing it was refused, so its buttons still work. */
  void restore(Saved saved) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO recap_preview (id, source_kind, source, meetup_id, created_by,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, saved.id());
            insert.setString(2, RecapSource.Origin.of(saved.source()).kind().name());
            insert.setString(3, text(saved.source()));
            if (saved.meetup().isPresent()) {
              insert.setLong(4, saved.meetup().get());
            } else {
              insert.setNull(4, Types.BIGINT);
            }
            insert.setString(5, saved.createdBy());
            insert.setLong(6, saved.at());
            insert.executeUpdate();
          }
          return null;
        });
  }

  private static String text(RecapSource source) {
    if (source instanceof RecapSource.File f) {
      return f.path();
    } else if (source instanceof RecapSource.Url u) {
      return u.address();
    }
    return ((RecapSource.Text) source).markdown();
  }

  private static RecapSource source(RecapSource.Kind kind, String text) {
    return switch (kind) {
      case FILE -> new RecapSource.File(text);
      case URL -> new RecapSource.Url(text);
      case TEXT -> new RecapSource.Text(text);
    };
  }
}
