package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Usage lines and option lists built from specs, for parser errors and for /help. */
public final class Usage {
  private Usage() {}

  /** One option as help lists it; {@code type} and {@code description} are localized. */
  public record OptionLine(String name, String type, boolean required, String description) {}

  /**
   * {@code /meetup rsvp <id> [note]}: required options in angle brackets, optional ones in square
   * brackets, a rest-of-line option as {@code <query...>}. For a command with subcommands and no
   * {@code sub}: {@code /meetup <create|rsvp>}.
   *
   * @param sub the subcommand, or null
   */
  public static String line(CommandSpec command, CommandSpec sub) {
    StringBuilder line = new StringBuilder("/").append(command.name());
    if (sub != null) {
      line.append(' ').append(sub.name());
    } else if (command.hasSubcommands()) {
      line.append(' ')
          .append(
              command.subcommands().stream()
                  .map(CommandSpec::name)
                  .collect(Collectors.joining("|", "<", ">")));
    }
    CommandSpec leaf = sub != null ? sub : command;
    for (OptionSpec option : leaf.options()) {
      String name = option.rest() ? option.name() + "..." : option.name();
      line.append(' ').append(option.required() ? "<" + name + ">" : "[" + name + "]");
    }
    return line.toString();
  }

  /**
   * The first example for this (sub)command: the leaf's own, else the parent's first example that
   * starts with the subcommand's path.
   *
   * @param sub the subcommand, or null
   */
  public static Optional<String> example(CommandSpec command, CommandSpec sub) {
    if (sub == null) {
      return command.examples().stream().findFirst();
    }
    if (!sub.examples().isEmpty()) {
      return Optional.of(sub.examples().get(0));
    }
    String path = command.name() + " " + sub.name();
    return command.examples().stream()
        .filter(e -> e.strip().replaceFirst("^/", "").startsWith(path))
        .findFirst();
  }

  public static List<OptionLine> options(CommandSpec leaf, Locale locale) {
    return leaf.options().stream()
        .map(
            o ->
                new OptionLine(
                    o.name(),
                    OptionTypeText.name(o.type(), locale),
                    o.required(),
                    o.description().get(locale)))
        .toList();
  }

  /** The options as a list block: {@code id} (integer, required) — Meetup number. */
  public static Block optionList(CommandSpec leaf, Locale locale) {
    String required = Messages.get(locale, "parse.option.required");
    String optional = Messages.get(locale, "parse.option.optional");
    List<List<Block>> items =
        options(leaf, locale).stream()
            .map(
                o ->
                    List.<Block>of(
                        new Block.Paragraph(
                            List.of(
                                Span.code(o.name()),
                                Span.text(
                                    " ("
                                        + o.type()
                                        + ", "
                                        + (o.required() ? required : optional)
                                        + ") — "
                                        + o.description())))))
            .toList();
    return new Block.ListBlock(false, 1, items);
  }
}
