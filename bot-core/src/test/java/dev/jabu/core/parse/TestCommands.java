package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small registry for parser tests: a meetup with every option type, a term with a rest option.
 */
final class TestCommands {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** "Now" in parser tests: Monday 2026-11-23, 10:00 in Seoul. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), SEOUL);

  private TestCommands() {}

  static CommandSpec meetup() {
    return CommandSpec.command("meetup")
        .aliases("mu", "모임")
        .description("모임", "Meetups")
        .example("/meetup rsvp 12")
        .example("/meetup create \"DevOps Korea 2026\" 2026-12-05T19:00")
        .subcommand(
            CommandSpec.command("create")
                .description("모임 만들기", "Create a meetup")
                .option(OptionSpec.required("title", OptionType.STRING, "제목", "Title"))
                .option(OptionSpec.required("when", OptionType.DATE_TIME, "시작", "Start"))
                .option(OptionSpec.optional("length", OptionType.DURATION, "길이", "Length"))
                .option(OptionSpec.optional("channel", OptionType.CHANNEL, "채널", "Channel"))
                .option(OptionSpec.optional("online", OptionType.BOOLEAN, "온라인", "Online"))
                .option(OptionSpec.optional("host", OptionType.USER, "진행자", "Host"))
                .option(OptionSpec.optional("capacity", OptionType.INTEGER, "정원", "Capacity"))
                .handler(c -> Reply.none())
                .build())
        .subcommand(
            CommandSpec.command("rsvp")
                .aliases("join")
                .description("참석", "RSVP")
                .option(OptionSpec.required("id", OptionType.INTEGER, "모임 번호", "Meetup number"))
                .option(OptionSpec.optional("note", OptionType.STRING, "메모", "A note").takingRest())
                .handler(c -> Reply.none())
                .build())
        .subcommand(
            CommandSpec.command("list")
                .description("목록", "List meetups")
                .handler(c -> Reply.none())
                .build())
        .build();
  }

  static CommandSpec term() {
    return CommandSpec.command("term")
        .aliases("용어", "glossary")
        .description("용어 찾기", "Look up a term")
        .example("/term GitOps")
        .option(
            OptionSpec.required("query", OptionType.STRING, "찾을 말", "What to look up").takingRest())
        .handler(c -> Reply.none())
        .build();
  }

  static CommandSpec help() {
    return CommandSpec.command("help")
        .description("도움말", "Help")
        .option(OptionSpec.optional("topic", OptionType.STRING, "주제", "Topic"))
        .handler(c -> Reply.none())
        .build();
  }

  static CommandRegistry registry() {
    CommandModule module = () -> List.of(meetup(), term(), help());
    return new CommandRegistry(List.of(module));
  }

  static CommandParser parser() {
    return new CommandParser(registry(), SEOUL, CLOCK);
  }

  static ParsedCommand parsed(ParseOutcome outcome) {
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).command();
  }

  static <R extends Rejection> R rejected(ParseOutcome outcome, Class<R> type) {
    assertThat(outcome).isInstanceOf(type);
    return type.cast(outcome);
  }

  /** Every span of a message, lists included, in order. */
  static List<Span> spans(RichMessage message) {
    List<Span> spans = new ArrayList<>();
    message.blocks().forEach(b -> collect(b, spans));
    return spans;
  }

  private static void collect(Block block, List<Span> spans) {
    if (block instanceof Block.Paragraph p) {
      spans.addAll(p.spans());
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.forEach(b -> collect(b, spans)));
    } else {
      throw new AssertionError("parser explanations use paragraphs and lists only: " + block);
    }
  }

  /** The message as plain text, paragraphs on their own lines. */
  static String plain(RichMessage message) {
    return message.blocks().stream()
        .map(b -> spans(RichMessage.of(b)).stream().map(Span::plain).collect(Collectors.joining()))
        .collect(Collectors.joining("\n"));
  }

  /** The texts shown as code, where every echo of member input must be. */
  static List<String> codeSpans(RichMessage message) {
    return spans(message).stream()
        .filter(s -> s instanceof Span.Text t && t.styles().contains(Span.Style.CODE))
        .map(Span::plain)
        .toList();
  }
}
