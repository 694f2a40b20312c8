package dev.jabu.core.meetup;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.parse.Moment;
import dev.jabu.core.text.CleanText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of {@code /meetup create} and {@code /meetup edit}: their options, and the checks that
 * turn what was typed into a meetup or a clear list of what to fix.
 */
final class MeetupForm {
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_PLACE = 300;
  static final int MAX_URL = 500;
  static final int MAX_CAPACITY = 10_000;
  static final int MAX_AGENDA_ITEMS = 30;
  static final Duration MAX_LENGTH = Duration.ofDays(7);
  static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

  private MeetupForm() {}

  /** The options both commands share; {@code create} makes title and start required. */
  static List<OptionSpec> options(boolean create) {
    List<OptionSpec> options = new ArrayList<>();
    options.add(
        create
            ? OptionSpec.required("title", OptionType.STRING, "제목", "Title").withKoreanName("제목")
            : OptionSpec.optional("title", OptionType.STRING, "제목", "Title").withKoreanName("제목"));
    options.add(
        create
            ? OptionSpec.required("start", OptionType.DATE_TIME, "시작 시각", "Start time")
            : OptionSpec.optional("start", OptionType.DATE_TIME, "시작 시각", "Start time"));
    options.add(
        opt(
            "end",
            OptionType.DATE_TIME,
            "끝나는 시각 (기본: 시작 후 2시간)",
            "End time (default: 2 hours after the start)"));
    options.add(
        opt("capacity", OptionType.INTEGER, "정원", "Seats")
            .between(1, MAX_CAPACITY)
            .withKoreanName("정원"));
    options.add(opt("venue", OptionType.STRING, "장소 이름", "Venue name"));
    options.add(opt("address", OptionType.STRING, "주소", "Address"));
    options.add(opt("map", OptionType.STRING, "지도 링크", "Map link"));
    options.add(opt("online", OptionType.STRING, "온라인 링크", "Online link"));
    options.add(opt("description", OptionType.STRING, "설명 (마크다운)", "Description (markdown)"));
    options.add(opt("agenda", OptionType.STRING, "순서 (; 로 구분)", "Agenda items, separated by ;"));
    options.add(
        opt(
            "organizers",
            OptionType.STRING,
            "주최자 (@이름, discord:id …)",
            "Organizers (@name, discord:id …)"));
    options.add(opt("registration", OptionType.STRING, "신청 링크", "Registration link"));
    options.add(opt("github", OptionType.STRING, "GitHub 링크", "GitHub link"));
    options.add(opt("social", OptionType.STRING, "소셜 링크", "Social link"));
    options.add(opt("rsvp-opens", OptionType.DATE_TIME, "신청 시작", "RSVPs open at"));
    options.add(opt("rsvp-closes", OptionType.DATE_TIME, "신청 마감", "RSVPs close at"));
    return options;
  }

  private static OptionSpec opt(String name, OptionType type, String ko, String en) {
    return OptionSpec.optional(name, type, ko, en);
  }

