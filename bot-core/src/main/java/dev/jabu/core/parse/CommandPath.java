package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import java.util.Objects;
import java.util.Optional;

/** A command, and its subcommand once known: what a rejection explains the usage of. */
public record CommandPath(CommandSpec command, Optional<CommandSpec> subcommand) {
  public CommandPath {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(subcommand, "subcommand");
  }

  static CommandPath of(CommandSpec command) {
    return new CommandPath(command, Optional.empty());
  }

  /** The spec whose options apply: the subcommand when there is one. */
  public CommandSpec leaf() {
    return subcommand.orElse(command);
  }

  /** {@code /meetup rsvp}. */
  public String display() {
    return "/" + subcommand.map(s -> command.name() + " " + s.name()).orElse(command.name());
  }

  public String usageLine() {
    return Usage.line(command, subcommand.orElse(null));
  }

  public Optional<String> example() {
    return Usage.example(command, subcommand.orElse(null));
  }
}
