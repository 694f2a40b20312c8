package dev.jabu.core.parse;

import static dev.jabu.core.parse.TestCommands.codeSpans;
import static dev.jabu.core.parse.TestCommands.plain;
import static dev.jabu.core.parse.TestCommands.rejected;
import static dev.jabu.core.parse.TestCommands.spans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Input;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.Platform;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParserRejectionTest {
  private static final Locale KO = Messages.KOREAN;
  private static final Locale EN = Messages.ENGLISH;

  private final CommandParser parser = TestCommands.parser();

  private ParseOutcome parse(String line) {
    return parser.parse(line, Platform.SLACK);
  }

  @Test
  void emptyInput() {
    for (String line : new String[] {"", "   ", "/", " / "}) {
      Rejection.EmptyInput r = rejected(parse(line), Rejection.EmptyInput.class);
      assertThat(codeSpans(r.explain(EN))).contains("/help");
      assertThat(plain(r.explain(KO))).contains("명령어를 입력해 주세요");
    }
  }

  @Test
  void unknownCommandSuggestsTheClosestWithItsUsage() {
    Rejection.UnknownCommand r = rejected(parse("/meetp rsvp 12"), Rejection.UnknownCommand.class);
    assertThat(r.typed()).isEqualTo("meetp");
    assertThat(r.suggestions()).containsExactly("meetup");
    RichMessage en = r.explain(EN);
    assertThat(plain(en))
        .contains("There is no command /meetp")
        .contains("Did you mean /meetup?")
        .contains("Usage: /meetup <create|rsvp|list>")
        .contains("Example: /meetup rsvp 12");
    assertThat(plain(r.explain(KO)))
        .contains("/meetp 명령어는 없어요")
        .contains("혹시 /meetup 말씀이신가요?")
        .contains("사용법: /meetup <create|rsvp|list>");
  }

  @Test
  void unknownCommandAliasesAreCandidatesToo() {
    Rejection.UnknownCommand r = rejected(parse("/용오"), Rejection.UnknownCommand.class);
    assertThat(r.suggestions()).containsExactly("용어");
    assertThat(plain(r.explain(EN))).contains("Usage: /term <query...>");
  }

  @Test
  void unknownCommandFarFromEverythingPointsToHelp() {
    Rejection.UnknownCommand r = rejected(parse("/weather seoul"), Rejection.UnknownCommand.class);
    assertThat(r.suggestions()).isEmpty();
    assertThat(plain(r.explain(EN))).contains("See /help").doesNotContain("Did you mean");
    assertThat(plain(r.explain(KO))).contains("/help 에서").doesNotContain("혹시");
  }

  @Test
  void missingSubcommandListsThem() {
    Rejection.MissingSubcommand r = rejected(parse("/meetup"), Rejection.MissingSubcommand.class);
    assertThat(plain(r.explain(EN)))
        .contains("/meetup needs a subcommand: create, rsvp, list")
        .contains("Usage: /meetup <create|rsvp|list>");
    assertThat(plain(r.explain(KO))).contains("하위 명령어가 필요해요: create, rsvp, list");
  }

  @Test
  void unknownSubcommandSuggestsAndLists() {
    Rejection.UnknownSubcommand r =
        rejected(parse("/meetup rsvpp 12"), Rejection.UnknownSubcommand.class);
    assertThat(r.suggestions()).containsExactly("rsvp");
    assertThat(plain(r.explain(EN)))
        .contains("/meetup has no subcommand rsvpp")
        .contains("Did you mean /meetup rsvp?")
        .contains("Subcommands: create, rsvp, list");
    assertThat(plain(r.explain(KO)))
        .contains("혹시 /meetup rsvp 말씀이신가요?")
        .contains("하위 명령어: create, rsvp, list");
  }

  @Test
  void unknownSubcommandFarFromAllOnlyLists() {
    Rejection.UnknownSubcommand r =
        rejected(parse("/meetup delete 3"), Rejection.UnknownSubcommand.class);
    assertThat(r.suggestions()).isEmpty();
    assertThat(plain(r.explain(EN))).doesNotContain("Did you mean").contains("Subcommands:");
  }

  @Test
  void flagLookingTokenIsAnUnknownOption() {
    Rejection.UnknownOption r =
        rejected(parse("/meetup rsvp --id 3"), Rejection.UnknownOption.class);
    assertThat(r.typed()).isEqualTo("--id");
    RichMessage en = r.explain(EN);
    assertThat(plain(en))
        .contains("/meetup rsvp has no option --id")
        .contains("Options are written as name:value, for example id:12")
        .contains("Usage: /meetup rsvp <id> [note...]")
        .contains("Example: /meetup rsvp 12");
    assertThat(plain(r.explain(KO))).contains("옵션은 이름:값 형태로 써요. 예: id:12");
    Rejection.UnknownOption other =
        rejected(parse("/meetup create x --when 2026-12-05T19:00"), Rejection.UnknownOption.class);
    assertThat(plain(other.explain(EN))).contains("for example when:next friday 7pm");
  }

  @Test
  void aFlagInsideARestOptionIsText() {
    assertThat(TestCommands.parsed(parse("/meetup rsvp 12 --id 3")).options())
        .containsEntry("note", "--id 3");
  }

  @Test
  void aQuotedFlagIsJustAValue() {
    assertThat(parser.parse("/meetup create \"--x\" 2026-12-05T19:00", Platform.SLACK))
        .isInstanceOf(ParseOutcome.Parsed.class);
  }

  @Test
  void tooManyArguments() {
    Rejection.TooManyArguments r =
        rejected(parse("/help topic extra"), Rejection.TooManyArguments.class);
    assertThat(r.extra()).isEqualTo("extra");
    assertThat(plain(r.explain(EN)))
        .contains("nothing takes extra")
        .contains("Usage: /help [topic]");
    assertThat(plain(r.explain(KO))).contains("extra 부터는 받을 옵션이 없어요");
    assertThat(rejected(parse("/meetup list now"), Rejection.TooManyArguments.class).extra())
        .isEqualTo("now");
  }

  @Test
  void missingRequiredOptionsAreAllNamed() {
    Rejection.MissingOptions r = rejected(parse("/meetup create"), Rejection.MissingOptions.class);
    assertThat(r.missing()).extracting(o -> o.name()).containsExactly("title", "when");
    RichMessage en = r.explain(EN);
    assertThat(plain(en))
        .contains("Missing required option: title, when")
        .contains(
            "Usage: /meetup create <title> <when> [length] [channel] [online] [host] [capacity]")
        .contains("Example: /meetup create \"DevOps Korea 2026\" 2026-12-05T19:00")
        .contains("title (text, required) — Title");
    assertThat(plain(r.explain(KO)))
        .contains("필수 옵션이 빠졌어요: title, when")
        .contains("title (텍스트, 필수) — 제목")
        .contains("capacity (정수, 선택) — 정원");
    assertThat(rejected(parse("/term"), Rejection.MissingOptions.class).missing())
        .extracting(o -> o.name())
        .containsExactly("query");
  }

  @Test
  void wrongTypeNamesTheOptionTheTypeAndAnExample() {
    Rejection.InvalidValue r = rejected(parse("/meetup rsvp twelve"), Rejection.InvalidValue.class);
    assertThat(r.option().name()).isEqualTo("id");
    assertThat(r.value()).isEqualTo("twelve");
    assertThat(plain(r.explain(EN)))
        .contains("Option id takes a whole number value, for example 12; twelve is not one.")
        .contains("Usage: /meetup rsvp <id> [note...]");
    assertThat(plain(r.explain(KO))).contains("id 옵션에는 정수 값을 넣어 주세요 (예: 12). 받은 값: twelve");
  }

  @Test
  void wrongTypeExamplesPerType() {
    assertThat(
            plain(
                rejected(parse("/meetup create t tomorrow"), Rejection.InvalidValue.class)
                    .explain(EN)))
        .contains("date and time")
        .contains("The date is there but the time is missing")
        .contains("next friday 7pm");
    assertThat(
            plain(
                rejected(
                        parse("/meetup create t 2026-12-05T19:00 length:soon"),
                        Rejection.InvalidValue.class)
                    .explain(KO)))
        .contains("length 옵션에는 기간 값을 넣어 주세요 (예: 1h30m)");
  }

  @Test
  void overflowAndZeroDurationSayWhy() {
    Rejection.InvalidValue big =
        rejected(parse("/meetup rsvp 99999999999999999999"), Rejection.InvalidValue.class);
    assertThat(big.detailKey()).contains("parse.detail.integer-range");
    assertThat(plain(big.explain(EN))).contains("The number is too large.");
    Rejection.InvalidValue zero =
        rejected(parse("/meetup create t 2026-12-05T19:00 0m"), Rejection.InvalidValue.class);
    assertThat(plain(zero.explain(KO))).contains("기간은 0보다 길어야 해요");
  }

  @Test
  void optionGivenTwice() {
    Rejection.DuplicateOption r =
        rejected(parse("/meetup rsvp id:1 id:2"), Rejection.DuplicateOption.class);
    assertThat(r.option().name()).isEqualTo("id");
    assertThat(plain(r.explain(EN))).contains("Option id was given more than once");
    assertThat(rejected(parse("/meetup rsvp 1 id:2"), Rejection.DuplicateOption.class))
        .as("by position, then by name")
        .isNotNull();
    assertThat(plain(r.explain(KO))).contains("id 옵션이 두 번 이상 들어왔어요");
  }

  @Test
  void unterminatedQuote() {
    Rejection.UnterminatedQuote r =
        rejected(
            parse("/meetup create \"DevOps Korea 2026-12-05T19:00"),
            Rejection.UnterminatedQuote.class);
    assertThat(r.fragment()).isEqualTo("\"DevOps Korea 2026-12-05T19:00");
    assertThat(r.path()).isPresent();
    assertThat(plain(r.explain(EN)))
        .contains("A quote is never closed")
        .contains("Usage: /meetup create <title> <when>");
    assertThat(plain(r.explain(KO))).contains("따옴표가 닫히지 않았어요");
    assertThat(rejected(parse("/'meetup"), Rejection.UnterminatedQuote.class).path()).isEmpty();
  }

  @Test
  void structuredCallRejections() {
    assertThat(parser.resolve(new Input.Call("meetp", null, Map.of()), Platform.DISCORD))
        .isInstanceOf(Rejection.UnknownCommand.class);
    assertThat(parser.resolve(new Input.Call("meetup", null, Map.of()), Platform.DISCORD))
        .isInstanceOf(Rejection.MissingSubcommand.class);
    assertThat(parser.resolve(new Input.Call("meetup", "rsvpp", Map.of()), Platform.DISCORD))
        .isInstanceOf(Rejection.UnknownSubcommand.class);
    Rejection.UnknownSubcommand none =
        rejected(
            parser.resolve(new Input.Call("term", "x", Map.of("query", "q")), Platform.DISCORD),
            Rejection.UnknownSubcommand.class);
    assertThat(plain(none.explain(EN))).contains("/term has no subcommands");
    assertThat(
            parser.resolve(
                new Input.Call("meetup", "rsvp", Map.of("id", "1", "colour", "x")),
                Platform.DISCORD))
        .isInstanceOf(Rejection.UnknownOption.class);
    assertThat(parser.resolve(new Input.Call("meetup", "rsvp", Map.of()), Platform.DISCORD))
        .isInstanceOf(Rejection.MissingOptions.class);
    assertThat(
            parser.resolve(new Input.Call("meetup", "rsvp", Map.of("id", "x")), Platform.DISCORD))
        .isInstanceOf(Rejection.InvalidValue.class);
  }

  @Test
  void echoedInputIsOnlyEverPlainOrCodeText() {
    String hostile = "<@U1>`*_<!channel>";
    ParseOutcome[] outcomes = {
      parse("/" + hostile),
      parse("/meetup " + hostile),
      parse("/meetup rsvp " + hostile),
      parse("/help a " + hostile),
      parse("/meetup create --x" + hostile),
      parse("/meetup create \"" + hostile),
    };
    for (ParseOutcome outcome : outcomes) {
      assertThat(outcome).isInstanceOf(Rejection.class);
      for (Locale locale : new Locale[] {KO, EN}) {
        RichMessage message = ((Rejection) outcome).explain(locale);
        assertThat(spans(message)).allMatch(s -> s instanceof Span.Text);
        assertThat(spans(message))
            .filteredOn(s -> s.plain().contains("<!channel>"))
            .as("the echo is a code span of its own")
            .isNotEmpty()
            .allMatch(s -> ((Span.Text) s).styles().contains(Span.Style.CODE));
      }
    }
  }

  @Test
  void longEchoesAreCut() {
    String essay = "x".repeat(500);
    Rejection r = rejected(parse("/meetup rsvp " + essay), Rejection.InvalidValue.class);
    assertThat(codeSpans(r.explain(EN))).allMatch(s -> s.length() <= 81);
  }

  @Test
  void unsupportedLanguagesGetEnglish() {
    Rejection r = rejected(parse("/meetp"), Rejection.UnknownCommand.class);
    assertThat(plain(r.explain(Locale.FRENCH))).contains("There is no command");
    assertThat(plain(r.explain(Locale.KOREA))).contains("명령어는 없어요");
  }
}
