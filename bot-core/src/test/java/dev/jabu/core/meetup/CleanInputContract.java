package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.calendar.IcsWriter;
import dev.jabu.core.engine.Member;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Member text is made safe where it enters the core, so both databases store the same characters
 * and nothing a terminal would run reaches the calendar feed (issue 12).
 */
abstract class CleanInputContract {
  private final MeetupFixture fixture = MeetupFixture.on(open());
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");

  protected abstract Database open();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private String say(String line) {
    return platform.text(platform.say(mod, line, Locale.ENGLISH));
  }

  @Test
  void controlCharactersAndNulNeverReachTheStoreOrTheCalendar() {
    String created =
        say(
            "/meetup create title:\"\u0001\u0002\u001b[31mred\u0000 night\u202e\" start:2026-12-05T19:00"
                + " description:\"line one\u0000\nline\u0007 two\"");
    assertThat(created).contains("Created meetup #1");
    Meetup meetup = fixture.service.find(1).orElseThrow();
    assertThat(meetup.title()).isEqualTo("[31mred night");
    assertThat(meetup.description()).isEqualTo("line one\nline two");
    String ics = IcsWriter.write("test", List.of(MeetupIcs.event(meetup)));
    assertThat(ics.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' && c != '\t')).isEmpty();
    assertThat(ics).contains("SUMMARY:[31mred night");
  }

  @Test
  void aTitleOfOnlyInvisibleCharactersIsBlank() {
    for (String invisible : List.of("\u200b\u200b", "\ufeff", "\u3164\u3164", "\u0085", "\u007f")) {
      String reply = say("/meetup create title:\"" + invisible + "\" start:2026-12-05T19:00");
      assertThat(reply)
          .as("title %s", invisible.codePoints().boxed().toList())
          .doesNotContain("Created meetup");
    }
    assertThat(fixture.service.find(1)).isEmpty();
  }

  @Test
  void decomposedHangulIsStoredComposed() {
    // 밋업 typed as conjoining jamo (as some macOS input does) is the same title as 밋업
    String decomposed = java.text.Normalizer.normalize("밋업", java.text.Normalizer.Form.NFD);
    say("/meetup create title:\"" + decomposed + "\" start:2026-12-05T19:00");
    assertThat(fixture.service.find(1).orElseThrow().title()).isEqualTo("밋업");
  }
}
