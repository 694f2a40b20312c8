package dev.jabu.app.web;

import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.meetup.RsvpLedger;
import dev.jabu.core.meetup.Stage;
import dev.jabu.core.parse.MomentText;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /meetups} and {@code /meetups/{id}}, read from the meetup service like {@code /meetup
 * list} and {@code info}: drafts never show, and the ledger gives counts only, never who holds a
 * seat.
 */
final class MeetupPages {
  static final String SCRIPT = "local-time.js";
  private static final int UPCOMING = 50;
  private static final int PAST = 30;

  /** How far back the past list reaches. */
  private static final Duration PAST_REACH = Duration.ofDays(3 * 365);

  private final MeetupService service;
  private final SiteSettings settings;
  private final Frames frames;
  private final Renderer renderer;
  private final Errors errors;

  MeetupPages(
      MeetupService service,
      SiteSettings settings,
      Frames frames,
      Renderer renderer,
      Errors errors) {
    this.service = service;
    this.settings = settings;
    this.frames = frames;
    this.renderer = renderer;
    this.errors = errors;
  }

  /** Announced (and cancelled) meetups that have not ended, soonest first; never drafts. */
  List<Meetup> upcoming(Instant now) {
    return service.meetups().upcoming(now, UPCOMING).stream()
        .filter(m -> m.status() != Meetup.Status.DRAFT)
        .toList();
  }

  /** The next meetup that is not cancelled, for the front page. */
  Optional<MeetupLine> next(Texts t) {
    Instant now = service.now();
    return upcoming(now).stream()
        .filter(m -> m.status() != Meetup.Status.CANCELLED)
        .findFirst()
        .map(m -> line(m, t, now));
  }

  void list(Context ctx) {
    Texts t = frames.texts(ctx);
    Instant now = service.now();
    List<MeetupLine> upcoming = upcoming(now).stream().map(m -> line(m, t, now)).toList();
    List<MeetupLine> past =
        service.meetups().published(now.minus(PAST_REACH), 1000).stream()
            .filter(m -> m.status() != Meetup.Status.CANCELLED && Stage.of(m, now) == Stage.PAST)
            .sorted(Comparator.comparing(Meetup::start).reversed())
            .limit(PAST)
            .map(m -> line(m, t, now))
            .toList();
    Page page =
        frames.page(
            ctx,
            t,
            t.get("web.meetups.title"),
            t.get("web.meetups.description", settings.community()),
            "meetups",
            "website",
            List.of());
    renderer.page(
        ctx, 200, "meetups.jte", new MeetupsModel(page, upcoming, past, feed(), webcal(ctx)));
  }

  void meetup(Context ctx, String idText) {
    Texts t = frames.texts(ctx);
    Optional<Meetup> found =
        id(idText).flatMap(service::find).filter(m -> m.status() != Meetup.Status.DRAFT);
    if (found.isEmpty()) {
      errors.notFound(ctx, t);
      return;
    }
    Meetup m = found.get();
    Instant now = service.now();
    RsvpLedger.Counts counts = service.ledger().counts(m.id());
    String when = when(m, t);
    Page page =
        frames.page(
            ctx,
            t,
            m.title(),
            when + (m.venueName().isPresent() ? " · " + m.venueName().get() : ""),
            "meetups",
            "website",
            List.of(SCRIPT));
    renderer.page(
        ctx,
        200,
        "meetup.jte",
        new MeetupModel(
            page,
            m.title(),
            status(m, t, now),
            when,
            iso(m.start()),
            iso(m.end()),
            m.venueName(),
            m.venueAddress(),
            SafeUrl.of(m.mapUrl()),
            m.onlineUrl().isPresent(),
            t.get("web.meetup.seats.left", seatsLeft(m, counts), m.capacity()),
            t.get("web.meetup.waitlist", counts.waitlist()),
            m.description().strip(),
            m.agenda(),
            m.isOpenFor(now),
            "/meetup rsvp " + m.id(),
            SafeUrl.of(m.registrationUrl()),
            SafeUrl.of(m.recapUrl()),
            "/meetups/" + m.id() + ".ics",
            feed(),
            webcal(ctx)));
  }

  MeetupLine line(Meetup m, Texts t, Instant now) {
    RsvpLedger.Counts counts = service.ledger().counts(m.id());
    return new MeetupLine(
        "/meetups/" + m.id(),
        m.title(),
        when(m, t),
        iso(m.start()),
        status(m, t, now),
        t.get("web.meetups.seats", seatsLeft(m, counts), m.capacity(), counts.waitlist()),
        SafeUrl.of(m.recapUrl()));
  }

  private static int seatsLeft(Meetup m, RsvpLedger.Counts counts) {
    return Math.max(0, m.capacity() - counts.seats());
  }

  private Optional<String> status(Meetup m, Texts t, Instant now) {
    return switch (Stage.of(m, now)) {
      case CANCELLED -> Optional.of(t.get("web.meetup.status.cancelled"));
      case PAST -> Optional.of(t.get("web.meetup.status.past"));
      case CLOSED -> Optional.of(t.get("web.meetup.status.closed"));
      case ANNOUNCED ->
          m.isOpenFor(now) ? Optional.of(t.get("web.meetup.status.open")) : Optional.empty();
      case DRAFT -> Optional.empty();
    };
  }

  /** Start and end in the community's zone, as the bot writes them in chat. */
  private String when(Meetup m, Texts t) {
    ZonedDateTime start = m.start().atZone(settings.zone());
    return MomentText.span(start, Optional.of(m.end().atZone(settings.zone())), t.locale());
  }

  private String iso(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(settings.zone()));
  }

  private static String feed() {
    return "/calendar.ics";
  }

  /** The feed for calendar apps: webcal:// is https:// to them, and asks them to subscribe. */
  private String webcal(Context ctx) {
    return frames.root(ctx).replaceFirst("^https?://", "webcal://") + feed();
  }

  private static Optional<Long> id(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }
}
