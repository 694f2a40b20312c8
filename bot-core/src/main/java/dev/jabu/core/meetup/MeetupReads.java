package dev.jabu.core.meetup;

import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Moderators;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Meetups read for places that are not a command's answer: a member's home page on a platform
 * (Slack's Home tab), built in one pass over the ledger, and the current values of a meetup to
 * prefill an edit form. Nothing here changes anything; edits still go through {@code /meetup edit}.
 */
public final class MeetupReads {
  /** How many upcoming meetups a home page shows as cards; the rest are one command away. */
  static final int UPCOMING_SHOWN = 5;

  private static final DateTimeFormatter FORM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MeetupService service;
  private final Moderators moderators;

  public MeetupReads(MeetupService service, Moderators moderators) {
    this.service = service;
    this.moderators = moderators;
  }

  /**
   * The member's home page: their seats and waitlist places with the next reminder each will get,
   * then the next upcoming meetups they may see, each with their state and the button that applies
   * (RSVP, or leave when they hold a place).
   */
  public List<RichMessage> home(Member member, Locale locale) {
    Instant now = service.now();
    String person = service.identities().personOf(member.user().key());
    Map<Long, RsvpLedger.Holder> held = service.ledger().heldBy(person);
    boolean optedOut = service.reminders().optOuts().optedOut().contains(person);
    boolean moderator = moderators.isModerator(member);
    List<RichMessage> page = new ArrayList<>();

    List<List<Block>> mine = new ArrayList<>();
    for (Map.Entry<Long, RsvpLedger.Holder> entry : held.entrySet()) {
      Optional<Meetup> found = service.find(entry.getKey());
      if (found.isEmpty()
          || found.get().status() == Meetup.Status.CANCELLED
          || !found.get().end().isAfter(now)) {
        continue;
      }
      Meetup m = found.get();
      RsvpLedger.Holder h = entry.getValue();
      List<Span> reminder = new ArrayList<>();
      Optional<Instant> next = service.reminders().nextFor(m, h, optedOut, now);
      if (optedOut) {
        reminder.add(Span.text(t(locale, "meetup.home.reminders-off")));
      } else if (next.isPresent()) {
        reminder.add(Span.text(t(locale, "meetup.home.reminder") + " "));
        reminder.add(new Span.Timestamp(next.get(), Span.TimestampStyle.DATE_TIME));
      }
      List<Block> item = new ArrayList<>();
      item.add(
          new Block.Paragraph(
              List.of(
                  Span.code("#" + m.id()),
                  Span.text(" "),
                  Span.bold(m.title()),
                  Span.text(" — "),
                  new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME),
                  Span.text(" · " + where(locale, h)))));
      if (!reminder.isEmpty()) {
        item.add(new Block.Paragraph(reminder));
      }
      mine.add(item);
    }
    RichMessage.Builder first = RichMessage.builder().heading(t(locale, "meetup.home.mine"));
    if (mine.isEmpty()) {
      first.paragraph(t(locale, "meetup.my.none"));
    } else {
      first.block(new Block.ListBlock(false, 1, mine));
    }
    page.add(first.heading(t(locale, "meetup.list.title")).build());

    List<Meetup> upcoming =
        service.meetups().upcoming(now, UPCOMING_SHOWN * 4).stream()
            .filter(
                m ->
                    MeetupLifecycle.visibleToMembers(Stage.of(m, now))
                        || moderator
                        || service.isOrganizer(member.user(), m))
            .limit(UPCOMING_SHOWN + 1L)
            .toList();
    if (upcoming.isEmpty()) {
      page.add(RichMessage.text(t(locale, "meetup.list.none")));
    }
    for (Meetup m : upcoming.subList(0, Math.min(UPCOMING_SHOWN, upcoming.size()))) {
      page.add(card(m, held.get(m.id()), locale, now));
    }
    if (upcoming.size() > UPCOMING_SHOWN) {
      page.add(RichMessage.builder().context(t(locale, "meetup.home.more")).build());
    }
    return page;
  }

  /** A meetup in a few lines: title, start, seats, the member's state, and what they can press. */
  private RichMessage card(Meetup m, RsvpLedger.Holder mine, Locale locale, Instant now) {
    RsvpLedger.Counts counts = service.ledger().counts(m.id());
    RichMessage.Builder card =
        RichMessage.builder()
            .paragraph(
                Span.code("#" + m.id()),
                Span.text(" "),
                Span.bold(m.title()),
                Span.text(" — "),
                new Span.Timestamp(m.start(), Span.TimestampStyle.DATE_TIME))
            .context(
                t(locale, "meetup.list.seats", counts.seats(), m.capacity(), counts.waitlist())
                    + " · "
                    + t(
                        locale,
                        "meetup.info.yours",
                        mine == null ? t(locale, "meetup.home.not-yours") : where(locale, mine)));
    Stage stage = Stage.of(m, now);
    if (mine == null && stage == Stage.ANNOUNCED && m.isOpenFor(now)) {
      card.button(
          new Button(
              t(locale, "meetup.button.rsvp"), "/meetup rsvp " + m.id(), Button.Style.PRIMARY));
    }
    if (mine != null && (stage == Stage.ANNOUNCED || stage == Stage.CLOSED)) {
      card.button(
          new Button(
              t(locale, "meetup.button.leave"), "/meetup leave " + m.id(), Button.Style.SECONDARY));
    }
    return card.build();
  }

  /** The values an edit form starts from. Times are written as the date reader reads them back. */
  public record EditForm(
      long id,
      String title,
      String start,
      String end,
      int capacity,
      Optional<String> venue,
      Optional<String> address,
      Optional<String> online,
      String description) {}

  /**
   * The meetup's current values for someone who may edit it now (a moderator or one of its
   * organizers, at a stage that allows edits); empty otherwise, so the command itself says why.
   */
  public Optional<EditForm> editForm(Member member, long id) {
    Optional<Meetup> found = service.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Meetup m = found.get();
    boolean runsIt = moderators.isModerator(member) || service.isOrganizer(member.user(), m);
    if (!runsIt || !MeetupLifecycle.allows("edit", Stage.of(m, service.now()))) {
      return Optional.empty();
    }
    return Optional.of(
        new EditForm(
            m.id(),
            m.title(),
            formTime(m.localStart()),
            formTime(m.localEnd()),
            m.capacity(),
            m.venueName(),
            m.venueAddress(),
            m.onlineUrl(),
            m.description()));
  }

  private static String formTime(ZonedDateTime at) {
    return FORM_TIME.format(at);
  }

  private static String where(Locale locale, RsvpLedger.Holder h) {
    return h.seat() ? t(locale, "meetup.my.seat") : t(locale, "meetup.my.waitlist", h.position());
  }

  private static String t(Locale locale, String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