  /** What the member typed, as a draft; nothing checked yet. */
  static MeetupDraft read(CommandContext ctx) {
    return new MeetupDraft(
        name(ctx, "title"),
        text(ctx, "description"),
        ctx.option("start", ZonedDateTime.class),
        // a range typed as the start (19:00~21:00) gives the end unless one is given
        ctx.option("end", ZonedDateTime.class).or(() -> ctx.moment("start").flatMap(Moment::end)),
        name(ctx, "venue"),
        text(ctx, "address"),
        text(ctx, "map"),
        text(ctx, "online"),
        text(ctx, "agenda")
            .map(
                a ->
                    Arrays.stream(a.split("[;|]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList()),
        text(ctx, "organizers").map(o -> Organizers.read(o, ctx.user().platform())),
        text(ctx, "registration"),
        text(ctx, "github"),
        text(ctx, "social"),
        ctx.option("capacity", Long.class)
            .map(c -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, c))),
        ctx.option("rsvp-opens", ZonedDateTime.class),
        ctx.option("rsvp-closes", ZonedDateTime.class));
  }

  private static Optional<String> text(CommandContext ctx, String name) {
    return ctx.string(name).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A title or place name: invisible characters dropped, so one made only of them is blank. */
  private static Optional<String> name(CommandContext ctx, String name) {
    return ctx.string(name).map(CleanText::name).filter(s -> !s.isEmpty());
  }

  /**
   * Applies a draft to a meetup (a blank one for {@code create}) and checks the result.
   *
   * @return the problems, as message keys with arguments; empty when the meetup is good
   */
  static List<Problem> check(Meetup m, MeetupDraft d, Instant now, boolean startChanged) {
    List<Problem> problems = new ArrayList<>();
    if (m.title().isBlank() || m.title().length() > MAX_TITLE) {
      problems.add(new Problem("meetup.form.title", MAX_TITLE));
    }
    if (m.description().length() > MAX_DESCRIPTION) {
      problems.add(new Problem("meetup.form.description", MAX_DESCRIPTION));
    }
    if (startChanged && !m.start().isAfter(now)) {
      problems.add(new Problem("meetup.form.start-past-at", m.start().atZone(m.zone())));
    }
    if (!m.end().isAfter(m.start())) {
      problems.add(new Problem("meetup.form.end-before-start"));
    } else if (Duration.between(m.start(), m.end()).compareTo(MAX_LENGTH) > 0) {
      problems.add(new Problem("meetup.form.too-long"));
    }
    if (m.capacity() < 1 || m.capacity() > MAX_CAPACITY) {
      problems.add(new Problem("meetup.form.capacity", MAX_CAPACITY));
    }
    for (Optional<String> place : List.of(m.venueName(), m.venueAddress())) {
      if (place.map(p -> p.length() > MAX_PLACE).orElse(false)) {
        problems.add(new Problem("meetup.form.place", MAX_PLACE));
      }
    }
    for (Optional<String> url :
        List.of(m.mapUrl(), m.onlineUrl(), m.registrationUrl(), m.githubUrl(), m.socialUrl())) {
      url.filter(u -> !isWebAddress(u))
          .ifPresent(u -> problems.add(new Problem("meetup.form.url", u)));
    }
    if (m.agenda().size() > MAX_AGENDA_ITEMS
        || m.agenda().stream().anyMatch(a -> a.length() > MAX_TITLE)) {
      problems.add(new Problem("meetup.form.agenda", MAX_AGENDA_ITEMS, MAX_TITLE));
    }
    for (String organizer : m.organizers()) {
      Organizers.problem(organizer).ifPresent(key -> problems.add(new Problem(key, organizer)));
    }
    window(m, d, now, problems);
    return problems;
  }

  /**
   * The RSVP window must make sense: it opens before it closes, closes no later than the start
   * (RSVPs end when the meetup begins), and a time set now is not already past.
   */
  private static void window(Meetup m, MeetupDraft d, Instant now, List<Problem> problems) {
    Instant closes = m.rsvpCloses().orElse(m.start());
    if (m.rsvpCloses().isPresent() && closes.isAfter(m.start())) {
      problems.add(new Problem("meetup.form.rsvp-closes"));
    }
    if (m.rsvpOpens().isPresent() && !m.rsvpOpens().get().isBefore(closes)) {
      problems.add(new Problem("meetup.form.rsvp-window"));
    }
    if (d.rsvpOpens().map(o -> o.toInstant().isBefore(now)).orElse(false)
        || d.rsvpCloses().map(c -> !c.toInstant().isAfter(now)).orElse(false)) {
      problems.add(new Problem("meetup.form.rsvp-past"));
    }
  }

  /** A problem to show: a message key and its arguments (user text goes last, shown as code). */
  record Problem(String key, Object... args) {}

  static boolean isWebAddress(String text) {
    if (text.length() > MAX_URL || !text.matches("https?://\\S+")) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The meetup a draft describes, on top of {@code base}. */
  static Meetup apply(Meetup base, MeetupDraft d) {
    Instant start = d.start().map(ZonedDateTime::toInstant).orElse(base.start());
    Instant end =
        d.end()
            .map(ZonedDateTime::toInstant)
            .orElseGet(
                () ->
                    d.start().isPresent()
                        ? start.plus(Duration.between(base.start(), base.end()))
                        : base.end());
    return new Meetup(
        base.id(),
        d.title().orElse(base.title()),
        d.description().orElse(base.description()),
        start,
        end,
        d.start().map(ZonedDateTime::getZone).orElse(base.zone()),
        d.venueName().or(base::venueName),
        d.venueAddress().or(base::venueAddress),
        d.mapUrl().or(base::mapUrl),
        d.onlineUrl().or(base::onlineUrl),
        d.agenda().orElse(base.agenda()),
        d.organizers().orElse(base.organizers()),
        d.registrationUrl().or(base::registrationUrl),
        d.githubUrl().or(base::githubUrl),
        d.socialUrl().or(base::socialUrl),
        d.capacity().orElse(base.capacity()),
        d.rsvpOpens().map(ZonedDateTime::toInstant).or(base::rsvpOpens),
        d.rsvpCloses().map(ZonedDateTime::toInstant).or(base::rsvpCloses),
        base.rsvpClosed(),
        base.status(),
        base.sequence(),
        base.recapUrl(),
        base.createdBy(),
        base.createdAt(),
        base.updatedAt());
  }
}
