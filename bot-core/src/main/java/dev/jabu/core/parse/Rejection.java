package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.parse.LocalizedSpans.Plain;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why the parser refused an input, as data (tests and callers can look at the case) that explains
 * itself in Korean or English: the problem, a "did you mean" where one is close, and the usage line
 * with an example. Everything the member typed is shown in code spans only.
 */
public sealed interface Rejection extends ParseOutcome.Rejected {

  /** Nothing but whitespace, or a lone slash. */
  record EmptyInput() implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      return new Explanation(locale).say("parse.empty", "/help").build();
    }
  }

  /**
   * @param suggestions close names or aliases, closest first, at most two
   * @param closest the command of the first suggestion, whose usage is shown
   */
  record UnknownCommand(String typed, List<String> suggestions, Optional<CommandSpec> closest)
      implements Rejection {
    public UnknownCommand {
      suggestions = List.copyOf(suggestions);
    }

    @Override
    public RichMessage explain(Locale locale) {
      Explanation e =
          new Explanation(locale).say("parse.unknown-command", "/" + Explanation.echo(typed));
      if (suggestions.isEmpty()) {
        return e.seeHelp().build();
      }
      e.say("parse.did-you-mean", suggestions.stream().map(s -> "/" + s).toList());
      closest.ifPresent(c -> e.usage(CommandPath.of(c)));
      return e.build();
    }
  }

  record MissingSubcommand(CommandSpec command) implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      return new Explanation(locale)
          .say("parse.missing-subcommand", "/" + command.name(), subcommandNames(command))
          .usage(CommandPath.of(command))
          .build();
    }
  }

  /** A subcommand the command does not have (or any subcommand, for a command without them). */
  record UnknownSubcommand(CommandSpec command, String typed, List<String> suggestions)
      implements Rejection {
    public UnknownSubcommand {
      suggestions = List.copyOf(suggestions);
    }

    @Override
    public RichMessage explain(Locale locale) {
      Explanation e = new Explanation(locale);
      if (!command.hasSubcommands()) {
        return e.say("parse.no-subcommands", "/" + command.name())
            .usage(CommandPath.of(command))
            .build();
      }
      e.say("parse.unknown-subcommand", "/" + command.name(), Explanation.echo(typed));
      if (!suggestions.isEmpty()) {
        e.say(
            "parse.did-you-mean",
            suggestions.stream().map(s -> "/" + command.name() + " " + s).toList());
      }
      return e.say("parse.subcommands", subcommandNames(command))
          .usage(CommandPath.of(command))
          .build();
    }
  }

  /** A {@code --flag} in text, or an option name a structured call should not have sent. */
  record UnknownOption(CommandPath path, String typed) implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      Explanation e =
          new Explanation(locale)
              .say("parse.unknown-option", Explanation.echo(typed), path.display());
      optionSyntaxExample(locale).ifPresent(example -> e.say("parse.option-syntax", example));
      return e.usage(path).optionList(path.leaf()).build();
    }

    /** {@code name:value} for the option the flag names, else for the first option. */
    private Optional<String> optionSyntaxExample(Locale locale) {
      String bare = typed.replaceFirst("^-+", "");
      List<OptionSpec> options = path.leaf().options();
      return options.stream()
          .filter(o -> o.name().equalsIgnoreCase(bare))
          .findFirst()
          .or(() -> options.stream().findFirst())
          .map(o -> o.name() + ":" + OptionTypeText.example(o.type(), locale));
    }
  }

  /** More positional values than the command has options; {@code extra} is the first one left. */
  record TooManyArguments(CommandPath path, String extra) implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      return new Explanation(locale)
          .say("parse.too-many-arguments", Explanation.echo(extra))
          .usage(path)
          .optionList(path.leaf())
          .build();
    }
  }

  record MissingOptions(CommandPath path, List<OptionSpec> missing) implements Rejection {
    public MissingOptions {
      missing = List.copyOf(missing);
    }

    @Override
    public RichMessage explain(Locale locale) {
      return new Explanation(locale)
          .say("parse.missing-options", missing.stream().map(OptionSpec::name).toList())
          .usage(path)
          .optionList(path.leaf())
          .build();
    }
  }

  /**
   * @param detailKey a message key saying more than "wrong type", e.g. that a number is too large
   * @param detailArgs what the detail names: typed text (shown as code), a moment, a limit
   */
  record InvalidValue(
      CommandPath path,
      OptionSpec option,
      String value,
      Optional<String> detailKey,
      List<Object> detailArgs)
      implements Rejection {
    public InvalidValue {
      detailArgs = List.copyOf(detailArgs);
    }

    public InvalidValue(
        CommandPath path, OptionSpec option, String value, Optional<String> detailKey) {
      this(path, option, value, detailKey, List.of());
    }

    @Override
    public RichMessage explain(Locale locale) {
      Explanation e = new Explanation(locale);
      if (option.type() == OptionType.DATE_TIME && detailKey.isPresent()) {
        // which part failed and why first, then natural forms that work
        e.say("parse.date.problem", option.name(), Explanation.echo(value));
        e.say(detailKey.get(), detailArgs.stream().map(a -> shown(a, e.locale())).toArray());
        e.say(
            "parse.date.examples",
            List.of(Messages.get(e.locale(), "parse.date.example-list").split("\\|")));
        return e.usage(path).build();
      }
      e.say(
          "parse.invalid-value",
          option.name(),
          new Plain(OptionTypeText.name(option.type(), e.locale())),
          OptionTypeText.example(option.type(), e.locale()),
          Explanation.echo(value));
      detailKey.ifPresent(
          k -> e.say(k, detailArgs.stream().map(a -> shown(a, e.locale())).toArray()));
      return e.usage(path).build();
    }

    /** Typed text stays code; a moment or a limit is said in the member's language. */
    private static Object shown(Object arg, Locale locale) {
      if (arg instanceof ZonedDateTime at) {
        return new Plain(MomentText.full(at, locale));
      }
      if (arg instanceof Duration d) {
        long days = d.toDays();
        return new Plain(
            days % 365 == 0
                ? Messages.get(locale, "parse.when.years", String.valueOf(days / 365))
                : Messages.get(locale, "parse.when.days", String.valueOf(days)));
      }
      return arg instanceof String s ? Explanation.echo(s) : arg;
    }
  }

  /**
   * A date-time that reads two believable ways ({@code 10시}: morning or evening; a weekday that
   * does not match its date): the member picks one, by button or by running its command.
   *
   * @param typed the unclear part, as typed
   * @param choices each reading and the whole command with that reading spelled out
   */
  record AskMoment(
      CommandPath path,
      OptionSpec option,
      MomentReading.Question question,
      String typed,
      List<Choice> choices)
      implements Rejection {
    public AskMoment {
      choices = List.copyOf(choices);
    }

    public record Choice(Moment moment, String command) {}

    /** The choices repeat every option as it was given, the unclear one spelled out. */
    static AskMoment of(
        CommandPath path, OptionSpec unclear, Map<String, String> raw, MomentReading.Ask ask) {
      List<Choice> choices = new ArrayList<>();
      for (Moment moment : ask.choices()) {
        StringBuilder line = new StringBuilder(path.display());
        for (OptionSpec option : path.leaf().options()) {
          String value = raw.get(option.name());
          if (value != null) {
            String shown = option == unclear ? MomentText.explicit(moment) : value;
            line.append(' ').append(option.name()).append(':').append(quoted(shown));
          }
        }
        choices.add(new Choice(moment, line.toString()));
      }
      return new AskMoment(path, unclear, ask.question(), ask.typed(), choices);
    }

    private static String quoted(String value) {
      return CommandLines.quote(value);
    }

    @Override
    public RichMessage explain(Locale locale) {
      Explanation e = new Explanation(locale);
      String key = question == MomentReading.Question.HOUR ? "parse.ask.hour" : "parse.ask.weekday";
      e.say(key, option.name(), Explanation.echo(typed));
      for (Choice choice : choices) {
        e.button(
            new Button(
                MomentText.span(choice.moment().start(), choice.moment().end(), e.locale()),
                choice.command(),
                Button.Style.PRIMARY));
      }
      return e.say("parse.ask.pick").build();
    }
  }

  record DuplicateOption(CommandPath path, OptionSpec option) implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      return new Explanation(locale)
          .say("parse.duplicate-option", option.name())
          .usage(path)
          .build();
    }
  }

  /**
   * @param path the command as far as it was read before the quote, if that far
   * @param fragment the text from the opening quote on
   */
  record UnterminatedQuote(Optional<CommandPath> path, String fragment) implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      Explanation e =
          new Explanation(locale).say("parse.unterminated-quote", Explanation.echo(fragment));
      path.ifPresentOrElse(e::usage, e::seeHelp);
      return e.build();
    }
  }

  private static List<String> subcommandNames(CommandSpec command) {
    return command.subcommands().stream().map(CommandSpec::name).toList();
  }
}
