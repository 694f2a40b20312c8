package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import java.util.stream.Collectors;

/** The syntax line of a command, from its spec: {@code /meetup rsvp <id> [note]}. */
public final class Usage {
  private Usage() {}

  /**
   * @param sub the subcommand, or null for the command itself (which, when it has subcommands,
   *     reads {@code /meetup <list|info|rsvp>})
   */
  public static String line(CommandSpec command, CommandSpec sub) {
    StringBuilder line = new StringBuilder("/").append(command.name());
    if (sub == null && command.hasSubcommands()) {
      return line.append(
              command.subcommands().stream()
                  .map(CommandSpec::name)
                  .collect(Collectors.joining("|", " <", ">")))
          .toString();
    }
    CommandSpec leaf = sub == null ? command : sub;
    if (sub != null) {
      line.append(' ').append(sub.name());
    }
    for (OptionSpec option : leaf.options()) {
      String name = option.name() + (option.rest() ? "..." : "");
      line.append(' ').append(option.required() ? "<" + name + ">" : "[" + name + "]");
    }
    return line.toString();
  }
}
