package dev.jabu.core.digest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.schedule.Decision;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Once a week: the meetups coming up and the glossary entries added since the last digest. The
 * outbox key names the ISO week, so a digest run twice (its instance died) posts once; a digest
 * that came due while the bot was down goes out late inside the grace window, else it is skipped.
 */
public final class WeeklyDigest {
  static final String TASK = "weekly-digest";

  /**
   * The {@code digest_run} row that stands for installing jabu: its week sorts before every ISO
   * week, so the first real digest counts from it.
   */
  static final String INSTALLED = "0000-W00";

  /** More new entries than this (a whole glossary file, say) are counted, not listed. */
  static final int LISTED_ENTRIES = 10;

  private final DigestSettings settings;
  private final CoreSettings core;
  private final Outbox outbox;
  private final Scheduling scheduling;
  private final Function<Instant, List<Meetup>> upcomingMeetups;
  private final Supplier<List<GlossaryEntry>> glossary;

  /**
   * @param upcomingMeetups announced meetups starting after the given instant, soonest first
   * @param glossary every glossary entry (empty when the glossary is off)
   */
  public WeeklyDigest(
      DigestSettings settings,
      CoreSettings core,
      Outbox outbox,
      Scheduling scheduling,
      Function<Instant, List<Meetup>> upcomingMeetups,
      Supplier<List<GlossaryEntry>> glossary) {
    this.settings = settings;
    this.core = core;
    this.outbox = outbox;
    this.scheduling = scheduling;
    this.upcomingMeetups = upcomingMeetups;
    this.glossary = glossary;
    RecurringTask<Void> task =
        Tasks.recurring(TASK, Schedules.cron(settings.cron(), core.zone()))
            .execute((instance, context) -> run(context.getExecution().executionTime));
    scheduling.add(task);
    recordInstall();
  }

  /**
   * The glossary shipped with jabu (or already in its files) is not news: the first time the digest
   * is set up on a database, it records the end of that day as a digest run, so the first real
   * digest lists only entries added after it. Day precision is all entries have.
   */
  private void recordInstall() {
    var zone = core.zone();
    Instant endOfToday =
        scheduling
            .clock()
            .instant()
            .atZone(zone)
            .toLocalDate()
            .plusDays(1)
            .atStartOfDay(zone)
            .toInstant();
    scheduling
        .database()
        .inTransaction(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO digest_run (week, sent_at) SELECT ?, ?"
                          + " WHERE NOT EXISTS (SELECT 1 FROM digest_run)")) {
                s.setString(1, INSTALLED);
                s.setLong(2, endOfToday.toEpochMilli());
                return s.executeUpdate();
              }
            });
  }

  /** One digest came due at {@code due}. */
  void run(Instant due) {
    Instant now = scheduling.clock().instant();
    String week = week(due);
    // a digest is worth sending until the next one would be
    Decision.Outcome outcome =
        scheduling.lateness().judge(due, now, due.plus(java.time.Duration.ofDays(7)));
    if (outcome == Decision.Outcome.SKIPPED) {
      decide(week, due, now, outcome, "later than the grace window");
      return;
    }
    Optional<Instant> previous = previousRun(week);
    LocalDate since =
        previous.orElse(due.minus(java.time.Duration.ofDays(7))).atZone(core.zone()).toLocalDate();
    List<Meetup> meetups =
        upcomingMeetups.apply(now).stream()
            .filter(m -> m.status() == Meetup.Status.ANNOUNCED)
            .filter(m -> m.start().isBefore(now.plus(settings.horizon())))
            .toList();
    List<GlossaryEntry> added =
        glossary.get().stream()
            .filter(e -> !e.added().isBefore(since))
            .sorted(Comparator.comparing(GlossaryEntry::added).thenComparing(GlossaryEntry::name))
            .toList();
    if (meetups.isEmpty() && added.isEmpty()) {
      recordRun(week, now);
      decide(week, due, now, Decision.Outcome.SKIPPED, "no meetups ahead and no new entries");
      return;
    }
    RichMessage message = message(meetups, added);
    for (ChannelRef channel : settings.channels()) {
      outbox.post("digest-" + week, channel, message);
    }
    recordRun(week, now);
    decide(
        week, due, now, outcome, meetups.size() + " meetups and " + added.size() + " new entries");
  }

  RichMessage message(List<Meetup> meetups, List<GlossaryEntry> added) {
    Locale locale = core.defaultLocale();
    RichMessage.Builder message =
        RichMessage.builder().heading(t("digest.title", core.communityName()));
    message.paragraph(Span.bold(t("digest.meetups")));
    if (meetups.isEmpty()) {
      message.paragraph(t("digest.no-meetups"));
    } else {
      List<List<Block>> items = new ArrayList<>();
      for (Meetup m : meetups) {
        items.add(
            List.of(
                new Block.Paragraph(
                    List.of(
                        Span.code("#" + m.id()),
                        Span.text(" "),
                        Span.bold(m.title()),
                        Span.text(" — "),
                        new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME)))));
      }
      message.block(new Block.ListBlock(false, 1, items));
    }
    if (!added.isEmpty()) {
      message.paragraph(Span.bold(t("digest.glossary")));
      List<List<Block>> items = new ArrayList<>();
      for (GlossaryEntry e : added.subList(0, Math.min(LISTED_ENTRIES, added.size()))) {
        String gloss = locale.getLanguage().equals("ko") ? e.definitionKo() : e.definitionEn();
        items.add(
            List.of(
                new Block.Paragraph(
                    List.of(Span.bold(e.name()), Span.text(" — " + firstSentence(gloss))))));
      }
      message.block(new Block.ListBlock(false, 1, items));
      if (added.size() > LISTED_ENTRIES) {
        message.paragraph(t("digest.more-entries", added.size() - LISTED_ENTRIES));
      }
    }
    message.context(t("digest.hint"));
    return message.build();
  }

  private static String firstSentence(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    int end = flat.indexOf(". ");
    String first = end < 0 ? flat : flat.substring(0, end + 1);
    return first.length() <= 160 ? first : first.substring(0, 159) + "…";
  }

  /** The ISO week of {@code at} in the community's zone, e.g. {@code 2026-W48}. */
  String week(Instant at) {
    ZonedDateTime local = at.atZone(core.zone());
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        local.get(IsoFields.WEEK_BASED_YEAR),
        local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private Optional<Instant> previousRun(String week) {
    Database database = scheduling.database();
    return database.withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT MAX(sent_at) FROM digest_run WHERE week < ?")) {
            s.setString(1, week);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              long at = r.getLong(1);
              return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
            }
          }
        });
  }

  private void recordRun(String week, Instant now) {
    scheduling
        .database()
        .inTransaction(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO digest_run (week, sent_at) VALUES (?, ?)"
                          + " ON CONFLICT DO NOTHING")) {
                s.setString(1, week);
                s.setLong(2, now.toEpochMilli());
                return s.executeUpdate();
              }
            });
  }

  private void decide(String week, Instant due, Instant now, Decision.Outcome outcome, String why) {
    scheduling.decisions().record(new Decision(TASK, week, due, now, outcome, why));
  }

  private String t(String key, Object... args) {
    return Messages.get(core.defaultLocale(), key, args);
  }
}
