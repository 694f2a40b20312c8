package dev.jabu.core.parse;

import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.engine.Input;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.text.Suggestions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one parser: text from Slack and the console, and Discord's structured calls, become the same
 * {@link ParsedCommand} with typed options, or a {@link Rejection} that explains itself.
 *
 * <p>Thread-safe: it holds only immutable state and reads the registry, which does not change after
 * startup.
 */
public final class CommandParser {
  /** "Did you mean" offers at most this many names. */
  private static final int MAX_SUGGESTIONS = 2;

  private final CommandRegistry registry;
  private final OptionBinder binder;

  /**
   * @param communityZone the zone date-times without an offset are read in
   * @param clock what "today" is for dates such as {@code 내일 19시}
   */
  public CommandParser(CommandRegistry registry, ZoneId communityZone, Clock clock) {
    this(registry, communityZone, clock, MomentRules.defaults());
  }

  /**
   * @param moments the plausible meetup hours a bare {@code 7시} is read in, and the horizon
   */
  public CommandParser(
      CommandRegistry registry, ZoneId communityZone, Clock clock, MomentRules moments) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.binder =
        new OptionBinder(
            new ValueConverter(
                Objects.requireNonNull(communityZone, "communityZone"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(moments, "moments")));
  }

  /**
   * Parses {@code /meetup rsvp 12 note:"bringing a friend"} (the leading slash is optional).
   *
   * @param invokerPlatform where the text was typed; {@code @alice} and {@code #general} belong to
   *     it
   */
  public ParseOutcome parse(String line, Platform invokerPlatform) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(invokerPlatform, "invokerPlatform");
    Tokenizer tokens = new Tokenizer(withoutSlash(line));
    try {
      Token name =
          next(tokens, Optional.empty())
              .orElseThrow(() -> new RejectionException(new Rejection.EmptyInput()));
      CommandSpec command = command(name.text());
      CommandPath path = CommandPath.of(command);
      if (command.hasSubcommands()) {
        Token subName =
            next(tokens, Optional.of(path))
                .orElseThrow(
                    () -> new RejectionException(new Rejection.MissingSubcommand(command)));
        path = new CommandPath(command, Optional.of(subcommand(command, subName.text())));
      }
      Map<String, Object> options = binder.bindText(path, tokens, invokerPlatform);
      return parsed(path, options);
    } catch (RejectionException e) {
      return e.rejection();
    }
  }

  /**
   * Resolves a call the platform already split into command, subcommand and options (Discord).
   * Values are converted by the same rules as text; adapters pass mentions in the platform's raw
   * form ({@code <@123>}, {@code <#123>}).
   */
  public ParseOutcome resolve(Input.Call call, Platform invokerPlatform) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(invokerPlatform, "invokerPlatform");
    try {
      CommandSpec command = command(call.command());
      String sub = call.subcommand() == null ? "" : call.subcommand().strip();
      CommandPath path = CommandPath.of(command);
      if (command.hasSubcommands()) {
        if (sub.isEmpty()) {
          throw new RejectionException(new Rejection.MissingSubcommand(command));
        }
        path = new CommandPath(command, Optional.of(subcommand(command, sub)));
      } else if (!sub.isEmpty()) {
        throw new RejectionException(new Rejection.UnknownSubcommand(command, sub, List.of()));
      }
      return parsed(path, binder.bindCall(path, call.options(), invokerPlatform));
    } catch (RejectionException e) {
      return e.rejection();
    }
  }

  /** The next token, a never-closed quote turned into its rejection. */
  static Optional<Token> next(Tokenizer tokens, Optional<CommandPath> path)
      throws RejectionException {
    try {
      return tokens.next();
    } catch (Tokenizer.UnterminatedQuoteException e) {
      throw new RejectionException(
          new Rejection.UnterminatedQuote(path, tokens.line().substring(e.position())));
    }
  }

  private static ParseOutcome parsed(CommandPath path, Map<String, Object> options) {
    return new ParseOutcome.Parsed(new ParsedCommand(path.command(), path.subcommand(), options));
  }

  private CommandSpec command(String typed) throws RejectionException {
    Optional<CommandSpec> found = registry.find(typed);
    if (found.isPresent()) {
      return found.get();
    }
    String name = CommandRegistry.normalize(typed);
    if (name.isEmpty()) {
      throw new RejectionException(new Rejection.EmptyInput());
    }
    List<String> close = Suggestions.closest(name, registry.namesAndAliases(), MAX_SUGGESTIONS);
    Optional<CommandSpec> closest = close.stream().findFirst().flatMap(registry::find);
    throw new RejectionException(new Rejection.UnknownCommand(name, close, closest));
  }

  private static CommandSpec subcommand(CommandSpec command, String typed)
      throws RejectionException {
    Optional<CommandSpec> found = CommandRegistry.findSubcommand(command, typed);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> names = new ArrayList<>();
    for (CommandSpec sub : command.subcommands()) {
      names.add(sub.name());
      names.addAll(sub.aliases());
    }
    String name = CommandRegistry.normalize(typed);
    throw new RejectionException(
        new Rejection.UnknownSubcommand(
            command, name, Suggestions.closest(name, names, MAX_SUGGESTIONS)));
  }

  /** Slack and the console may or may not send the slash; one is dropped. */
  private static String withoutSlash(String line) {
    String t = line.strip();
    return t.startsWith("/") ? t.substring(1) : t;
  }
}
