package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.meetup.MeetupCommands;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever jabu prints as a time, an organizer may paste back: cards, reminders and summaries (the
 * console's timestamps, both styles), the full time create and edit replies repeat, in Korean and
 * English, in zones with and without daylight saving, read back to the same instant. And every
 * {@code /help} example with a date reads on any day.
 */
class PrintedTimesRoundTripTest {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Seoul"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("UTC"));
  private static final List<Locale> LOCALES = List.of(Locale.KOREAN, Locale.ENGLISH);
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void everyPrintedTimeReadsBackAsTheSameInstant() {
    Random random = new Random(19);
    int checked = 0;
    for (ZoneId zone : ZONES) {
      for (int i = 0; i < 250; i++) {
        Instant now = FROM.plus(Duration.ofMinutes(random.nextInt(4 * 365 * 24 * 60)));
        // within the horizon either way, whole minutes as printed
        long offset = random.nextInt(2 * 700 * 24 * 60) - 700L * 24 * 60;
        Instant at = now.plus(Duration.ofMinutes(offset)).truncatedTo(ChronoUnit.MINUTES);
        Clock clock = Clock.fixed(now, zone);
        DateTimeText reader = new DateTimeText(zone, clock);
        for (Locale locale : LOCALES) {
          for (String printed : printed(at, zone, locale, clock)) {
            MomentReading reading = reader.read(printed);
            assertThat(reading)
                .as("%s printed at %s in %s", printed, now, zone)
                .isInstanceOf(MomentReading.Read.class);
            assertThat(((MomentReading.Read) reading).moment().start().toInstant())
                .as(printed)
                .isEqualTo(at);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(ZONES.size() * 250 * LOCALES.size() * 3);
  }

  @Test
  void aRepeatedRangeReadsBackWithItsEnd() {
    ZoneId seoul = ZoneId.of("Asia/Seoul");
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), seoul);
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 18, 19, 0, 0, 0, seoul);
    for (Locale locale : LOCALES) {
      String printed = MomentText.span(start, Optional.of(start.plusHours(2)), locale);
      Moment m = ((MomentReading.Read) new DateTimeText(seoul, clock).read(printed)).moment();
      assertThat(m.start()).as(printed).isEqualTo(start);
      assertThat(m.end()).as(printed).contains(start.plusHours(2));
    }
  }

  private static List<String> printed(Instant at, ZoneId zone, Locale locale, Clock clock) {
    PlainTextRenderer console = new PlainTextRenderer(zone, locale, clock);
    List<String> out = new ArrayList<>();
    for (Span.TimestampStyle style :
        List.of(Span.TimestampStyle.DATE_TIME, Span.TimestampStyle.RELATIVE)) {
      out.add(
          console
              .render(RichMessage.builder().paragraph(new Span.Timestamp(at, style)).build())
              .strip());
    }
    out.add(MomentText.full(at.atZone(zone), locale));
    return out;
  }

  @Test
  void everyHelpExampleWithADateReadsOnAnyDay() {
    CommandRegistry registry =
        new CommandRegistry(List.of(new MeetupCommands(null, Optional.empty())));
    List<String> examples = new ArrayList<>();
    for (CommandSpec command : registry.commands()) {
      for (CommandSpec leaf : command.subcommands()) {
        boolean takesDates =
            leaf.options().stream().anyMatch(o -> o.type() == OptionType.DATE_TIME);
        if (takesDates) {
          examples.addAll(leaf.examples());
        }
      }
    }
    assertThat(examples).isNotEmpty();
    Random random = new Random(12);
    for (int i = 0; i < 200; i++) {
      Instant now = FROM.plus(Duration.ofMinutes(random.nextInt(20 * 365 * 24 * 60)));
      CommandParser parser =
          new CommandParser(registry, ZoneId.of("Asia/Seoul"), Clock.fixed(now, ZoneId.of("UTC")));
      for (String example : examples) {
        assertThat(parser.parse(example, Platform.CONSOLE))
            .as("%s on %s", example, now)
            .isInstanceOf(ParseOutcome.Parsed.class);
      }
    }
  }
}
