package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Button;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: meetup times as organizers type them are never stored silently wrong. The fake's clock
 * stands on Monday 2026-11-23, 19:00 in Seoul.
 */
class MeetupTimesTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private final MeetupFixture fixture = MeetupFixture.on(TempDatabase.sqlite());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private Reply say(String line, Locale locale) {
    return platform.say(mod, line, locale);
  }

  private String text(Reply reply) {
    return platform.text(reply);
  }

  private Instant seoul(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SEOUL).toInstant();
  }

  @Test
  void issue19_aBareSevenIsTheEveningAndTheReplySaysSo() {
    String reply = text(say("/meetup create title:\"12월 밋업\" start:\"12월 18일 7시\"", Locale.KOREAN));
    assertThat(fixture.service.find(1).orElseThrow().start()).isEqualTo(seoul(2026, 12, 18, 19, 0));
    assertThat(reply)
        .contains("2026년 12월 18일 (금) 19:00~21:00 KST (25일 후)")
        .contains("7시은(는) 19:00(으)로 읽었어요");
  }

  @Test
  void issue19_anHourPlausibleBothWaysIsAskedWithOneButtonPerReading() {
    Reply asked = say("/meetup create title:\"Year end\" start:\"dec 18 10\"", Locale.ENGLISH);
    assertThat(fixture.service.find(1)).isEmpty();
    List<String> commands = asked.message().buttons().stream().map(Button::command).toList();
    assertThat(commands)
        .containsExactly(
            "/meetup create title:\"Year end\" start:\"2026-12-18 10:00\"",
            "/meetup create title:\"Year end\" start:\"2026-12-18 22:00\"");
    // the console shows each button as its command
    assertThat(text(asked))
        .contains("could be morning or evening")
        .contains("Fri, Dec 18, 2026 22:00 KST: /meetup create title:\"Year end\"");

    assertThat(text(say(commands.get(1), Locale.ENGLISH))).contains("Created meetup #1");
    assertThat(fixture.service.find(1).orElseThrow().start()).isEqualTo(seoul(2026, 12, 18, 22, 0));
  }

  @Test
  void issue19_aWeekdayThatDoesNotMatchItsDateIsAsked() {
    Reply asked = say("/meetup create title:t start:\"12월 18일 (목) 19:30\"", Locale.KOREAN);
    assertThat(fixture.service.find(1)).isEmpty();
    assertThat(asked.message().buttons())
        .extracting(Button::command)
        .containsExactly(
            "/meetup create title:\"t\" start:\"2026-12-18 19:30\"",
            "/meetup create title:\"t\" start:\"2026-12-17 19:30\"");
    assertThat(text(asked)).contains("날짜와 요일이 서로 달라요");
  }

  @Test
  void issue19_aDateWhoseYearWasChosenFarAheadIsPointedOut() {
    // 11월 20일 has passed this year, so it is next year's
    String reply = text(say("/meetup create title:t start:\"11월 20일 19:00\"", Locale.KOREAN));
    assertThat(fixture.service.find(1).orElseThrow().start()).isEqualTo(seoul(2027, 11, 20, 19, 0));
    assertThat(reply).contains("2027년 11월 20일 (토) — 내년이에요. 이 날짜가 맞나요?");
  }

  @Test
  void issue19_aTimeInAnotherZoneIsConvertedAndBothAreShown() {
    String reply = text(say("/meetup create title:t start:\"dec 18 7pm PST\"", Locale.ENGLISH));
    assertThat(fixture.service.find(1).orElseThrow().start())
        .isEqualTo(Instant.parse("2026-12-19T03:00:00Z"));
    assertThat(reply)
        .contains("Fri, Dec 18, 2026 19:00 -08:00 as typed is Sat, Dec 19, 2026 12:00 KST here");
  }

  @Test
  void issue19_aRangeGivesTheEndToo() {
    String reply = text(say("/meetup create title:t start:\"모레 오후 2시~5시\"", Locale.KOREAN));
    Meetup m = fixture.service.find(1).orElseThrow();
    assertThat(m.start()).isEqualTo(seoul(2026, 11, 25, 14, 0));
    assertThat(m.end()).isEqualTo(seoul(2026, 11, 25, 17, 0));
    assertThat(reply).contains("2026년 11월 25일 (수) 14:00~17:00 KST (2일 후)");
  }

  @Test
  void issue19_aPastTimeIsReportedAsPast() {
    String reply = text(say("/meetup create title:t start:\"오늘 오전 9시\"", Locale.KOREAN));
    assertThat(fixture.service.find(1)).isEmpty();
    assertThat(reply).contains("이미 지난 시각이에요 (오늘 09:00)");
    assertThat(text(say("/meetup create title:t start:\"yesterday 7pm\"", Locale.ENGLISH)))
        .doesNotContain("Created");
  }

  @Test
  void issue19_anEditRepeatsTheTimeInFull() {
    say("/meetup create title:t start:\"12월 18일 19:00\"", Locale.ENGLISH);
    String reply = text(say("/meetup edit 1 start:\"dec 19 8\"", Locale.ENGLISH));
    assertThat(reply)
        .contains("Meetup #1 is updated")
        .contains("When: Sat, Dec 19, 2026 20:00~22:00 KST (in 26 days)")
        .contains("Read 8 as 20:00");
  }

  @Test
  void issue19_aStartBeyondTheHorizonIsRefusedWithTheReason() {
    String reply = text(say("/meetup create title:t start:+99999-01-01T19:00", Locale.ENGLISH));
    assertThat(fixture.service.find(1)).isEmpty();
    assertThat(reply).contains("too far ahead").contains("2 years");
  }

  @Test
  void issue19_aRefusalSaysWhichPartFailedAndWhyWithNaturalExamples() {
    assertThat(text(say("/meetup create title:t start:\"2월 30일 19시\"", Locale.KOREAN)))
        .contains("2월 30일은(는) 달력에 없는 날짜예요")
        .contains("다음 주 금요일 저녁 7시");
    assertThat(text(say("/meetup create title:t start:\"feb 30 7pm\"", Locale.ENGLISH)))
        .contains("feb 30 is not a day on the calendar")
        .contains("next friday 7pm");
    assertThat(text(say("/meetup create title:t start:\"내일 25시\"", Locale.KOREAN)))
        .contains("25시은(는) 시각으로 읽을 수 없어요");
    assertThat(text(say("/meetup create title:t start:내일", Locale.KOREAN)))
        .contains("날짜는 읽었는데 시각이 없어요");
    assertThat(text(say("/meetup create title:t start:tomorrow", Locale.ENGLISH)))
        .contains("the time is missing");
    assertThat(text(say("/meetup create title:t start:\"어제 19시\"", Locale.KOREAN)))
        .contains("이미 지난 시각이에요 (어제 19:00)");
    assertThat(text(say("/meetup create title:t start:\"yesterday 7pm\"", Locale.ENGLISH)))
        .contains("already passed (yesterday 19:00)");
    assertThat(fixture.service.find(1)).isEmpty();
  }
}
