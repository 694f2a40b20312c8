package dev.jabu.core.meetup;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /meetup stats}, and with {@code member:} that member's history: how many of those holding
 * seats came, across recent meetups, so organizers can size the next capacity; and, for moderators
 * only, what one member did at each meetup.
 */
final class SeatFiguresCommands {
  private static final int DEFAULT_COUNT = 6;
  private static final int BAR = 20;
  private static final int TITLE = 18;
  private static final int HISTORY = 20;

  private final MeetupService service;

  SeatFiguresCommands(MeetupService service) {
    this.service = service;
  }

  /** One line per meetup, oldest first: a bar of who came out of the seats, and the rates. */
  Reply stats(CommandContext ctx) {
    int count = ctx.option("count", Long.class).map(Long::intValue).orElse(DEFAULT_COUNT);
    List<Meetup> meetups = SeatCommands.recentFinished(service, ctx, count);
    if (meetups.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.stats.none")));
    }
    StringBuilder chart = new StringBuilder();
    int seats = 0;
    int came = 0;
    for (Meetup m : meetups) {
      SeatFigures f = service.ledger().figures(m.id());
      seats += f.seats();
      came += f.checkedIn();
      int filled = f.seats() == 0 ? 0 : Math.round((float) BAR * f.checkedIn() / f.seats());
      chart
          .append(String.format(Locale.ROOT, "#%-4d %s ", m.id(), fit(m.title())))
          .append("█".repeat(filled))
          .append("░".repeat(BAR - filled))
          .append(
              ctx.t(
                  "meetup.stats.row",
                  f.checkedIn(),
                  f.seats(),
                  f.noShowPercent(),
                  f.offersTaken(),
                  f.offered()))
          .append('\n');
    }
    int noShow = seats == 0 ? 0 : Math.round(100f * (seats - came) / seats);
    return Reply.privately(
        RichMessage.builder()
            .heading(ctx.t("meetup.stats.title", meetups.size()))
            .block(new Block.CodeBlock("", chart.toString()))
            .paragraph(ctx.t("meetup.stats.overall", came, seats, noShow))
            .context(ctx.t("meetup.stats.hint", noShow))
            .build());
  }

  private static String fit(String title) {
    String cut = title.length() > TITLE ? title.substring(0, TITLE - 1) + "…" : title;
    return cut + " ".repeat(TITLE - cut.length());
  }

  /** The member's meetups, newest first, with what happened to their place. */
  Reply history(CommandContext ctx) {
    if (!ctx.moderator()) {
      // what one member did is personal: organizers see the figures, not the people
      return Reply.privately(RichMessage.text(ctx.t("meetup.history.moderators-only")));
    }
    UserRef member = ctx.required("member", UserRef.class);
    String person = service.identities().personOf(member.key());
    List<AttendanceRecord> records = service.ledger().history(person, HISTORY);
    if (records.isEmpty()) {
      return Reply.privately(
          RichMessage.builder()
              .paragraph(
                  Span.text(ctx.t("meetup.history.none") + " "), new Span.UserMention(member))
              .build());
    }
    List<List<Block>> items = new ArrayList<>();
    int held = 0;
    int came = 0;
    for (AttendanceRecord r : records) {
      String title = service.find(r.meetupId()).map(Meetup::title).orElse("");
      String outcome =
          r.place().equals("SEAT")
              ? ctx.t(r.attended() ? "meetup.history.came" : "meetup.history.seat")
              : ctx.t(
                  r.place().equals("WAITLIST")
                      ? "meetup.history.waiting"
                      : "meetup.history.gave-up");
      held += r.place().equals("SEAT") ? 1 : 0;
      came += r.attended() ? 1 : 0;
      List<String> steps = r.events().stream().map(k -> ctx.t("meetup.history.kind." + k)).toList();
      items.add(
          List.of(
              new Block.Paragraph(
                  List.of(
                      Span.code("#" + r.meetupId()),
                      Span.text(" "),
                      Span.bold(title),
                      Span.text(" — " + outcome + " (" + String.join(" → ", steps) + ")")))));
    }
    return Reply.privately(
        RichMessage.builder()
            .paragraph(Span.text(ctx.t("meetup.history.title") + " "), new Span.UserMention(member))
            .block(new Block.ListBlock(false, 1, items))
            .context(ctx.t("meetup.history.total", came, held))
            .build());
  }
}
