package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.console.ConsoleAdapter;
import dev.jabu.app.console.ConsoleOutput;
import dev.jabu.app.console.ConsoleSender;
import dev.jabu.app.console.TextOutput;
import dev.jabu.core.Clocks;
import dev.jabu.core.Jabu;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;
import dev.jabu.core.testkit.TestTimes;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration wires /recap, and the console operator publishes the sample recap in
 * docs from a path relative to the working folder, as docs/recaps.md shows.
 */
class RecapConsoleTest {
  private final Database database = TempDatabase.sqlite();

  @AfterEach
  void close() {
    database.close();
  }

  private String console(String script) throws Exception {
    JabuConfig config = ConfigLoader.load(Path.of("../config/jabu.yaml"), Map.of());
    Jabu jabu = new Jabu(config.core(), database, Clocks.system(), Features.from(config).list());
    StringWriter buffer = new StringWriter();
    ConsoleOutput output =
        new TextOutput(
            new PrintWriter(buffer), new PlainTextRenderer(config.core().zone(), Locale.KOREAN));
    List<Sender> senders =
        Arrays.stream(Platform.values()).map(p -> (Sender) new ConsoleSender(p, output)).toList();
    new ConsoleAdapter(
            jabu,
            jabu.dispatcher(senders),
            output,
            config.consoleUser(),
            config.consoleModerator(),
            Locale.KOREAN,
            null)
        .run(new BufferedReader(new StringReader(script)));
    return buffer.toString();
  }

  @Test
  void theOperatorPublishesTheSampleRecapFromItsPath() throws Exception {
    String out =
        console(
            """
            /meetup create title:"DevOps Korea 11월 밋업" start:%s
            /recap preview file:../docs/recaps/2026-11-devops-korea.md
            /recap publish file:../docs/recaps/2026-11-devops-korea.md
            /as discord:mod moderator
            /recap preview file:../docs/recaps/2026-11-devops-korea.md
            """
                .formatted(TestTimes.daysAhead(ZoneId.of("Asia/Seoul"), 30, 14)));

    assertThat(out)
        .contains("미리보기: DevOps Korea 11월 밋업 후기", "아직 아무것도 올리지 않았어요")
        .contains("#1번 후기 \"DevOps Korea 11월 밋업 후기 — 배포는 이벤트가 아니라 습관\"을(를) 올렸어요")
        .contains("[post → console #announcements]", "[reply → console #announcements (thread of")
        .contains("밋업: DevOps Korea 11월 밋업 (#1)")
        .contains("파일 경로는 봇이 도는 서버의 콘솔에서만 쓸 수 있어요");
  }

  /** Issue 19: an English-speaking organizer saw Korean weekdays at the console. */
  @Test
  void answersAtTheConsoleAreInTheSpeakersLanguage() throws Exception {
    String start = TestTimes.daysAhead(ZoneId.of("Asia/Seoul"), 30, 19);
    java.time.DayOfWeek day = java.time.LocalDateTime.parse(start).getDayOfWeek();
    String out =
        console(
            """
            /as discord:eve moderator en
            /meetup create title:"Autumn meetup" start:%s
            """
                .formatted(start));
    assertThat(out)
        .contains(day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
        .doesNotContain(
            "(" + day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.KOREAN) + ")");
  }
}
