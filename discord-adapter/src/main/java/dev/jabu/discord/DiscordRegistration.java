package dev.jabu.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.LocalizedText;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the command specs into Discord application commands: subcommands, typed options, required
 * flags, autocomplete, English descriptions with Korean localizations, and {@code
 * default_member_permissions} on moderator commands so members do not even see them (the core's
 * permission check still runs). Registration compares first and overwrites the whole set in one
 * request only when it changed, since Discord limits command writes.
 */
public final class DiscordRegistration {
  /** Members with this permission see the moderator commands; moderators are checked by jabu. */
  public static final Permission MODERATOR_PERMISSION = Permission.MANAGE_EVENTS;

  private static final Logger log = LoggerFactory.getLogger(DiscordRegistration.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ASSIGNED_BY_DISCORD =
      Set.of("id", "application_id", "version", "guild_id");
  private static final int MAX_DESCRIPTION = CommandData.MAX_DESCRIPTION_LENGTH;

  private DiscordRegistration() {}

  /**
   * The name of the message menu command that takes a message into a recap preview; Discord shows
   * it under Apps when a moderator right-clicks a message.
   */
  public static final String RECAP_MENU = "Publish as recap";

  private static final String RECAP_MENU_KO = "후기로 올리기";

  /** The application commands for every spec, in registration order, then the message menu. */
  public static List<CommandData> commands(CommandRegistry registry) {
    List<CommandData> commands = new ArrayList<>();
    for (CommandSpec spec : registry.commands()) {
      commands.add(slash(spec));
    }
    if (hasRecapPreview(registry)) {
      commands.add(
          Commands.message(RECAP_MENU)
              .setNameLocalization(DiscordLocale.KOREAN, RECAP_MENU_KO)
              .setDefaultPermissions(DefaultMemberPermissions.enabledFor(MODERATOR_PERMISSION)));
    }
    return commands;
  }

  /** The message menu runs {@code /recap preview}, so it exists only where that command does. */
  static boolean hasRecapPreview(CommandRegistry registry) {
    return registry
        .find("recap")
        .flatMap(recap -> CommandRegistry.findSubcommand(recap, "preview"))
        .isPresent();
  }

  /**
   * Makes Discord's commands match the specs: in {@code guildId}'s server when set, else globally.
   *
   * @return whether anything was written
   */
  public static boolean sync(JDA jda, Optional<String> guildId, CommandRegistry registry) {
    List<CommandData> wanted = commands(registry);
    RestAction<List<Command>> current;
    if (guildId.isPresent()) {
      Guild guild = jda.getGuildById(guildId.get());
      if (guild == null) {
        throw new IllegalStateException(
            "jabu is not in the server discord.guild-id " + guildId.get() + "; invite it first");
      }
      current = guild.retrieveCommands(true);
    } else {
      current = jda.retrieveCommands(true);
    }
    if (same(wanted, current.complete())) {
      log.info("Discord commands are up to date ({})", wanted.size());
      return false;
    }
    if (guildId.isPresent()) {
      jda.getGuildById(guildId.get()).updateCommands().addCommands(wanted).complete();
    } else {
      jda.updateCommands().addCommands(wanted).complete();
    }
    log.info("Discord commands registered ({})", wanted.size());
    return true;
  }

  static boolean same(List<CommandData> wanted, List<Command> existing) {
    return canonical(wanted)
        .equals(canonical(existing.stream().map(CommandData::fromCommand).toList()));
  }

  private static Set<JsonNode> canonical(List<CommandData> commands) {
    Set<JsonNode> out = new HashSet<>();
    for (CommandData command : commands) {
      try {
        ObjectNode node = (ObjectNode) JSON.readTree(command.toData().toString());
        node.remove(ASSIGNED_BY_DISCORD);
        out.add(node);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }

  private static SlashCommandData slash(CommandSpec spec) {
    SlashCommandData data =
        Commands.slash(spec.name(), english(spec.description()))
            .setDescriptionLocalization(DiscordLocale.KOREAN, korean(spec.description()));
    koreanName(spec).ifPresent(name -> data.setNameLocalization(DiscordLocale.KOREAN, name));
    if (spec.requiredRole().orElse(Role.MEMBER) == Role.MODERATOR) {
      data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(MODERATOR_PERMISSION));
    }
    if (spec.hasSubcommands()) {
      for (CommandSpec sub : spec.subcommands()) {
        SubcommandData subcommand =
            new SubcommandData(sub.name(), english(sub.description()))
                .setDescriptionLocalization(DiscordLocale.KOREAN, korean(sub.description()));
        koreanName(sub)
            .ifPresent(name -> subcommand.setNameLocalization(DiscordLocale.KOREAN, name));
        subcommand.addOptions(
            options(sub.options(), DiscordForms.opensFormWhenBare(spec.name(), sub.name())));
        data.addSubcommands(subcommand);
      }
    } else {
      data.addOptions(options(spec.options(), false));
    }
    return data;
  }

  /**
   * Discord wants required options first; the text parser's positions do not matter here. With
   * {@code form}, every option is optional so the bare command can open its form.
   */
  private static List<OptionData> options(List<OptionSpec> specs, boolean form) {
    List<OptionSpec> ordered = new ArrayList<>(specs);
    ordered.sort(Comparator.comparing(o -> !o.required()));
    List<OptionData> out = new ArrayList<>();
    for (OptionSpec spec : ordered) {
      OptionType type = type(spec.type());
      boolean autocomplete =
          spec.autocomplete().isPresent()
              && (type == OptionType.STRING || type == OptionType.INTEGER);
      OptionData option =
          new OptionData(
                  type,
                  spec.name(),
                  english(spec.description()),
                  spec.required() && !form,
                  autocomplete)
              .setDescriptionLocalization(DiscordLocale.KOREAN, korean(spec.description()));
      spec.koreanName().ifPresent(name -> option.setNameLocalization(DiscordLocale.KOREAN, name));
      spec.min().ifPresent(option::setMinValue);
      spec.max().ifPresent(option::setMaxValue);
      for (OptionSpec.Choice choice : spec.choices()) {
        Command.Choice native_ =
            type == OptionType.INTEGER
                ? new Command.Choice(choice.label().en(), Long.parseLong(choice.value()))
                : new Command.Choice(choice.label().en(), choice.value());
        option.addChoices(native_.setNameLocalization(DiscordLocale.KOREAN, choice.label().ko()));
      }
      out.add(option);
    }
    return out;
  }

  /**
   * The Korean name Korean clients show: a command's first Korean alias ({@code /후기} for {@code
   * /recap}) when Discord accepts it as a name.
   */
  static Optional<String> koreanName(CommandSpec spec) {
    return spec.aliases().stream()
        .filter(
            a ->
                a.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
        .filter(OptionSpec::isLocalizedName)
        .findFirst();
  }

  static OptionType type(dev.jabu.core.command.OptionType type) {
    switch (type) {
      case INTEGER:
        return OptionType.INTEGER;
      case BOOLEAN:
        return OptionType.BOOLEAN;
      case USER:
        return OptionType.USER;
      case CHANNEL:
        return OptionType.CHANNEL;
      case ATTACHMENT:
        return OptionType.ATTACHMENT;
      default:
        // dates and durations are typed as people write them and read by the core's parser
        return OptionType.STRING;
    }
  }

  private static String english(LocalizedText text) {
    return DiscordRenderer.cut(text.en(), MAX_DESCRIPTION);
  }

  private static String korean(LocalizedText text) {
    return DiscordRenderer.cut(text.ko(), MAX_DESCRIPTION);
  }
}
