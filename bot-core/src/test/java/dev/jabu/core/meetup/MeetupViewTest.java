package dev.jabu.core.meetup;

import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.testkit.Golden;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The announcement members see, locked as rendered text and as the neutral message. */
class MeetupViewTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private static Meetup meetup() {
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL);
    Meetup draft =
        Meetup.draft("DevOps Korea 12월 밋업", start, start.plusHours(3), 200, "discord:mod", NOW);
    return new Meetup(
        12,
        draft.title(),
        "**라운드테이블**: 플랫폼 엔지니어링 이야기. @everyone 은 그냥 글자예요.",
        draft.start(),
        draft.end(),
        SEOUL,
        Optional.of("판교 테크원"),
        Optional.of("경기 성남시 분당구"),
        Optional.of("https://map.example.org/pangyo"),
        Optional.empty(),
        List.of("19:00 오프닝", "19:10 발표: GitOps 1년 회고", "20:00 라운드테이블"),
        List.of("discord:mod"),
        Optional.of("https://festa.example.org/devopskorea"),
        Optional.of("https://github.com/devopskorea"),
        Optional.empty(),
        200,
        Optional.empty(),
        Optional.of(start.minusDays(1).toInstant()),
        false,
        Meetup.Status.ANNOUNCED,
        3,
        Optional.empty(),
        "discord:mod",
        NOW,
        NOW);
  }

  private static RichMessage announcement(Locale locale) {
    return new MeetupView(locale, java.time.Instant.parse("2026-11-23T10:00:00Z"))
        .announcement(meetup(), new RsvpLedger.Counts(200, 115, 0));
  }

  @Test
  void koreanAnnouncementAsTheConsoleShowsIt(TestInfo test) {
    Golden.assertMatches(
        test, new PlainTextRenderer(SEOUL, Locale.KOREAN).render(announcement(Locale.KOREAN)));
  }

  @Test
  void englishAnnouncementAsTheConsoleShowsIt(TestInfo test) {
    Golden.assertMatches(
        test, new PlainTextRenderer(SEOUL, Locale.ENGLISH).render(announcement(Locale.ENGLISH)));
  }

  @Test
  void announcementAsTheNeutralMessage(TestInfo test) throws Exception {
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(RichMessageJson.toTree(announcement(Locale.KOREAN)));
    Golden.assertMatches(test, "json", json + "\n");
  }
}
