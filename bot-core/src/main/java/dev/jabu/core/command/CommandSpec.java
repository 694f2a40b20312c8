package dev.jabu.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command declared once, as data. Help, the text parser, Discord command registration and the
 * Slack manifest are all generated from these.
 *
 * <p>A command either has subcommands (each itself a {@code CommandSpec} without subcommands) or a
 * handler with options, never both.
 *
 * @param requiredRole empty on a subcommand means "as the parent command"
 */
public record CommandSpec(
    String name,
    List<String> aliases,
    LocalizedText description,
    List<OptionSpec> options,
    List<CommandSpec> subcommands,
    Optional<Role> requiredRole,
    List<String> examples,
    CommandHandler handler) {

  public CommandSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("command name must be lower-case, 1-32 chars: " + name);
    }
    aliases = List.copyOf(aliases);
    options = List.copyOf(options);
    subcommands = List.copyOf(subcommands);
    examples = List.copyOf(examples);
    if (subcommands.isEmpty() == (handler == null)) {
      throw new IllegalArgumentException(
          name + ": a command has either subcommands or a handler, not both or neither");
    }
    if (!subcommands.isEmpty() && !options.isEmpty()) {
      throw new IllegalArgumentException(name + ": options belong to its subcommands");
    }
    for (CommandSpec sub : subcommands) {
      if (!sub.subcommands.isEmpty()) {
        throw new IllegalArgumentException(name + " " + sub.name + ": subcommands nest one level");
      }
    }
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).rest() && i != options.size() - 1) {
        throw new IllegalArgumentException(name + ": only the last option may take the rest");
      }
    }
  }

  public static Builder command(String name) {
    return new Builder(name);
  }

  public boolean hasSubcommands() {
    return !subcommands.isEmpty();
  }

  /** The role to run this (sub)command, given its parent's. */
  public Role effectiveRole(CommandSpec parent) {
    return requiredRole
        .or(() -> parent == null ? Optional.empty() : parent.requiredRole)
        .orElse(Role.MEMBER);
  }

  /** Builds a spec fluently. */
  public static final class Builder {
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private LocalizedText description;
    private final List<OptionSpec> options = new ArrayList<>();
    private final List<CommandSpec> subcommands = new ArrayList<>();
    private Role requiredRole;
    private final List<String> examples = new ArrayList<>();
    private CommandHandler handler;

    private Builder(String name) {
      this.name = name;
    }

    public Builder aliases(String... aliases) {
      this.aliases.addAll(List.of(aliases));
      return this;
    }

    public Builder description(String ko, String en) {
      this.description = new LocalizedText(ko, en);
      return this;
    }

    public Builder option(OptionSpec option) {
      options.add(option);
      return this;
    }

    public Builder subcommand(CommandSpec subcommand) {
      subcommands.add(subcommand);
      return this;
    }

    public Builder requiredRole(Role role) {
      this.requiredRole = role;
      return this;
    }

    public Builder example(String example) {
      examples.add(example);
      return this;
    }

    public Builder handler(CommandHandler handler) {
      this.handler = handler;
      return this;
    }

    public CommandSpec build() {
      return new CommandSpec(
          name,
          aliases,
          description,
          options,
          subcommands,
          Optional.ofNullable(requiredRole),
          examples,
          handler);
    }
  }
}
