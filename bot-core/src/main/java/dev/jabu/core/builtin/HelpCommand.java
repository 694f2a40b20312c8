package dev.jabu.core.builtin;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.parse.Usage;
import dev.jabu.core.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /help} and {@code /help <command>}, generated from the command specs. */
public final class HelpCommand implements CommandModule {
  private final Supplier<CommandRegistry> registry;

  public HelpCommand(Supplier<CommandRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(
        CommandSpec.command("help")
            .aliases("도움말", "h")
            .description("명령어와 쓰는 법을 보여 줍니다", "Shows the commands and how to use them")
            .option(
                OptionSpec.optional(
                        "command", OptionType.STRING, "자세히 볼 명령어", "A command to explain")
                    .takingRest()
                    .withAutocomplete(this::suggestCommands))
            .example("/help")
            .example("/help about")
            .example("/help meetup create")
            .handler(this::help)
            .build());
  }

  private List<AutocompleteSource.Choice> suggestCommands(String typed, Locale locale, int limit) {
    String prefix = CommandRegistry.normalize(typed);
    return registry.get().commands().stream()
        .filter(c -> c.name().startsWith(prefix))
        .limit(limit)
        .map(c -> new AutocompleteSource.Choice("/" + c.name(), c.name()))
        .toList();
  }

  private Reply help(CommandContext ctx) {
    return ctx.string("command")
        .map(name -> explain(ctx, name))
        .orElseGet(() -> Reply.privately(overview(ctx)));
  }

  private RichMessage overview(CommandContext ctx) {
    Locale locale = ctx.locale();
    List<List<Block>> items = new ArrayList<>();
    for (CommandSpec command : registry.get().commands()) {
      List<Span> spans = new ArrayList<>();
      spans.add(Span.code("/" + command.name()));
      spans.add(Span.text(" — " + command.description().get(locale)));
      if (command.effectiveRole(null) != Role.MEMBER) {
        spans.add(Span.italic(" " + ctx.t(roleKey(command.effectiveRole(null)))));
      }
      items.add(List.of(new Block.Paragraph(spans)));
    }
    return RichMessage.builder()
        .heading(ctx.t("help.title"))
        .block(new Block.ListBlock(false, 1, items))
        .context(ctx.t("help.more"))
        .build();
  }

  /** A command, or one of its subcommands when it is named too ("/help jabu forget-me"). */
  private Reply explain(CommandContext ctx, String asked) {
    String[] words = asked.strip().split("\\s+");
    String name = words[0];
    CommandRegistry commands = registry.get();
    return commands
        .find(name)
        .map(
            command -> {
              Optional<CommandSpec> sub =
                  words.length > 1 && command.hasSubcommands()
                      ? CommandRegistry.findSubcommand(command, words[1])
                      : Optional.empty();
              return Reply.privately(details(ctx, command, sub));
            })
        .orElseGet(() -> Reply.privately(unknown(ctx, name, commands)));
  }

  private RichMessage details(CommandContext ctx, CommandSpec command, Optional<CommandSpec> only) {
    Locale locale = ctx.locale();
    RichMessage.Builder message =
        RichMessage.builder()
            .block(new Block.Heading(1, List.of(Span.text("/" + command.name()))))
            .paragraph(command.description().get(locale));
    if (!command.aliases().isEmpty()) {
      message.context(ctx.t("help.aliases", String.join(", ", command.aliases())));
    }
    List<CommandSpec> leaves =
        only.map(List::of)
            .orElse(command.hasSubcommands() ? command.subcommands() : List.of(command));
    List<List<Block>> items = new ArrayList<>();
    for (CommandSpec leaf : leaves) {
      CommandSpec sub = leaf == command ? null : leaf;
      List<Block> item = new ArrayList<>();
      List<Span> line = new ArrayList<>();
      line.add(Span.code(Usage.line(command, sub)));
      if (sub != null) {
        line.add(Span.text(" — " + sub.description().get(locale)));
      }
      Role role = sub == null ? command.effectiveRole(null) : sub.effectiveRole(command);
      if (role != Role.MEMBER) {
        line.add(Span.italic(" " + ctx.t(roleKey(role))));
      }
      item.add(new Block.Paragraph(line));
      for (OptionSpec option : leaf.options()) {
        item.add(
            new Block.Paragraph(
                List.of(
                    Span.text("    "),
                    Span.code(option.name()),
                    Span.text(
                        " — "
                            + option.description().get(locale)
                            + (option.required() ? "" : " " + ctx.t("help.optional"))))));
      }
      items.add(item);
    }
    message.block(new Block.ListBlock(false, 1, items));
    List<String> examples = new ArrayList<>(only.isPresent() ? List.of() : command.examples());
    leaves.stream().filter(l -> l != command).forEach(l -> examples.addAll(l.examples()));
    if (!examples.isEmpty()) {
      message.paragraph(Span.bold(ctx.t("help.examples")));
      message.block(
          new Block.ListBlock(
              false,
              1,
              examples.stream()
                  .map(e -> List.<Block>of(new Block.Paragraph(List.of(Span.code(e)))))
                  .toList()));
    }
    return message.build();
  }

  private static String roleKey(Role role) {
    return role == Role.MODERATOR ? "help.moderator-only" : "help.organizer-only";
  }

  private RichMessage unknown(CommandContext ctx, String name, CommandRegistry commands) {
    List<String> close = Suggestions.closest(name, commands.namesAndAliases(), 2);
    RichMessage.Builder message =
        RichMessage.builder()
            .paragraph(
                Span.text(ctx.t("help.unknown") + " "),
                Span.code(name.length() > 64 ? name.substring(0, 64) + "…" : name));
    if (!close.isEmpty()) {
      message.paragraph(
          Span.text(ctx.t("help.did-you-mean") + " "), Span.code("/help " + close.get(0)));
    }
    return message.build();
  }
}
