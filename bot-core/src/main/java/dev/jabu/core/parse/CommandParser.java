package dev.jabu.core.parse;

import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.engine.Input;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.text.Suggestions;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one parser: text from Slack, the console and button payloads, and structured Discord calls,
 * become the same typed {@link ParsedCommand}, or a localized explanation with the right syntax.
 *
 * <p>Positional values fill a command's options in declared order; {@code name:value} sets an
 * option by name (only when the command has an option of that name, so {@code 12:30} or a URL stay
 * values); an option that takes the rest of the line takes it as typed.
 */
public final class CommandParser {
  private final CommandRegistry registry;
  private final ValueConverter converter;

  public CommandParser(CommandRegistry registry, ZoneId communityZone) {
    this.registry = registry;
    this.converter = new ValueConverter(communityZone);
  }

  public ParseOutcome parse(String line, Platform platform) {
    Tokenizer tokens = new Tokenizer(line);
    try {
      Optional<Tokenizer.Token> first = tokens.next();
      if (first.isEmpty() || first.get().text().equals("/")) {
        return Rejection.of("parse.empty");
      }
      String name = first.get().text();
      Optional<CommandSpec> command = registry.find(name);
      if (command.isEmpty()) {
        return unknownCommand(name);
      }
      CommandSpec sub = null;
      if (command.get().hasSubcommands()) {
        Optional<Tokenizer.Token> subToken = tokens.next();
        if (subToken.isEmpty()) {
          return Rejection.of("parse.missing-subcommand", "/" + command.get().name())
              .withUsage(Usage.line(command.get(), null), firstExample(command.get()));
        }
        Optional<CommandSpec> found =
            CommandRegistry.findSubcommand(command.get(), subToken.get().text());
        if (found.isEmpty()) {
          return Rejection.of("parse.unknown-subcommand", "/" + command.get().name())
              .echoing(subToken.get().text())
              .suggesting(
                  Suggestions.closest(
                      subToken.get().text(),
                      command.get().subcommands().stream().map(CommandSpec::name).toList(),
                      2))
              .withUsage(Usage.line(command.get(), null), firstExample(command.get()));
        }
        sub = found.get();
      }
      return bindText(command.get(), sub, tokens, platform);
    } catch (Tokenizer.UnterminatedQuote e) {
      return Rejection.of("parse.unterminated-quote");
    }
  }

  public ParseOutcome resolve(Input.Call call, Platform platform) {
    Optional<CommandSpec> command = registry.find(call.command());
    if (command.isEmpty()) {
      return unknownCommand(call.command());
    }
    CommandSpec sub = null;
    if (command.get().hasSubcommands()) {
      Optional<CommandSpec> found =
          call.subcommand() == null
              ? Optional.empty()
              : CommandRegistry.findSubcommand(command.get(), call.subcommand());
      if (found.isEmpty()) {
        return Rejection.of("parse.missing-subcommand", "/" + command.get().name())
            .withUsage(Usage.line(command.get(), null), firstExample(command.get()));
      }
      sub = found.get();
    }
    CommandSpec leaf = sub == null ? command.get() : sub;
    Map<String, String> raw = new LinkedHashMap<>();
    for (var option : call.options().entrySet()) {
      if (leaf.options().stream().noneMatch(o -> o.name().equals(option.getKey()))) {
        return Rejection.of("parse.unknown-option", option.getKey())
            .withUsage(Usage.line(command.get(), sub), firstExample(leaf));
      }
      raw.put(option.getKey(), option.getValue());
    }
    return convert(command.get(), sub, raw, platform);
  }

  private ParseOutcome bindText(
      CommandSpec command, CommandSpec sub, Tokenizer tokens, Platform platform)
      throws Tokenizer.UnterminatedQuote {
    CommandSpec leaf = sub == null ? command : sub;
    Map<String, OptionSpec> byName = new HashMap<>();
    leaf.options().forEach(o -> byName.put(o.name(), o));
    Map<String, String> raw = new LinkedHashMap<>();
    int positional = 0;
    for (Optional<Tokenizer.Token> next = tokens.next(); next.isPresent(); next = tokens.next()) {
      Tokenizer.Token token = next.get();
      Optional<OptionSpec> named = token.name().map(byName::get);
      if (named.isPresent()) {
        if (raw.containsKey(named.get().name())) {
          return Rejection.of("parse.duplicate-option", named.get().name())
              .withUsage(Usage.line(command, sub), firstExample(leaf));
        }
        raw.put(
            named.get().name(),
            named.get().rest()
                ? tokens.restFrom(token.start()).substring(named.get().name().length() + 1)
                : token.value());
        if (named.get().rest()) {
          break;
        }
        continue;
      }
      while (positional < leaf.options().size()
          && raw.containsKey(leaf.options().get(positional).name())) {
        positional++;
      }
      if (positional >= leaf.options().size()) {
        return Rejection.of("parse.too-many")
            .echoing(token.text())
            .withUsage(Usage.line(command, sub), firstExample(leaf));
      }
      OptionSpec option = leaf.options().get(positional++);
      if (option.rest()) {
        raw.put(option.name(), tokens.restFrom(token.start()));
        break;
      }
      raw.put(option.name(), token.value());
    }
    return convert(command, sub, raw, platform);
  }

  private ParseOutcome convert(
      CommandSpec command, CommandSpec sub, Map<String, String> raw, Platform platform) {
    CommandSpec leaf = sub == null ? command : sub;
    Map<String, Object> values = new HashMap<>();
    for (OptionSpec option : leaf.options()) {
      String text = raw.get(option.name());
      if (text == null || text.isBlank()) {
        if (option.required()) {
          return Rejection.of("parse.missing-option", option.name())
              .withUsage(Usage.line(command, sub), firstExample(leaf));
        }
        continue;
      }
      Optional<Object> value = converter.convert(option.type(), text, platform);
      if (value.isEmpty()) {
        return Rejection.of(
                "parse.bad-value",
                option.name(),
                new Rejection.Localized(
                    "parse.type." + option.type().name().toLowerCase(java.util.Locale.ROOT)))
            .echoing(text)
            .withUsage(Usage.line(command, sub), firstExample(leaf));
      }
      values.put(option.name(), value.get());
    }
    return new ParseOutcome.Parsed(new ParsedCommand(command, Optional.ofNullable(sub), values));
  }

  private ParseOutcome unknownCommand(String name) {
    String bare = CommandRegistry.normalize(name);
    List<String> close =
        Suggestions.closest(bare, registry.namesAndAliases(), 2).stream()
            .map(n -> "/" + n)
            .toList();
    return Rejection.of("parse.unknown-command").echoing(name).suggesting(close);
  }

  private static String firstExample(CommandSpec spec) {
    return spec.examples().isEmpty() ? null : spec.examples().get(0);
  }
}
