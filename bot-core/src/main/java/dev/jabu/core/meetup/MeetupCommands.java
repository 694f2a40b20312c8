package dev.jabu.core.meetup;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.parse.MomentText;
import dev.jabu.core.platform.UserRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@code /meetup}: organizers create and run meetups; members RSVP from any platform. */
public final class MeetupCommands implements CommandModule {
  static final int DEFAULT_CAPACITY = 50;
  static final int PAGE_SIZE = 10;

  /** Overbooking beyond doubling the room is a typo, not a plan. */
  static final int MAX_OVERBOOK = 100;

  private static final int MAX_LISTED = 1000;

  private final MeetupService service;
  private final Optional<MeetupCalendar> calendar;
  private final SeatCommands seats;
  private final SeatFiguresCommands figures;

  public MeetupCommands(MeetupService service, Optional<MeetupCalendar> calendar) {
    this.service = service;
    this.calendar = calendar;
    this.seats = new SeatCommands(service);
    this.figures = new SeatFiguresCommands(service);
  }

  @Override
  public List<CommandSpec> commands() {
    CommandSpec.Builder meetup =
        CommandSpec.command("meetup")
            .aliases("밋업", "m")
            .description("밋업 안내와 참가 신청", "Meetups: details and RSVPs");
    meetup.subcommand(
        leaf("list", "다가오는 밋업", "Upcoming meetups", Role.MEMBER, this::list)
            .option(
                OptionSpec.optional(
                    "page", OptionType.INTEGER, "쪽 (10개씩, 기본 1)", "Page (10 a page, default 1)"))
            .example("/meetup list page:2")
            .build());
    meetup.subcommand(withId("info", "밋업 자세히 보기", "Details of a meetup", Role.MEMBER, this::info));
    meetup.subcommand(leaf("next", "다음 밋업", "The next meetup", Role.MEMBER, this::next).build());
    meetup.subcommand(
        withId("rsvp", "참가 신청 (자리가 없으면 대기)", "RSVP (waitlist when full)", Role.MEMBER, this::rsvp));
    meetup.subcommand(
        withId("leave", "참가 취소", "Give up your seat or waitlist place", Role.MEMBER, this::leave));
    meetup.subcommand(
        withId(
            "confirm",
            "참석 확정 (\"갈게요\")",
            "Say you are coming to your seat",
            Role.MEMBER,
            seats::confirm));
    meetup.subcommand(
        withId("claim", "제안받은 자리 잡기", "Take the seat you were offered", Role.MEMBER, seats::claim));
    meetup.subcommand(
        withId(
            "pass", "제안받은 자리 넘기기", "Pass on the seat you were offered", Role.MEMBER, seats::pass));
    meetup.subcommand(
        leaf(
                "checkin",
                "현장 체크인 (입구의 코드)",
                "Check in at the venue (code at the door)",
                Role.MEMBER,
                ctx -> withMeetup(ctx, seats::checkin))
            .option(idOption())
            .option(
                OptionSpec.required("code", OptionType.STRING, "체크인 코드", "Check-in code")
                    .withKoreanName("코드"))
            .example("/meetup checkin 12 K7QX2M")
            .build());
    meetup.subcommand(
        leaf("my", "내 신청 현황", "Your seats and waitlist places", Role.MEMBER, this::my).build());
    meetup.subcommand(
        leaf(
                "reminders",
                "밋업 알림 DM 켜기/끄기",
                "Reminder messages on or off",
                Role.MEMBER,
                this::reminders)
            .option(OptionSpec.required("state", OptionType.BOOLEAN, "on 또는 off", "on or off"))
            .example("/meetup reminders off")
            .build());
    meetup.subcommand(
        withId("ics", "캘린더 파일 (.ics)", "Calendar file (.ics)", Role.MEMBER, this::ics));
    CommandSpec.Builder create =
        leaf("create", "밋업 만들기 (초안)", "Create a meetup (as a draft)", Role.MODERATOR, this::create)
            .example(
                "/meetup create title:\"DevOps Korea 밋업\" start:\"다음 주 금요일 19:00~21:00\" capacity:200 venue:\"판교\"");
    MeetupForm.options(true).forEach(create::option);
    meetup.subcommand(create.build());
    CommandSpec.Builder edit =
        leaf("edit", "밋업 고치기", "Edit a meetup", Role.ORGANIZER, ctx -> withMeetup(ctx, this::edit))
            .option(idOption())
            .example("/meetup edit 12 start:\"다음 주 금요일 19:30\"");
    MeetupForm.options(false).forEach(edit::option);
    SeatCommands.offerOptions().forEach(edit::option);
    edit.example("/meetup edit 12 offer-window:6h offers-from:2d");
    meetup.subcommand(edit.build());
    meetup.subcommand(
        withId(
            "announce",
            "모든 플랫폼에 공지",
            "Announce on every platform",
            Role.ORGANIZER,
            this::announce));
    meetup.subcommand(
        withId(
            "cancel",
            "밋업 취소 (신청자에게 알림)",
            "Cancel (everyone holding a place is told)",
            Role.ORGANIZER,
            this::cancel));
    meetup.subcommand(
        leaf(
                "capacity",
                "정원 바꾸기 (늘리면 대기자가 바로 입장)",
                "Change the capacity (more seats promote at once)",
                Role.ORGANIZER,
                ctx -> withMeetup(ctx, this::capacity))
            .option(idOption())
            .option(
                OptionSpec.required("seats", OptionType.INTEGER, "정원", "Seats")
                    .between(1, MeetupForm.MAX_CAPACITY)
                    .withKoreanName("정원"))
            .option(
                OptionSpec.optional(
                        "overbook",
                        OptionType.INTEGER,
                        "초과 예약 비율 (%, 기본 그대로)",
                        "Extra seats beyond the capacity, in percent (default: unchanged)")
                    .between(0, MAX_OVERBOOK))
            .example("/meetup capacity 12 250")
            .example("/meetup capacity 12 200 overbook:15")
            .build());
    meetup.subcommand(
        withId(
            "close", "신청 마감", "Close RSVPs", Role.ORGANIZER, (ctx, m) -> setClosed(ctx, m, true)));
    meetup.subcommand(
        withId(
            "reopen",
            "신청 다시 받기",
            "Reopen RSVPs",
            Role.ORGANIZER,
            (ctx, m) -> setClosed(ctx, m, false)));
    meetup.subcommand(
        withId(
            "attendees", "참가자 명단 (CSV)", "Attendee list as CSV", Role.ORGANIZER, this::attendees));
    meetup.subcommand(
        leaf(
                "attended",
                "출석 표시",
                "Mark attendance",
                Role.ORGANIZER,
                ctx -> withMeetup(ctx, this::attended))
            .option(idOption())
            .option(OptionSpec.required("member", OptionType.USER, "참가자", "Member"))
            .option(
                OptionSpec.optional(
                    "present", OptionType.BOOLEAN, "출석 여부 (기본: 예)", "Attended (default: yes)"))
            .example("/meetup attended 12 @alice")
            .build());
    meetup.subcommand(
        withId(
            "checkin-code",
            "체크인 코드 보기 (운영진)",
            "The check-in code to show at the door",
            Role.ORGANIZER,
            seats::checkinCode));
    meetup.subcommand(
        leaf(
                "stats",
                "지난 밋업들의 참석 통계",
                "Attendance figures of recent meetups",
                Role.ORGANIZER,
                ctx ->
                    ctx.option("member", UserRef.class).isPresent()
                        ? figures.history(ctx)
                        : figures.stats(ctx))
            .option(
                OptionSpec.optional(
                        "count", OptionType.INTEGER, "밋업 수 (기본 6)", "How many meetups (default 6)")
                    .between(1, 24))
            .option(
                OptionSpec.optional(
                    "member",
                    OptionType.USER,
                    "이 멤버의 참석 기록 (모더레이터만)",
                    "This member's attendance history (moderators only)"))
            .example("/meetup stats count:10")
            .example("/meetup stats member:@alice")
            .build());
    meetup.subcommand(
        withId("summary", "밋업 요약 올리기", "Post the meetup's summary", Role.ORGANIZER, this::summary));
    return List.of(meetup.build());
  }

