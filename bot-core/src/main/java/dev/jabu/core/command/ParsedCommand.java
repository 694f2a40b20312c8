package dev.jabu.core.command;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command resolved against the registry, with typed option values (see {@link
 * OptionType#valueType()}). Text from Slack and the console and structured Discord interactions all
 * end up as one of these.
 */
public record ParsedCommand(
    CommandSpec command, Optional<CommandSpec> subcommand, Map<String, Object> options) {
  public ParsedCommand {
    Objects.requireNonNull(command, "command");
    options = Map.copyOf(options);
  }

  /** The spec that runs: the subcommand when there is one. */
  public CommandSpec leaf() {
    return subcommand.orElse(command);
  }

  public Role requiredRole() {
    return subcommand.map(s -> s.effectiveRole(command)).orElse(command.effectiveRole(null));
  }

  /** {@code meetup rsvp} or {@code help}. */
  public String path() {
    return subcommand.map(s -> command.name() + " " + s.name()).orElse(command.name());
  }
}
