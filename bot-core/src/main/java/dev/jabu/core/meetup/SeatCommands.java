package dev.jabu.core.meetup;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What members and organizers do with seats near the start: say they are coming, take or pass an
 * offered seat, check in at the door, and set a meetup's offer timing. {@link MeetupCommands}
 * declares the commands and finds the meetup; these handlers act on it.
 */
final class SeatCommands {
  /** Check-in opens this long before the start, when the doors do. */
  static final Duration CHECKIN_OPENS = Duration.ofHours(3);

  /** No 0/O, 1/I/L: the code is read aloud and copied from a screen at the door. */
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int CODE_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MeetupService service;

  SeatCommands(MeetupService service) {
    this.service = service;
  }

  Reply confirm(CommandContext ctx, Meetup meetup) {
    String key =
        switch (service.confirm(meetup, ctx.user())) {
          case CONFIRMED -> "meetup.confirm.done";
          case ALREADY -> "meetup.confirm.already";
          case NO_SEAT -> "meetup.confirm.no-seat";
        };
    return say(ctx, key, meetup.title(), meetup.id());
  }

  Reply claim(CommandContext ctx, Meetup meetup) {
    return offerAnswer(ctx, meetup, service.claim(meetup, ctx.user()));
  }

  Reply pass(CommandContext ctx, Meetup meetup) {
    return offerAnswer(ctx, meetup, service.pass(meetup, ctx.user()));
  }

  private Reply offerAnswer(CommandContext ctx, Meetup meetup, RsvpLedger.OfferAnswer answer) {
    String key =
        switch (answer.outcome()) {
          case TAKEN -> "meetup.claim.taken";
          case PASSED -> "meetup.pass.done";
          case EXPIRED -> "meetup.offer.expired";
          case NO_OFFER -> "meetup.offer.none";
          case ALREADY_SEAT -> "meetup.rsvp.already-seat";
          case NOT_TAKING -> "meetup.rsvp.closed";
        };
    return say(ctx, key, meetup.title(), meetup.id());
  }

  Reply checkinCode(CommandContext ctx, Meetup meetup) {
    String code = service.ledger().checkinCode(meetup.id(), SeatCommands::freshCode);
    return Reply.privately(
        RichMessage.builder()
            .paragraph(ctx.t("meetup.checkin-code.show", meetup.title(), code))
            .context(ctx.t("meetup.checkin-code.hint", meetup.id(), code))
            .build());
  }

  Reply checkin(CommandContext ctx, Meetup meetup) {
    Instant now = service.now();
    if (now.isBefore(meetup.start().minus(CHECKIN_OPENS)) || !now.isBefore(meetup.end())) {
      return say(ctx, "meetup.checkin.not-now", meetup.title(), CHECKIN_OPENS.toHours());
    }
    String typed = ctx.required("code", String.class).strip().toUpperCase(Locale.ROOT);
    String code = service.ledger().checkinCode(meetup.id(), SeatCommands::freshCode);
    if (!typed.equals(code)) {
      return say(ctx, "meetup.checkin.wrong-code", meetup.title());
    }
    String key =
        switch (service.checkIn(meetup, ctx.user())) {
          case CHECKED_IN -> "meetup.checkin.done";
          case ALREADY -> "meetup.checkin.already";
          case WALKED_IN -> "meetup.checkin.walked-in";
          case FULL -> "meetup.checkin.full";
          case NOT_ON_LIST -> "meetup.checkin.not-on-list";
          case NOT_TAKING -> "meetup.rsvp.closed";
        };
    return say(ctx, key, meetup.title(), meetup.id());
  }

  /** The options of {@code /meetup edit} that set the meetup's own offer timing. */
  static List<OptionSpec> offerOptions() {
    return List.of(
        OptionSpec.optional(
            "offer-window",
            OptionType.DURATION,
            "자리 제안을 잡아 두는 시간 (이 밋업만)",
            "How long an offered seat is held (this meetup only)"),
        OptionSpec.optional(
            "offers-from",
            OptionType.DURATION,
            "시작 전 언제부터 자리를 제안할지 (이 밋업만)",
            "How long before the start seats are offered (this meetup only)"),
        OptionSpec.optional(
            "offers",
            OptionType.BOOLEAN,
            "off: 제안 없이 바로 입장, on: 커뮤니티 설정",
            "off: seats go at once; on: the community's timing"));
  }

  /**
   * Applies the offer options of an edit ({@code offer-window}, {@code offers-from}, {@code
   * offers:off|on}) and says the timing now in force; empty when the edit named none.
   */
  Optional<String> offerTiming(CommandContext ctx, Meetup meetup) {
    Optional<Duration> windowTyped = ctx.option("offer-window", Duration.class);
    Optional<Duration> fromTyped = ctx.option("offers-from", Duration.class);
    Optional<Boolean> switched = ctx.option("offers", Boolean.class);
    if (windowTyped.isEmpty() && fromTyped.isEmpty() && switched.isEmpty()) {
      return Optional.empty();
    }
    RsvpLedger.SeatPolicy now = service.ledger().seatPolicy(meetup.id());
    Optional<Duration> window = now.offerWindow();
    Optional<Duration> from = now.offersFrom();
    if (switched.isPresent()) {
      // on: back to the community's timing; off: no offers for this meetup
      window = Optional.empty();
      from = switched.get() ? Optional.empty() : Optional.of(Duration.ZERO);
    }
    window = windowTyped.isPresent() ? windowTyped : window;
    from = fromTyped.isPresent() ? fromTyped : from;
    RsvpLedger.SeatPolicy wanted = new RsvpLedger.SeatPolicy(window, from, now.overbookPercent());
    if (!wanted.equals(now)) {
      service.setSeatPolicy(meetup, wanted);
    }
    WaitlistOffers policy = service.waitlistOffers().overriddenBy(window, from);
    if (!policy.on()) {
      return Optional.of(ctx.t("meetup.offers.off", meetup.title()));
    }
    return Optional.of(
        ctx.t(
            "meetup.offers.on",
            meetup.title(),
            length(ctx, policy.offersFrom()),
            length(ctx, policy.window())));
  }

  /** {@code 3일}, {@code 12 hours}, {@code 90분}: the largest whole unit. */
  static String length(CommandContext ctx, Duration d) {
    if (d.toMinutes() % (24 * 60) == 0) {
      return ctx.t("meetup.duration.days", d.toDays());
    }
    return d.toMinutes() % 60 == 0
        ? ctx.t("meetup.duration.hours", d.toHours())
        : ctx.t("meetup.duration.minutes", d.toMinutes());
  }

  private static String freshCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return code.toString();
  }

  private static Reply say(CommandContext ctx, String key, Object... args) {
    return Reply.privately(RichMessage.text(ctx.t(key, args)));
  }

  /** Meetups whose figures a reader may see: every one for moderators, else those they run. */
  static List<Meetup> recentFinished(MeetupService service, CommandContext ctx, int count) {
    Instant now = service.now();
    List<Meetup> done =
        service.meetups().published(now.minus(Duration.ofDays(730)), 5000).stream()
            .filter(m -> m.status() != Meetup.Status.CANCELLED && !m.end().isAfter(now))
            .filter(m -> ctx.moderator() || service.isOrganizer(ctx.user(), m))
            .toList();
    return done.subList(Math.max(0, done.size() - count), done.size());
  }
}
