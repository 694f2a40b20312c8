package dev.jabu.core.parse;

import static dev.jabu.core.parse.TestCommands.SEOUL;
import static dev.jabu.core.parse.TestCommands.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.engine.Input;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommandParserTest {
  private final CommandParser parser = TestCommands.parser();

  private ParsedCommand parse(String line) {
    return parsed(parser.parse(line, Platform.SLACK));
  }

  @Test
  void commandSubcommandAndPositionalValue() {
    ParsedCommand c = parse("/meetup rsvp 12");
    assertThat(c.path()).isEqualTo("meetup rsvp");
    assertThat(c.options()).containsExactly(Map.entry("id", 12L));
  }

  @Test
  void leadingSlashIsOptionalAndNamesIgnoreCase() {
    assertThat(parse("meetup rsvp 12").path()).isEqualTo("meetup rsvp");
    assertThat(parse("  /MEETUP RSVP 12  ").path()).isEqualTo("meetup rsvp");
  }

  @Test
  void aliasesOfCommandsAndSubcommands() {
    ParsedCommand c = parse("/mu join 7");
    assertThat(c.command().name()).isEqualTo("meetup");
    assertThat(c.leaf().name()).isEqualTo("rsvp");
    assertThat(parse("/모임 rsvp 3").command().name()).isEqualTo("meetup");
    assertThat(parse("/용어 쿠버네티스").options()).containsEntry("query", "쿠버네티스");
  }

  @Test
  void quotesGroupWords() {
    ParsedCommand c = parse("/meetup create \"DevOps Korea 2026\" 2026-12-05T19:00");
    assertThat(c.options())
        .containsEntry("title", "DevOps Korea 2026")
        .containsEntry("when", Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL)));
    assertThat(parse("/meetup create '데브옵스 코리아' 2026-12-05T19:00").options())
        .containsEntry("title", "데브옵스 코리아");
  }

  @Test
  void backslashEscapesInsideQuotes() {
    assertThat(parse("/meetup create \"say \\\"hi\\\"\" 2026-12-05T19:00").options())
        .containsEntry("title", "say \"hi\"");
    assertThat(parse("/meetup create 'it\\'s' 2026-12-05T19:00").options())
        .containsEntry("title", "it's");
    assertThat(parse("/meetup create \"C:\\dir \\\\ x\" 2026-12-05T19:00").options())
        .as("other backslashes are kept")
        .containsEntry("title", "C:\\dir \\ x");
  }

  @Test
  void aQuoteInsideAWordIsLiteral() {
    assertThat(parse("/meetup create what's 2026-12-05T19:00").options())
        .containsEntry("title", "what's");
  }

  @Test
  void namedOptionsInAnyOrderAndQuotedNamedValues() {
    ParsedCommand c =
        parse("/meetup create when:2026-12-05T19:00 title:\"A B\" capacity:30 online:예");
    assertThat(c.options())
        .containsEntry("title", "A B")
        .containsEntry("capacity", 30L)
        .containsEntry("online", true)
        .containsEntry("when", Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL)));
  }

  @Test
  void namedOptionNamesIgnoreCase() {
    assertThat(parse("/meetup rsvp ID:5").options()).containsEntry("id", 5L);
  }

  @Test
  void positionalValuesFillOptionsNotYetNamed() {
    ParsedCommand c = parse("/meetup create when:2026-12-05T19:00 Title 2h");
    assertThat(c.options())
        .containsEntry("title", "Title")
        .containsEntry("length", Duration.ofHours(2));
  }

  @Test
  void aColonWordThatIsNoOptionNameIsAValue() {
    assertThat(parse("/meetup create https://x.dev/a 2026-12-05T19:00").options())
        .containsEntry("title", "https://x.dev/a");
    assertThat(parse("/meetup create 12:30 2026-12-05T19:00").options())
        .containsEntry("title", "12:30");
  }

  @Test
  void restOptionKeepsTheRawRemainderWithItsQuotes() {
    assertThat(parse("/term what is \"GitOps\"?").options())
        .containsExactly(Map.entry("query", "what is \"GitOps\"?"));
    assertThat(parse("/term   spaced    out   ").options()).containsEntry("query", "spaced    out");
  }

  @Test
  void restOptionToleratesUnbalancedQuotesAndColons() {
    assertThat(parse("/term \"GitOps").options()).containsEntry("query", "\"GitOps");
    assertThat(parse("/term what's a 5\" screen").options())
        .containsEntry("query", "what's a 5\" screen");
    assertThat(parse("/term https://x.dev is a url").options())
        .containsEntry("query", "https://x.dev is a url");
    assertThat(parse("/term --help").options()).containsEntry("query", "--help");
  }

  @Test
  void restOptionThatIsOneQuotedStringLosesItsQuotes() {
    assertThat(parse("/meetup rsvp 12 \"bringing a friend\"").options())
        .containsEntry("note", "bringing a friend");
    assertThat(parse("/meetup rsvp 12 \"a\" and \"b\"").options())
        .containsEntry("note", "\"a\" and \"b\"");
  }

  @Test
  void restOptionAfterPositionalValues() {
    ParsedCommand c = parse("/meetup rsvp 12 친구 한 명 데려가요!");
    assertThat(c.options()).containsEntry("id", 12L).containsEntry("note", "친구 한 명 데려가요!");
  }

  @Test
  void restOptionByName() {
    assertThat(parse("/meetup rsvp 3 note:늦을 수도 있어요 id:4").options())
        .as("a rest option given by name takes everything after it")
        .containsEntry("id", 3L)
        .containsEntry("note", "늦을 수도 있어요 id:4");
  }

  @Test
  void restOptionByNameWithOtherOptionsBefore() {
    assertThat(parse("/meetup rsvp id:3 note:\"bring snacks\"").options())
        .containsEntry("id", 3L)
        .containsEntry("note", "bring snacks");
    assertThat(parse("/term query:what is k8s").options()).containsEntry("query", "what is k8s");
  }

  @Test
  void optionalOptionsMayBeLeftOut() {
    assertThat(parse("/meetup list").options()).isEmpty();
    assertThat(parse("/help").options()).isEmpty();
    assertThat(parse("/meetup rsvp 12").options()).doesNotContainKey("note");
  }

  @Test
  void everyTypeInOneCommand() {
    ParsedCommand c =
        parse(
            "/meetup create title:밋업 when:\"2026-12-05 19:00\" length:1h30m channel:#general"
                + " online:no host:@alice capacity:40");
    assertThat(c.options())
        .containsEntry("title", "밋업")
        .containsEntry("when", Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL)))
        .containsEntry("length", Duration.ofMinutes(90))
        .containsEntry("channel", ChannelRef.of(Platform.SLACK, "general"))
        .containsEntry("online", false)
        .containsEntry("host", UserRef.of(Platform.SLACK, "alice"))
        .containsEntry("capacity", 40L);
    c.options().forEach((name, value) -> assertThat(value).isNotNull());
  }

  @Test
  void koreanTextAndWideSpaces() {
    ParsedCommand c = parse("/meetup\u3000create\u00a0'서울 모임' 2026-12-05T19:00");
    assertThat(c.options()).containsEntry("title", "서울 모임");
  }

  @Test
  void structuredCallUsesTheSameConversions() {
    Input.Call call =
        new Input.Call(
            "meetup",
            "create",
            Map.of(
                "title", "DevOps Korea 2026",
                "when", "2026-12-05T19:00",
                "host", "<@123>",
                "channel", "<#456>",
                "online", "true"));
    ParsedCommand c = parsed(parser.resolve(call, Platform.DISCORD));
    assertThat(c.path()).isEqualTo("meetup create");
    assertThat(c.options())
        .containsEntry("title", "DevOps Korea 2026")
        .containsEntry("when", Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, SEOUL)))
        .containsEntry("host", UserRef.of(Platform.DISCORD, "123"))
        .containsEntry("channel", ChannelRef.of(Platform.DISCORD, "456"))
        .containsEntry("online", true);
  }

  @Test
  void aDateTimeOptionReadsNaturalKorean() {
    // TestCommands.CLOCK says today is Monday 2026-11-23 in Seoul.
    ZonedDateTime tomorrowAt7 = ZonedDateTime.of(2026, 11, 24, 19, 0, 0, 0, SEOUL);
    assertThat(parse("/meetup create 밋업 \"내일 19시\"").options())
        .containsEntry("when", Moment.at(tomorrowAt7));
    assertThat(parse("/모임 create title:밋업 when:'내일 19시'").options())
        .containsEntry("when", Moment.at(tomorrowAt7));
    Input.Call call = new Input.Call("meetup", "create", Map.of("title", "밋업", "when", "내일 19시"));
    assertThat(parsed(parser.resolve(call, Platform.DISCORD)).options())
        .containsEntry("when", Moment.at(tomorrowAt7));
  }

  @Test
  void structuredCallRestOptionIsTakenAsIs() {
    ParsedCommand c =
        parsed(
            parser.resolve(
                new Input.Call("term", null, Map.of("query", "\"x\" y")), Platform.DISCORD));
    assertThat(c.options()).containsEntry("query", "\"x\" y");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Long>> jobs =
          IntStream.range(0, 200)
              .<Callable<Long>>mapToObj(
                  i -> () -> (Long) parse("/meetup rsvp " + i + " note").options().get("id"))
              .toList();
      List<Future<Long>> results = pool.invokeAll(jobs);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo((long) i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
