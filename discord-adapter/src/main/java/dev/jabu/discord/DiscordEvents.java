package dev.jabu.discord;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.engine.Input;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.ThreadRef;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord's interactions and mentions into {@link Invocation}s and answers them. Every
 * interaction is acknowledged within Discord's 3 seconds: answered directly when the engine is done
 * within {@link DiscordSettings#ackWithin()}, otherwise deferred (privately, so nothing shows in
 * the channel before the answer) and answered through the interaction hook. The engine runs on
 * {@link EngineWorkers}, never on JDA's event thread.
 */
final class DiscordEvents extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);
  private static final int MAX_CHOICES = 25;
  private static final int MAX_CHOICE_NAME = 100;

  private final CommandRegistry registry;
  private final EngineWorkers workers;
  private final Duration ackWithin;
  private final Locale communityLocale;
  private final DiscordFiles files;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "jabu-discord-ack");
            t.setDaemon(true);
            return t;
          });

  DiscordEvents(
      CommandRegistry registry,
      EngineWorkers workers,
      Duration ackWithin,
      Locale communityLocale,
      DiscordFiles files) {
    this.registry = registry;
    this.workers = workers;
    this.ackWithin = ackWithin;
    this.communityLocale = communityLocale;
    this.files = files;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, Message.Attachment> attached = new LinkedHashMap<>();
    for (OptionMapping option : event.getOptions()) {
      if (option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT) {
        attached.put(option.getName(), option.getAsAttachment());
      } else {
        options.put(option.getName(), optionText(option));
      }
    }
    Locale locale = locale(event.getUserLocale());
    if (attached.isEmpty()) {
      Optional<net.dv8tion.jda.api.modals.Modal> form =
          DiscordForms.forCall(event.getName(), event.getSubcommandName(), options, locale);
      if (form.isPresent()) {
        // a form is the first answer, so it cannot wait for a worker; it is only built here
        event.replyModal(form.get()).queue(null, failed("form"));
        return;
      }
    }
    answer(
        event,
        locale,
        () -> {
          Map<String, String> values = new LinkedHashMap<>(options);
          for (Map.Entry<String, Message.Attachment> file : attached.entrySet()) {
            values.put(file.getKey(), read(file.getValue(), locale));
          }
          return invocation(
              event, new Input.Call(event.getName(), event.getSubcommandName(), values));
        });
  }

  /** A form's submission runs as the command line it completes. */
  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    Locale locale = locale(event.getUserLocale());
    Optional<String> command = ActionIds.decode(event.getModalId());
    if (command.isEmpty()) {
      event
          .reply(single(RichMessage.text(Messages.get(locale, "platform.stale-button"))))
          .setEphemeral(true)
          .queue();
      return;
    }
    String line = DiscordForms.line(command.get(), event.getValues(), registry);
    answer(event, locale, () -> invocation(event, new Input.Text(line)));
  }

  /**
   * "Publish as recap" on a message: its attached markdown file, or else its text, becomes a
   * private {@code /recap preview}, as Slack's message shortcut does.
   */
  @Override
  public void onMessageContextInteraction(MessageContextInteractionEvent event) {
    if (!DiscordRegistration.RECAP_MENU.equals(event.getName())) {
      return;
    }
    Locale locale = locale(event.getUserLocale());
    Message message = event.getTarget();
    Optional<Message.Attachment> file =
        message.getAttachments().stream().filter(DiscordFiles::isText).findFirst();
    answer(
        event,
        locale,
        () -> {
          Map<String, String> values = new LinkedHashMap<>();
          if (file.isPresent()) {
            values.put("file", read(file.get(), locale));
          } else if (!message.getContentRaw().isBlank()) {
            values.put("text", message.getContentRaw());
          }
          return invocation(event, new Input.Call("recap", "preview", values));
        });
  }

  /** An attached file's text; a file that cannot be read answers the member privately. */
  private String read(Message.Attachment file, Locale locale) throws EngineWorkers.Refused {
    try {
      return files.read(file);
    } catch (DiscordFiles.Problem problem) {
      throw new EngineWorkers.Refused(
          dev.jabu.core.engine.Reply.privately(
              RichMessage.text(Messages.get(locale, problem.key, problem.args))));
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<String> command = ActionIds.decode(event.getComponentId());
    if (command.isEmpty()) {
      Locale locale = locale(event.getUserLocale());
      event
          .reply(single(RichMessage.text(Messages.get(locale, "platform.stale-button"))))
          .setEphemeral(true)
          .queue();
      return;
    }
    Invocation invocation = invocation(event, new Input.Text(command.get()));
    answer(event, invocation.locale(), () -> invocation);
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    Optional<AutocompleteSource> source =
        autocomplete(
            event.getName(), event.getSubcommandName(), event.getFocusedOption().getName());
    Locale locale = locale(event.getUserLocale());
    String typed = event.getFocusedOption().getValue();
    boolean integer =
        event.getFocusedOption().getType()
            == net.dv8tion.jda.api.interactions.commands.OptionType.INTEGER;
    boolean accepted =
        source.isPresent()
            && workers.run(
                () ->
                    event
                        .replyChoices(choices(source.get(), typed, locale, integer))
                        .queue(null, e -> log.debug("autocomplete answer failed", e)));
    if (!accepted) {
      // no suggestions is an answer too; Discord shows the member what they typed
      event.replyChoices(List.of()).queue();
    }
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    if (event.getAuthor().isBot()
        || !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    String text = message.getContentRaw().replaceAll("<@!?" + self.getId() + ">", " ").strip();
    Locale locale = communityLocale; // a message carries no locale, unlike an interaction
    if (text.isEmpty()) {
      message
          .reply(single(RichMessage.text(Messages.get(locale, "discord.mention-hint"))))
          .mentionRepliedUser(false)
          .queue();
      return;
    }
    String line = text.startsWith("/") ? text : "/term " + text;
    Member member = member(event.getAuthor(), event.getMember());
    Invocation invocation =
        new Invocation(
            Optional.of(message.getId()),
            Platform.DISCORD,
            member,
            channel(event.getChannel()),
            thread(event.getChannel()),
            locale,
            new Input.Text(line),
            Invocation.newCorrelationId());
    Optional<CompletableFuture<Reply>> reply = workers.submit(invocation);
    if (reply.isEmpty()) {
      message
          .reply(single(RichMessage.text(Messages.get(locale, "platform.busy"))))
          .mentionRepliedUser(false)
          .queue();
      return;
    }
    reply.get().thenAccept(r -> replyToMessage(message, r));
  }

  private static void replyToMessage(Message message, Reply reply) {
    if (reply.visibility() == Reply.Visibility.NONE) {
      return;
    }
    List<MessageCreateData> pieces = DiscordRenderer.render(reply.message(), reply.attachments());
    if (reply.visibility() == Reply.Visibility.PRIVATE) {
      message
          .getAuthor()
          .openPrivateChannel()
          .queue(dm -> pieces.forEach(p -> dm.sendMessage(p).queue()), failed("direct message"));
      return;
    }
    for (MessageCreateData piece : pieces) {
      message.reply(piece).mentionRepliedUser(false).queue(null, failed("mention reply"));
    }
  }

  /** Answers at once when the engine is quick, else defers and answers through the hook. */
  private void answer(IReplyCallback event, Locale locale, EngineWorkers.Preparation preparation) {
    Optional<CompletableFuture<Reply>> future = workers.submit(preparation);
    if (future.isEmpty()) {
      event
          .reply(single(RichMessage.text(Messages.get(locale, "platform.busy"))))
          .setEphemeral(true)
          .queue();
      return;
    }
    AtomicBoolean acknowledged = new AtomicBoolean();
    ScheduledFuture<?> defer =
        timer.schedule(
            () -> {
              if (acknowledged.compareAndSet(false, true)) {
                event.deferReply(true).queue(null, failed("defer"));
              }
            },
            ackWithin.toMillis(),
            TimeUnit.MILLISECONDS);
    future
        .get()
        .whenComplete(
            (reply, error) -> {
              if (error != null) {
                log.error("engine failed outside its own handling [{}]", event.getId(), error);
                return;
              }
              if (acknowledged.compareAndSet(false, true)) {
                defer.cancel(false);
                replyNow(event, reply);
              } else {
                followUp(event.getHook(), reply);
              }
            });
  }

  private static void replyNow(IReplyCallback event, Reply reply) {
    if (reply.visibility() == Reply.Visibility.NONE) {
      return; // a redelivery: the first delivery answered it
    }
    boolean ephemeral = reply.visibility() == Reply.Visibility.PRIVATE;
    List<MessageCreateData> pieces = DiscordRenderer.render(reply.message(), reply.attachments());
    event.reply(pieces.get(0)).setEphemeral(ephemeral).queue(null, failed("reply"));
    for (MessageCreateData piece : pieces.subList(1, pieces.size())) {
      event.getHook().sendMessage(piece).setEphemeral(ephemeral).queue(null, failed("follow-up"));
    }
  }

  /** After a private deferral: a private answer replaces it, a public one is posted after it. */
  private static void followUp(InteractionHook hook, Reply reply) {
    if (reply.visibility() == Reply.Visibility.NONE) {
      hook.deleteOriginal().queue(null, failed("delete deferral"));
      return;
    }
    List<MessageCreateData> pieces = DiscordRenderer.render(reply.message(), reply.attachments());
    if (reply.visibility() == Reply.Visibility.PRIVATE) {
      hook.editOriginal(
              net.dv8tion.jda.api.utils.messages.MessageEditData.fromCreateData(pieces.get(0)))
          .queue(null, failed("edit deferral"));
      for (MessageCreateData piece : pieces.subList(1, pieces.size())) {
        hook.sendMessage(piece).setEphemeral(true).queue(null, failed("follow-up"));
      }
      return;
    }
    hook.deleteOriginal().queue(null, failed("delete deferral"));
    for (MessageCreateData piece : pieces) {
      hook.sendMessage(piece).setEphemeral(false).queue(null, failed("follow-up"));
    }
  }

  private Optional<AutocompleteSource> autocomplete(
      String command, String subcommand, String option) {
    Optional<CommandSpec> spec = registry.find(command);
    if (spec.isPresent() && subcommand != null) {
      spec = CommandRegistry.findSubcommand(spec.get(), subcommand);
    }
    return spec.flatMap(
        s ->
            s.options().stream()
                .filter(o -> o.name().equals(option))
                .findFirst()
                .flatMap(OptionSpec::autocomplete));
  }

  /** At most 25 suggestions, names cut to 100; an integer option gets numbers, as Discord wants. */
  static List<Command.Choice> choices(
      AutocompleteSource source, String typed, Locale locale, boolean integer) {
    List<Command.Choice> choices = new ArrayList<>();
    for (AutocompleteSource.Choice choice : source.suggest(typed, locale, MAX_CHOICES)) {
      if (choices.size() == MAX_CHOICES) {
        break;
      }
      String name = DiscordRenderer.cut(choice.label(), MAX_CHOICE_NAME);
      if (integer) {
        try {
          choices.add(new Command.Choice(name, Long.parseLong(choice.value())));
        } catch (NumberFormatException e) {
          log.debug("dropped a non-numeric suggestion for an integer option: {}", choice);
        }
      } else {
        choices.add(new Command.Choice(name, DiscordRenderer.cut(choice.value(), MAX_CHOICE_NAME)));
      }
    }
    return choices;
  }

  private static Invocation invocation(IReplyCallback event, Input input) {
    return new Invocation(
        Optional.of(event.getId()),
        Platform.DISCORD,
        member(event.getUser(), event.getMember()),
        channel(event.getChannel()),
        thread(event.getChannel()),
        locale(event.getUserLocale()),
        input,
        Invocation.newCorrelationId());
  }

  private static Member member(User user, net.dv8tion.jda.api.entities.Member member) {
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    Set<String> roles =
        member == null
            ? Set.of()
            : member.getRoles().stream().map(r -> r.getId()).collect(Collectors.toSet());
    // Manage Events makes a moderator as the configured roles and users do (issue 13 item 10)
    boolean manager =
        member != null && member.hasPermission(DiscordRegistration.MODERATOR_PERMISSION);
    return Member.of(new UserRef(Platform.DISCORD, user.getId(), name))
        .withRoles(roles)
        .withPlatformModerator(manager);
  }

  /** The channel a member spoke in; for a thread, the channel the thread belongs to. */
  static ChannelRef channel(Channel channel) {
    if (channel instanceof ThreadChannel thread) {
      Channel parent = thread.getParentChannel();
      return new ChannelRef(Platform.DISCORD, parent.getId(), parent.getName());
    }
    return new ChannelRef(Platform.DISCORD, channel.getId(), channel.getName());
  }

  static Optional<ThreadRef> thread(Channel channel) {
    return channel instanceof ThreadChannel thread
        ? Optional.of(new ThreadRef(channel(thread), thread.getId()))
        : Optional.empty();
  }

  /** Korean for Korean clients, English for everyone else. */
  static Locale locale(DiscordLocale locale) {
    return locale == DiscordLocale.KOREAN ? Messages.KOREAN : Messages.ENGLISH;
  }

  /** The raw value the core's converter reads: mentions in Discord's own syntax. */
  private static String optionText(OptionMapping option) {
    switch (option.getType()) {
      case USER:
        User user = option.getAsUser();
        return "<@" + user.getId() + "|" + user.getEffectiveName() + ">";
      case CHANNEL:
        return "<#" + option.getAsChannel().getId() + "|" + option.getAsChannel().getName() + ">";
      case ATTACHMENT:
        return option.getAsAttachment().getUrl();
      default:
        return option.getAsString();
    }
  }

  private static MessageCreateData single(RichMessage message) {
    return DiscordRenderer.render(message).get(0);
  }

  private static java.util.function.Consumer<Throwable> failed(String what) {
    return e -> log.warn("Discord {} failed: {}", what, e.toString());
  }

  void close() {
    timer.shutdownNow();
  }
}
