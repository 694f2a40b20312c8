package dev.jabu.core.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every command jabu knows, by name and alias. A duplicate command, subcommand, alias or option
 * name is a programming error and fails at startup, never a silent replace.
 */
public final class CommandRegistry {
  private final Map<String, CommandSpec> byName = new LinkedHashMap<>();
  private final List<CommandSpec> commands = new ArrayList<>();

  public CommandRegistry(Collection<? extends CommandModule> modules) {
    for (CommandModule module : modules) {
      for (CommandSpec spec : module.commands()) {
        register(spec);
      }
    }
  }

  private void register(CommandSpec spec) {
    for (String key : keys(spec)) {
      CommandSpec existing = byName.putIfAbsent(key, spec);
      if (existing != null) {
        throw new IllegalStateException(
            "duplicate command name or alias '"
                + key
                + "': "
                + existing.name()
                + ", "
                + spec.name());
      }
    }
    checkUnique(spec.name(), spec.subcommands());
    checkOptions(spec.name(), spec.options());
    for (CommandSpec sub : spec.subcommands()) {
      checkOptions(spec.name() + " " + sub.name(), sub.options());
    }
    commands.add(spec);
  }

  private static void checkUnique(String parent, List<CommandSpec> subcommands) {
    Set<String> seen = new HashSet<>();
    for (CommandSpec sub : subcommands) {
      for (String key : keys(sub)) {
        if (!seen.add(key)) {
          throw new IllegalStateException(
              "duplicate subcommand name or alias '" + key + "' in " + parent);
        }
      }
    }
  }

  private static void checkOptions(String path, List<OptionSpec> options) {
    Set<String> seen = new HashSet<>();
    for (OptionSpec option : options) {
      if (!seen.add(option.name())) {
        throw new IllegalStateException("duplicate option '" + option.name() + "' in " + path);
      }
    }
  }

  private static List<String> keys(CommandSpec spec) {
    List<String> keys = new ArrayList<>();
    keys.add(normalize(spec.name()));
    spec.aliases().forEach(a -> keys.add(normalize(a)));
    return keys;
  }

  /** Names are matched without case and without a leading slash. */
  public static String normalize(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.startsWith("/") ? n.substring(1) : n;
  }

  public Optional<CommandSpec> find(String nameOrAlias) {
    return Optional.ofNullable(byName.get(normalize(nameOrAlias)));
  }

  public static Optional<CommandSpec> findSubcommand(CommandSpec command, String nameOrAlias) {
    String key = normalize(nameOrAlias);
    return command.subcommands().stream().filter(s -> keys(s).contains(key)).findFirst();
  }

  /** Commands in registration order. */
  public List<CommandSpec> commands() {
    return Collections.unmodifiableList(commands);
  }

  /** Every name and alias, for "did you mean". */
  public Set<String> namesAndAliases() {
    return Collections.unmodifiableSet(byName.keySet());
  }
}
