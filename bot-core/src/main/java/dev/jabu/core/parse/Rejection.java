package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.parse.LocalizedSpans.Plain;
import java.util.List;
import java.util.Locale;
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
   */
  record InvalidValue(CommandPath path, OptionSpec option, String value, Optional<String> detailKey)
      implements Rejection {
    @Override
    public RichMessage explain(Locale locale) {
      Explanation e = new Explanation(locale);
      e.say(
          "parse.invalid-value",
          option.name(),
          new Plain(OptionTypeText.name(option.type(), e.locale())),
          OptionTypeText.example(option.type(), e.locale()),
          Explanation.echo(value));
      detailKey.ifPresent(e::say);
      return e.usage(path).build();
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
