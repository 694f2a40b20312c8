package dev.jabu.core.meetup;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.MarkdownConverter;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How meetups look in chat: the announcement (with RSVP buttons), details, lists and the summary.
 * Times are timestamp spans, so each platform can show them in the viewer's own zone.
 */
final class MeetupView {
  private final Locale locale;
  private final Instant now;

  /** {@code now} is when the message is made: its RSVP state is the one true at that moment. */
  MeetupView(Locale locale, Instant now) {
    this.locale = locale;
    this.now = now;
  }

  RichMessage announcement(Meetup m, RsvpLedger.Counts counts) {
    RichMessage.Builder message = RichMessage.builder();
    if (m.status() == Meetup.Status.CANCELLED) {
      message.paragraph(Span.bold(t("meetup.view.cancelled-banner")));
    }
    message.block(new Block.Heading(1, List.of(Span.text(m.title()))));
    message.paragraph(
        new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME),
        Span.text(" – "),
        new Span.Timestamp(m.end(), Span.TimestampStyle.TIME));
    place(m).ifPresent(message::block);
    if (!m.description().isBlank()) {
      // Organizer text is markdown; the converter keeps every word a text span, so no mentions.
      MarkdownConverter.convert(m.description()).blocks().forEach(message::block);
    }
    if (!m.agenda().isEmpty()) {
      message.paragraph(Span.bold(t("meetup.view.agenda")));
      message.block(
          new Block.ListBlock(
              true,
              1,
              m.agenda().stream().map(a -> List.<Block>of(paragraph(Span.text(a)))).toList()));
    }
    message.block(fields(m, counts));
    links(m).ifPresent(message::block);
    message.context(t("meetup.view.id", m.id()));
    Stage stage = Stage.of(m, now);
    if (stage == Stage.ANNOUNCED) {
      message.button(
          new Button(t("meetup.button.rsvp"), "/meetup rsvp " + m.id(), Button.Style.PRIMARY));
    }
    if (stage == Stage.ANNOUNCED || stage == Stage.CLOSED) {
      message.button(
          new Button(t("meetup.button.leave"), "/meetup leave " + m.id(), Button.Style.SECONDARY));
      message.button(
          new Button(t("meetup.button.calendar"), "/meetup ics " + m.id(), Button.Style.SECONDARY));
    }
    return message.build();
  }

  /** Where: venue, address, map and online links, joined by " · " after a pin. */
  private java.util.Optional<Block> place(Meetup m) {
    List<Span> parts = new ArrayList<>();
    m.venueName().ifPresent(v -> parts.add(Span.text(v)));
    m.venueAddress().ifPresent(a -> parts.add(Span.text(a)));
    m.mapUrl().ifPresent(u -> parts.add(new Span.Link(t("meetup.view.map"), u)));
    m.onlineUrl().ifPresent(u -> parts.add(new Span.Link(t("meetup.view.online"), u)));
    if (parts.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Span> spans = new ArrayList<>();
    spans.add(Span.text("📍 "));
    for (Span part : parts) {
      if (spans.size() > 1) {
        spans.add(Span.text(" · "));
      }
      spans.add(part);
    }
    return java.util.Optional.of(new Block.Paragraph(spans));
  }

  private Block fields(Meetup m, RsvpLedger.Counts counts) {
    List<Block.Field> fields = new ArrayList<>();
    fields.add(
        new Block.Field(
            t("meetup.view.seats"),
            List.of(Span.text(counts.seats() + " / " + m.capacity())),
            true));
    fields.add(
        new Block.Field(
            t("meetup.view.waitlist"),
            List.of(Span.text(String.valueOf(counts.waitlist()))),
            true));
    fields.add(new Block.Field(t("meetup.view.status"), List.of(Span.text(state(m))), true));
    m.rsvpOpens()
        .ifPresent(
            o ->
                fields.add(
                    new Block.Field(
                        t("meetup.view.rsvp-opens"),
                        List.of(new Span.Timestamp(o, Span.TimestampStyle.DATE_TIME)),
                        true)));
    m.rsvpCloses()
        .ifPresent(
            c ->
                fields.add(
                    new Block.Field(
                        t("meetup.view.rsvp-closes"),
                        List.of(new Span.Timestamp(c, Span.TimestampStyle.DATE_TIME)),
                        true)));
    return new Block.Fields(fields);
  }

  /** The RSVP state as of {@link #now}: the stage, and for an announced meetup its window. */
  private String state(Meetup m) {
    return switch (Stage.of(m, now)) {
      case DRAFT -> t("meetup.status.draft");
      case CANCELLED -> t("meetup.status.cancelled");
      case PAST -> t("meetup.status.finished");
      case CLOSED -> t("meetup.status.closed");
      case ANNOUNCED ->
          m.rsvpOpens().map(now::isBefore).orElse(false)
              ? t("meetup.status.not-yet")
              : m.isOpenFor(now) ? t("meetup.status.open") : t("meetup.status.closed");
    };
  }

  private java.util.Optional<Block> links(Meetup m) {
    List<Span> spans = new ArrayList<>();
    m.registrationUrl().ifPresent(u -> spans.add(new Span.Link(t("meetup.view.registration"), u)));
    m.githubUrl().ifPresent(u -> spans.add(new Span.Link("GitHub", u)));
    m.socialUrl().ifPresent(u -> spans.add(new Span.Link(t("meetup.view.social"), u)));
    m.recapUrl().ifPresent(u -> spans.add(new Span.Link(t("meetup.view.recap"), u)));
    List<Span> separated = new ArrayList<>();
    for (Span s : spans) {
      if (!separated.isEmpty()) {
        separated.add(Span.text(" · "));
      }
      separated.add(s);
    }
    return separated.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Block.Paragraph(separated));
  }

  /**
   * Which part of the list a reader sees.
   *
   * @param first the number of the first meetup shown, counting from 1
   */
  record Page(int first, int total, int number, int pages) {}

  RichMessage list(List<Meetup> meetups, Map<Long, RsvpLedger.Counts> counts, Page page) {
    if (meetups.isEmpty()) {
      return RichMessage.text(t("meetup.list.none"));
    }
    List<List<Block>> items = new ArrayList<>();
    for (Meetup m : meetups) {
      RsvpLedger.Counts c = counts.get(m.id());
      items.add(row(m, t("meetup.list.seats", c.seats(), m.capacity(), c.waitlist())));
    }
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(t("meetup.list.title"))
            .block(new Block.ListBlock(false, 1, items))
            .context(
                t(
                    "meetup.list.count",
                    page.first(),
                    page.first() + meetups.size() - 1,
                    page.total()));
    if (page.number() < page.pages()) {
      message.context(t("meetup.list.more", page.number() + 1, page.pages()));
    }
    return message.context(t("meetup.list.hint")).build();
  }

  /** {@code offered}: the meetups where a seat is held for the reader, and until when. */
  RichMessage mine(
      List<Meetup> meetups, Map<Long, RsvpLedger.Holder> held, Map<Long, Instant> offered) {
    if (meetups.isEmpty()) {
      return RichMessage.text(t("meetup.my.none"));
    }
    List<List<Block>> items = new ArrayList<>();
    for (Meetup m : meetups) {
      RsvpLedger.Holder h = held.get(m.id());
      String where = h.seat() ? t("meetup.my.seat") : t("meetup.my.waitlist", h.position());
      List<Block> item = new ArrayList<>(row(m, where));
      if (offered.containsKey(m.id())) {
        item.add(
            paragraph(
                Span.text(t("meetup.my.offered", m.id()) + " "),
                new Span.Timestamp(offered.get(m.id()), Span.TimestampStyle.DATE_TIME)));
      }
      items.add(item);
    }
    return RichMessage.builder()
        .heading(t("meetup.my.title"))
        .block(new Block.ListBlock(false, 1, items))
        .build();
  }

  /** The summary; it names the recap when there is one, else links the meetup's recap address. */
  RichMessage summary(
      Meetup m,
      RsvpLedger.Counts counts,
      SeatFigures figures,
      java.util.Optional<RecapLinks.RecapLink> recap) {
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(t("meetup.summary.title", m.title()))
            .paragraph(
                new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME),
                Span.text(
                    " · "
                        + t(
                            "meetup.summary.counts",
                            counts.seats(),
                            m.capacity(),
                            counts.waitlist())));
    if (counts.attended() > 0) {
      message.paragraph(t("meetup.summary.attended", counts.attended()));
    }
    message.block(figureFields(figures));
    if (recap.isPresent()) {
      List<Span> spans = new ArrayList<>();
      spans.add(Span.text(t("meetup.summary.recap") + " "));
      spans.add(Span.bold(recap.get().title()));
      recap.get().url().ifPresent(u -> spans.add(Span.text(" ")));
      recap.get().url().ifPresent(u -> spans.add(new Span.Link(u, u)));
      message.paragraph(spans.toArray(Span[]::new));
    } else {
      m.recapUrl()
          .ifPresent(
              u ->
                  message.paragraph(
                      Span.text(t("meetup.summary.recap") + " "), new Span.Link(u, u)));
    }
    return message.build();
  }

  /**
   * The reminder posted in the meetup's thread: when it starts, where, and seats left; the one that
   * asks ({@code askConfirm}) lets seat holders answer whether they are coming.
   */
  RichMessage channelReminder(Meetup m, RsvpLedger.Counts counts, boolean askConfirm) {
    RichMessage.Builder message = reminder(m, "");
    message.context(
        t("meetup.reminder.seats", counts.seats(), m.capacity(), counts.waitlist(), m.id()));
    if (askConfirm) {
      message.context(t("meetup.reminder.confirm-thread", m.id()));
      confirmButtons(message, m);
    }
    if (m.isOpenFor(now)) {
      message.button(
          new Button(t("meetup.button.rsvp"), "/meetup rsvp " + m.id(), Button.Style.PRIMARY));
    }
    return message.build();
  }

  /**
   * The reminder sent to one member: their seat or waitlist place, and how to give it up; the one
   * that asks ({@code askConfirm}) has a seat holder say whether they are coming.
   */
  RichMessage personalReminder(Meetup m, RsvpLedger.Holder holder, boolean askConfirm) {
    String where = holder.seat() ? t("meetup.my.seat") : t("meetup.my.waitlist", holder.position());
    RichMessage.Builder message = reminder(m, " · " + where);
    if (askConfirm && holder.seat() && !holder.confirmed()) {
      message.paragraph(t("meetup.reminder.confirm-ask"));
      message.context(t("meetup.reminder.confirm-hint", m.id()));
      confirmButtons(message, m);
      return message.build();
    }
    message.context(t("meetup.reminder.personal-hint", m.id()));
    message.button(
        new Button(t("meetup.button.leave"), "/meetup leave " + m.id(), Button.Style.SECONDARY));
    return message.build();
  }

  /** "I'm coming" records the answer; "I can't come" frees the seat at once, as leave does. */
  private void confirmButtons(RichMessage.Builder message, Meetup m) {
    message.button(
        new Button(t("meetup.button.coming"), "/meetup confirm " + m.id(), Button.Style.PRIMARY));
    message.button(
        new Button(t("meetup.button.not-coming"), "/meetup leave " + m.id(), Button.Style.DANGER));
  }

  /** A seat offered to someone waiting: until when it is held, and how to take it or pass. */
  RichMessage offer(Meetup m, RsvpLedger.Offer offer) {
    return RichMessage.builder()
        .heading(t("meetup.offer.title", m.title()))
        .paragraph(
            Span.text(t("meetup.reminder.starts") + " "),
            new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME))
        .paragraph(
            Span.text(t("meetup.offer.held") + " "),
            new Span.Timestamp(offer.expiresAt(), Span.TimestampStyle.DATE_TIME),
            Span.text(" ("),
            new Span.Timestamp(offer.expiresAt(), Span.TimestampStyle.RELATIVE),
            Span.text(")"))
        .context(t("meetup.offer.hint", m.id()))
        .button(
            new Button(t("meetup.button.claim"), "/meetup claim " + m.id(), Button.Style.PRIMARY))
        .button(
            new Button(t("meetup.button.pass"), "/meetup pass " + m.id(), Button.Style.SECONDARY))
        .build();
  }

  /** What happened to the seats, as the organizers size the next meetup by. */
  Block figureFields(SeatFigures f) {
    List<Block.Field> fields = new ArrayList<>();
    fields.add(field("meetup.figures.rsvps", f.rsvps()));
    fields.add(field("meetup.figures.confirmed", f.confirmed() + " / " + f.seats()));
    fields.add(field("meetup.figures.released", f.released()));
    fields.add(
        field(
            "meetup.figures.offers",
            t(
                "meetup.figures.offers-value",
                f.offersTaken(),
                f.offersExpired(),
                f.offersPassed())));
    fields.add(field("meetup.figures.checked-in", f.checkedIn() + " / " + f.seats()));
    fields.add(field("meetup.figures.no-show", f.noShowPercent() + "%"));
    return new Block.Fields(fields);
  }

  private Block.Field field(String key, Object value) {
    return new Block.Field(t(key), List.of(Span.text(String.valueOf(value))), true);
  }

  /** Title, start (absolute and relative) with {@code note} after it, and the place. */
  private RichMessage.Builder reminder(Meetup m, String note) {
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(t("meetup.reminder.title", m.title()))
            .paragraph(
                Span.text(t("meetup.reminder.starts") + " "),
                new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME),
                Span.text(" ("),
                new Span.Timestamp(m.start(), Span.TimestampStyle.RELATIVE),
                Span.text(")" + note));
    place(m).ifPresent(message::block);
    return message;
  }

  /** One meetup in a list: number, title, start, and what matters to the reader. */
  private static List<Block> row(Meetup m, String note) {
    return List.of(
        paragraph(
            Span.code("#" + m.id()),
            Span.text(" "),
            Span.bold(m.title()),
            Span.text(" — "),
            new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME),
            Span.text(" · " + note)));
  }

  private static Block.Paragraph paragraph(Span... spans) {
    return new Block.Paragraph(List.of(spans));
  }

  private String t(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
