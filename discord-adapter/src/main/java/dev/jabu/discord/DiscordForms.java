package dev.jabu.discord;

import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.parse.CommandLines;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The forms (Discord modals) jabu opens: paste a recap ({@code /recap preview} with no source),
 * create a meetup ({@code /meetup create} with no options) and edit one ({@code /meetup edit} with
 * only its number), the twins of Slack's modals. A form's id is the command it completes, encoded
 * by {@link ActionIds}; its submission becomes that command line with the fields as options, and
 * runs through the engine like typing it, so checks, permissions and errors are the same.
 */
final class DiscordForms {
  /** Discord's most characters in one text field. */
  static final int MAX_FIELD = TextInput.MAX_VALUE_LENGTH;

  /** One text field: its id is the option it fills. */
  record Field(String option, String labelKey, TextInputStyle style, int maxLength) {}

  private static final List<Field> RECAP =
      List.of(
          new Field("text", "discord.form.recap.text", TextInputStyle.PARAGRAPH, MAX_FIELD),
          new Field("meetup", "discord.form.recap.meetup", TextInputStyle.SHORT, 10));

  private static final List<Field> MEETUP =
      List.of(
          new Field("title", "discord.form.meetup.title", TextInputStyle.SHORT, 100),
          new Field("start", "discord.form.meetup.start", TextInputStyle.SHORT, 100),
          new Field("end", "discord.form.meetup.end", TextInputStyle.SHORT, 100),
          new Field("capacity", "discord.form.meetup.capacity", TextInputStyle.SHORT, 6),
          new Field("venue", "discord.form.meetup.venue", TextInputStyle.SHORT, 300));

  private DiscordForms() {}

  /**
   * Subcommands whose required options Discord registers as optional, so that the bare command can
   * open the form; the core still requires them when options are typed.
   */
  static boolean opensFormWhenBare(String command, String subcommand) {
    return "meetup".equals(command) && "create".equals(subcommand);
  }

  /** The form a slash command opens instead of running, if it is given nothing a form asks for. */
  static Optional<Modal> forCall(
      String command, String subcommand, Map<String, String> options, Locale locale) {
    if ("recap".equals(command) && "preview".equals(subcommand) && options.isEmpty()) {
      return Optional.of(
          modal(
              "/recap preview",
              Messages.get(locale, "discord.form.recap.title"),
              RECAP,
              true,
              locale));
    }
    if ("meetup".equals(command) && "create".equals(subcommand) && options.isEmpty()) {
      return Optional.of(
          modal(
              "/meetup create",
              Messages.get(locale, "discord.form.meetup.create"),
              MEETUP,
              true,
              locale));
    }
    if ("meetup".equals(command)
        && "edit".equals(subcommand)
        && options.keySet().equals(java.util.Set.of("id"))) {
      String id = options.get("id");
      return Optional.of(
          modal(
              "/meetup edit " + id,
              Messages.get(locale, "discord.form.meetup.edit", id),
              MEETUP,
              false,
              locale));
    }
    return Optional.empty();
  }

  private static Modal modal(
      String command, String title, List<Field> fields, boolean create, Locale locale) {
    Modal.Builder modal = Modal.create(ActionIds.encode(command), title);
    for (Field field : fields) {
      boolean required = create && !field.option().matches("meetup|end|capacity|venue");
      TextInput input =
          TextInput.create(field.option(), field.style())
              .setRequired(required)
              .setMaxLength(field.maxLength())
              .build();
      String label = Messages.get(locale, field.labelKey());
      modal.addComponents(Label.of(label, hint(field, create, locale), input));
    }
    return modal.build();
  }

  /** The recap's text says how to attach a longer file; an edit's fields say empty keeps. */
  private static String hint(Field field, boolean create, Locale locale) {
    if (field == RECAP.get(0)) {
      return Messages.get(locale, "discord.form.recap.text-hint", MAX_FIELD);
    }
    return create ? null : Messages.get(locale, "discord.form.keep");
  }

  /**
   * The command line a submission runs: the form's command, then each filled field as {@code
   * name:"value"}; a field whose option takes the rest of the line goes last, unquoted.
   */
  static String line(String command, List<ModalMapping> values, CommandRegistry registry) {
    StringBuilder line = new StringBuilder(command);
    String rest = null;
    Optional<CommandSpec> leaf = leaf(command, registry);
    for (ModalMapping value : values) {
      String text = value.getAsString().strip();
      String option = value.getCustomId();
      if (text.isEmpty() || !option.matches("[a-z][a-z0-9-]{0,31}")) {
        continue;
      }
      boolean takesRest =
          leaf.flatMap(l -> l.options().stream().filter(o -> o.name().equals(option)).findFirst())
              .map(OptionSpec::rest)
              .orElse(false);
      if (takesRest) {
        rest = option + ":" + text;
      } else {
        line.append(' ').append(option).append(':').append(CommandLines.quote(text));
      }
    }
    if (rest != null) {
      line.append(' ').append(rest);
    }
    return line.toString();
  }

  private static Optional<CommandSpec> leaf(String command, CommandRegistry registry) {
    String[] words = command.substring(1).split(" ");
    Optional<CommandSpec> spec = registry.find(words[0]);
    if (spec.isPresent() && spec.get().hasSubcommands() && words.length > 1) {
      spec = CommandRegistry.findSubcommand(spec.get(), words[1]);
    }
    return spec;
  }
}