  private static CommandSpec.Builder leaf(
      String name, String ko, String en, Role role, dev.jabu.core.command.CommandHandler handler) {
    return CommandSpec.command(name).description(ko, en).requiredRole(role).handler(handler);
  }

  private OptionSpec idOption() {
    return OptionSpec.required("id", OptionType.INTEGER, "밋업 번호", "Meetup number")
        .withAutocomplete(MeetupChoices.upcoming(service));
  }

  private CommandSpec withId(
      String name,
      String ko,
      String en,
      Role role,
      BiFunction<CommandContext, Meetup, Reply> handler) {
    return leaf(name, ko, en, role, ctx -> withMeetup(ctx, handler))
        .option(idOption())
        .example("/meetup " + name + " 12")
        .build();
  }

  /**
   * Runs the handler on the meetup the {@code id} option names, in this order: a meetup the member
   * may not see is answered as if it did not exist; an organizer command needs an organizer; and
   * the meetup's stage must be one {@link MeetupLifecycle} allows for the command.
   */
  private Reply withMeetup(CommandContext ctx, BiFunction<CommandContext, Meetup, Reply> handler) {
    long id = ctx.required("id", Long.class);
    Optional<Meetup> found = service.find(id);
    Stage stage = found.map(m -> Stage.of(m, service.now())).orElse(Stage.DRAFT);
    boolean runsIt = found.isPresent() && (ctx.moderator() || isOrganizer(ctx.user(), found.get()));
    if (found.isEmpty() || (!MeetupLifecycle.visibleToMembers(stage) && !runsIt)) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.unknown", id)));
    }
    if (ctx.command().requiredRole() == Role.ORGANIZER && !runsIt) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.not-organizer", id)));
    }
    String command = ctx.command().leaf().name();
    if (!MeetupLifecycle.allows(command, stage)) {
      return Reply.privately(
          RichMessage.text(ctx.t("meetup.refused", ctx.t(stage.messageKey(), id), command)));
    }
    return handler.apply(ctx, found.get());
  }

  private boolean isOrganizer(UserRef user, Meetup meetup) {
    return service.isOrganizer(user, meetup);
  }

  private Reply create(CommandContext ctx) {
    MeetupDraft draft = MeetupForm.read(ctx);
    Instant now = service.now();
    var start = draft.start().orElseThrow();
    Meetup blank =
        Meetup.draft(
            "",
            start,
            start.plus(MeetupForm.DEFAULT_LENGTH),
            DEFAULT_CAPACITY,
            ctx.user().key(),
            now);
    Meetup meetup = MeetupForm.apply(blank, draft);
    List<MeetupForm.Problem> problems = MeetupForm.check(meetup, draft, now, true);
    if (!problems.isEmpty()) {
      return problems(ctx, problems);
    }
    Meetup created = service.create(meetup);
    RichMessage.Builder reply =
        RichMessage.builder().paragraph(ctx.t("meetup.created", created.id()));
    understood(ctx, created).forEach(reply::block);
    return Reply.privately(
        reply
            .block(
                new Block.Quote(
                    new MeetupView(ctx.locale(), service.now())
                        .announcement(created, service.ledger().counts(created.id()))
                        .blocks()))
            .context(ctx.t("meetup.created.next", created.id()))
            .build());
  }

  private Reply edit(CommandContext ctx, Meetup meetup) {
    MeetupDraft draft = MeetupForm.read(ctx);
    Meetup edited = MeetupForm.apply(meetup, draft);
    List<MeetupForm.Problem> problems =
        new ArrayList<>(MeetupForm.check(edited, draft, service.now(), draft.start().isPresent()));
    int taken = service.ledger().counts(meetup.id()).seats();
    int overbook = service.ledger().seatPolicy(meetup.id()).overbookPercent();
    if (SeatRows.withOverbook(edited.capacity(), overbook) < taken) {
      problems.add(new MeetupForm.Problem("meetup.form.capacity-taken", taken));
    }
    if (!problems.isEmpty()) {
      return problems(ctx, problems);
    }
    Meetup stored = service.edit(edited);
    RichMessage.Builder reply =
        RichMessage.builder().paragraph(ctx.t("meetup.edited", stored.id(), stored.sequence()));
    understood(ctx, stored).forEach(reply::block);
    seats.offerTiming(ctx, stored).ifPresent(reply::paragraph);
    return Reply.privately(reply.build());
  }

  /**
   * The meetup's time in full (date, weekday, time, zone, how far), and what the date reader chose
   * on the organizer's behalf, so a misread time is seen before anyone is told.
   */
  private List<Block> understood(CommandContext ctx, Meetup m) {
    Instant now = service.now();
    ZonedDateTime start = m.start().atZone(m.zone());
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        paragraph(
            ctx.t(
                "meetup.when",
                MomentText.span(start, Optional.of(m.end().atZone(m.zone())), ctx.locale()),
                MomentText.relative(start, now, ctx.locale()))));
    for (String option : List.of("start", "end", "rsvp-opens", "rsvp-closes")) {
      ctx.moment(option)
          .ifPresent(
              moment ->
                  MomentText.notes(moment, now, ctx.locale())
                      .forEach(note -> blocks.add(paragraph("⚠ " + note))));
    }
    return blocks;
  }

  private static Block paragraph(String text) {
    return new Block.Paragraph(List.of(Span.text(text)));
  }

  private Reply problems(CommandContext ctx, List<MeetupForm.Problem> problems) {
    List<List<Block>> items = new ArrayList<>();
    for (MeetupForm.Problem p : problems) {
      Object[] args = new Object[p.args().length];
      for (int i = 0; i < args.length; i++) {
        args[i] =
            p.args()[i] instanceof ZonedDateTime at
                ? MomentText.near(at, service.now(), ctx.locale())
                : p.args()[i];
      }
      items.add(List.of(paragraph(ctx.t(p.key(), args))));
    }
    return Reply.privately(
        RichMessage.builder()
            .paragraph(ctx.t("meetup.form.problems"))
            .block(new Block.ListBlock(false, 1, items))
            .build());
  }

  private Reply announce(CommandContext ctx, Meetup meetup) {
    if (!meetup.start().isAfter(service.now())) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.form.start-past")));
    }
    service.announce(meetup);
    return Reply.privately(RichMessage.text(ctx.t("meetup.announced", meetup.id())));
  }

  private Reply cancel(CommandContext ctx, Meetup meetup) {
    int told = service.ledger().holders(meetup.id()).size();
    service.cancel(meetup);
    return Reply.privately(RichMessage.text(ctx.t("meetup.cancelled", meetup.id(), told)));
  }

  private Reply capacity(CommandContext ctx, Meetup meetup) {
    long seats = ctx.required("seats", Long.class);
    if (seats < 1 || seats > MeetupForm.MAX_CAPACITY) {
      return Reply.privately(
          RichMessage.text(ctx.t("meetup.form.capacity", MeetupForm.MAX_CAPACITY)));
    }
    int taken = service.ledger().counts(meetup.id()).seats();
    Optional<Long> overbook = ctx.option("overbook", Long.class);
    if (overbook.isPresent() && (overbook.get() < 0 || overbook.get() > MAX_OVERBOOK)) {
      return Reply.privately(
          RichMessage.text(ctx.t("meetup.capacity.overbook-range", MAX_OVERBOOK)));
    }
    int percent =
        overbook
            .map(Long::intValue)
            .orElseGet(() -> service.ledger().seatPolicy(meetup.id()).overbookPercent());
    if (SeatRows.withOverbook((int) seats, percent) < taken) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.form.capacity-taken", taken)));
    }
    if (overbook.isPresent()) {
      RsvpLedger.SeatPolicy policy = service.ledger().seatPolicy(meetup.id());
      service.setSeatPolicy(
          meetup,
          new RsvpLedger.SeatPolicy(
              policy.offerWindow(), policy.offersFrom(), overbook.get().intValue()));
    }
    MeetupService.Change change = service.setCapacity(meetup, (int) seats);
    String done =
        ctx.t(
            "meetup.capacity.done",
            meetup.id(),
            change.stored().capacity(),
            change.promoted().size());
    return Reply.privately(
        RichMessage.text(
            percent == 0
                ? done
                : done
                    + " "
                    + ctx.t(
                        "meetup.capacity.overbook",
                        percent,
                        SeatRows.withOverbook(change.stored().capacity(), percent))));
  }

  private Reply setClosed(CommandContext ctx, Meetup meetup, boolean closed) {
    service.setRsvpClosed(meetup, closed);
    return Reply.privately(
        RichMessage.text(ctx.t(closed ? "meetup.closed" : "meetup.reopened", meetup.id())));
  }

  private Reply rsvp(CommandContext ctx, Meetup meetup) {
    Instant now = service.now();
    Optional<Instant> opens = meetup.rsvpOpens().filter(now::isBefore);
    if (opens.isPresent()) {
      return Reply.privately(
          RichMessage.builder()
              .paragraph(
                  Span.text(ctx.t("meetup.rsvp.not-yet", meetup.title()) + " "),
                  new Span.Timestamp(opens.get(), Span.TimestampStyle.DATE_TIME))
              .build());
    }
    if (!meetup.isOpenFor(now)) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.rsvp.closed", meetup.title())));
    }
    RsvpLedger.RsvpResult result = service.rsvp(meetup, ctx.user());
    String key =
        switch (result.outcome()) {
          case SEAT -> "meetup.rsvp.seat";
          case WAITLIST -> "meetup.rsvp.waitlist";
          case ALREADY_SEAT -> "meetup.rsvp.already-seat";
          case ALREADY_WAITLIST -> "meetup.rsvp.already-waitlist";
          case NOT_TAKING -> "meetup.rsvp.closed";
        };
    return Reply.privately(RichMessage.text(ctx.t(key, meetup.title(), result.position())));
  }

  private Reply leave(CommandContext ctx, Meetup meetup) {
    RsvpLedger.LeaveResult result = service.leave(meetup, ctx.user());
    return Reply.privately(
        RichMessage.text(
            ctx.t(result.held() ? "meetup.leave.done" : "meetup.leave.nothing", meetup.title())));
  }

  /**
   * Upcoming meetups the member may see, a page at a time, saying how many there are and how to see
   * the rest.
   */
  private Reply list(CommandContext ctx) {
    Instant now = service.now();
    List<String> accounts =
        service.identities().accountsOf(service.identities().personOf(ctx.user().key()));
    List<Meetup> visible =
        service.meetups().upcoming(now, MAX_LISTED).stream()
            .filter(
                m ->
                    MeetupLifecycle.visibleToMembers(Stage.of(m, now))
                        || ctx.moderator()
                        || !Collections.disjoint(accounts, m.organizers()))
            .toList();
    int pages = Math.max(1, (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    long page = ctx.option("page", Long.class).orElse(1L);
    if (page < 1 || page > pages) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.list.no-page", page, pages)));
    }
    int from = (int) (page - 1) * PAGE_SIZE;
    List<Meetup> shown = visible.subList(from, Math.min(visible.size(), from + PAGE_SIZE));
    Map<Long, RsvpLedger.Counts> counts = new LinkedHashMap<>();
    shown.forEach(m -> counts.put(m.id(), service.ledger().counts(m.id())));
    return Reply.privately(
        new MeetupView(ctx.locale(), now)
            .list(shown, counts, new MeetupView.Page(from + 1, visible.size(), (int) page, pages)));
  }

  private Reply next(CommandContext ctx) {
    return service.meetups().upcoming(service.now(), 20).stream()
        .filter(m -> m.status() == Meetup.Status.ANNOUNCED)
        .findFirst()
        .map(m -> info(ctx, m))
        .orElseGet(() -> Reply.privately(RichMessage.text(ctx.t("meetup.list.none"))));
  }

  private Reply info(CommandContext ctx, Meetup meetup) {
    RichMessage details =
        new MeetupView(ctx.locale(), service.now())
            .announcement(meetup, service.ledger().counts(meetup.id()));
    RsvpLedger.Holder mine =
        service.ledger().heldBy(service.identities().personOf(ctx.user().key())).get(meetup.id());
    if (mine == null) {
      return Reply.privately(details);
    }
    String where =
        mine.seat() ? ctx.t("meetup.my.seat") : ctx.t("meetup.my.waitlist", mine.position());
    List<Block> blocks = new ArrayList<>(details.blocks());
    blocks.add(new Block.Context(List.of(Span.text(ctx.t("meetup.info.yours", where)))));
    return Reply.privately(new RichMessage(blocks, details.buttons()));
  }

  private Reply my(CommandContext ctx) {
    Map<Long, RsvpLedger.Holder> held =
        service.ledger().heldBy(service.identities().personOf(ctx.user().key()));
    List<Meetup> meetups =
        held.keySet().stream()
            .flatMap(id -> service.find(id).stream())
            .filter(m -> m.end().isAfter(service.now()))
            .filter(m -> m.status() != Meetup.Status.CANCELLED)
            .toList();
    Map<Long, Instant> offered = new LinkedHashMap<>();
    for (Meetup m : meetups) {
      service.ledger().openOffers(m.id()).stream()
          .filter(o -> o.person().equals(held.get(m.id()).person()))
          .forEach(o -> offered.put(m.id(), o.expiresAt()));
    }
    return Reply.privately(
        new MeetupView(ctx.locale(), service.now()).mine(meetups, held, offered));
  }

  private Reply reminders(CommandContext ctx) {
    boolean wanted = ctx.required("state", Boolean.class);
    String person = service.identities().personOf(ctx.user().key());
    boolean changed = service.reminders().optOuts().set(person, wanted, service.now());
    String key =
        wanted
            ? (changed ? "meetup.reminders.on" : "meetup.reminders.already-on")
            : (changed ? "meetup.reminders.off" : "meetup.reminders.already-off");
    return Reply.privately(RichMessage.text(ctx.t(key)));
  }

  private Reply ics(CommandContext ctx, Meetup meetup) {
    if (calendar.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("meetup.ics.unavailable")));
    }
    byte[] ics = calendar.get().ics(meetup).getBytes(StandardCharsets.UTF_8);
    return Reply.privately(RichMessage.text(ctx.t("meetup.ics.done", meetup.title())))
        .withAttachment(
            new Reply.Attachment("meetup-" + meetup.id() + ".ics", "text/calendar", ics));
  }

  private Reply attendees(CommandContext ctx, Meetup meetup) {
    StringBuilder csv =
        new StringBuilder(
            "status,waitlist_position,member,platform,attended,rsvp_at,confirmed,offer_until\n");
    Map<String, Instant> offered = new LinkedHashMap<>();
    service.ledger().openOffers(meetup.id()).forEach(o -> offered.put(o.person(), o.expiresAt()));
    for (RsvpLedger.Holder h : service.ledger().holders(meetup.id())) {
      UserRef user = UserRef.parse(h.userKey());
      csv.append(h.seat() ? "seat" : offered.containsKey(h.person()) ? "offered" : "waitlist")
          .append(',')
          .append(h.seat() ? "" : String.valueOf(h.position()))
          .append(',')
          .append(Csv.cell(user.id()))
          .append(',')
          .append(user.platform().id())
          .append(',')
          .append(h.attended() ? "yes" : "no")
          .append(',')
          .append(h.since())
          .append(',')
          .append(h.seat() ? (h.confirmed() ? "yes" : "not yet") : "")
          .append(',')
          .append(offered.containsKey(h.person()) ? offered.get(h.person()).toString() : "")
          .append('\n');
    }
    return Reply.privately(attendeesNote(ctx, meetup))
        .withAttachment(
            new Reply.Attachment(
                "meetup-" + meetup.id() + "-attendees.csv",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The attendee list's note, with who marked the mirrored platform events Interested beside it:
   * organizers see that interest, which holds no seat.
   */
  private RichMessage attendeesNote(CommandContext ctx, Meetup meetup) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(List.of(Span.text(ctx.t("meetup.attendees.done", meetup.title())))));
    List<RsvpLedger.Holder> seated =
        service.ledger().holders(meetup.id()).stream().filter(RsvpLedger.Holder::seat).toList();
    long confirmed = seated.stream().filter(RsvpLedger.Holder::confirmed).count();
    blocks.add(
        new Block.Paragraph(
            List.of(
                Span.text(
                    ctx.t(
                        "meetup.attendees.confirmed",
                        confirmed,
                        seated.size() - confirmed,
                        service.ledger().openOffers(meetup.id()).size())))));
    MeetupService.EventInterest interest = service.interest(meetup);
    interest
        .byPlatform()
        .forEach(
            (platform, found) -> {
              List<Span> spans = new ArrayList<>();
              spans.add(
                  Span.text(
                      ctx.t("meetup.attendees.interested", platformName(platform), found.count())));
              for (UserRef member : found.members()) {
                spans.add(Span.text(" "));
                spans.add(new Span.UserMention(member));
              }
              blocks.add(new Block.Paragraph(spans));
            });
    interest
        .unavailable()
        .forEach(
            platform ->
                blocks.add(
                    new Block.Context(
                        List.of(
                            Span.text(
                                ctx.t(
                                    "meetup.attendees.interest-unavailable",
                                    platformName(platform)))))));
    return new RichMessage(blocks, List.of());
  }

  private static String platformName(dev.jabu.core.platform.Platform platform) {
    String id = platform.id();
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  private Reply attended(CommandContext ctx, Meetup meetup) {
    UserRef member = ctx.required("member", UserRef.class);
    boolean present = ctx.option("present", Boolean.class).orElse(true);
    String person = service.identities().personOf(member.key());
    List<String> accounts = service.identities().accountsOf(person);
    // a past meetup keeps its list as it was, so the place may still carry the account's own name
    Optional<RsvpLedger.Holder> holder =
        service.ledger().holders(meetup.id()).stream()
            .filter(h -> h.seat() && (h.person().equals(person) || accounts.contains(h.userKey())))
            .findFirst();
    boolean marked =
        holder.isPresent()
            && service.ledger().markAttended(meetup.id(), holder.get().person(), present);
    return Reply.privately(
        RichMessage.text(
            ctx.t(marked ? "meetup.attended.done" : "meetup.attended.no-seat", member.key())));
  }

  private Reply summary(CommandContext ctx, Meetup meetup) {
    service.postSummary(meetup);
    return Reply.privately(RichMessage.text(ctx.t("meetup.summary.posted", meetup.id())));
  }
}
