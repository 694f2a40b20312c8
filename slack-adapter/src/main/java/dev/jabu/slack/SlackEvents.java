package dev.jabu.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.view.View;
import dev.jabu.core.engine.Engine;
import dev.jabu.core.engine.Input;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.ThreadRef;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's events as invocations of the one engine: slash commands, button presses and mentions.
 * Slack wants an answer within 3 seconds, so every command runs on a bounded pool of workers: a
 * quick answer rides on the acknowledgement, a slow one goes to {@code response_url} (or the
 * thread) when it is ready. Redeliveries carry their event id or trigger id, which the engine's
 * dedupe recognises, so a retry is answered 200 and not acted on twice.
 */
final class SlackEvents {
  private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  /** {@code /meetup edit 12} with no field: Slack opens the edit form instead. */
  private static final Pattern EDIT_ALONE =
      Pattern.compile("^/(?:meetup|밋업|m)\\s+edit\\s+#?(\\d{1,18})$");

  private final Engine engine;
  private final SlackMembers members;
  private final SlackReplies replies;
  private final ExecutorService workers;
  private final String commandPrefix;
  private final Duration ackWithin;
  private final Locale locale;
  private final MethodsClient client;
  private final SlackHome home;
  private final SlackFiles files;
  private final Optional<MeetupReads> meetups;

  SlackEvents(
      Engine engine,
      SlackMembers members,
      SlackReplies replies,
      ExecutorService workers,
      String commandPrefix,
      Duration ackWithin,
      Locale locale,
      MethodsClient client,
      SlackHome home,
      SlackFiles files,
      Optional<MeetupReads> meetups) {
    this.engine = engine;
    this.members = members;
    this.replies = replies;
    this.workers = workers;
    this.commandPrefix = commandPrefix;
    this.ackWithin = ackWithin;
    this.locale = locale;
    this.client = client;
    this.home = home;
    this.files = files;
    this.meetups = meetups;
  }

  void register(App app) {
    app.command(
        Pattern.compile("^/" + Pattern.quote(commandPrefix) + "[a-z][a-z0-9-]*$"), this::command);
    // every id reaches ActionIds, which alone knows which are jabu's buttons
    app.blockAction(
        Pattern.compile(".*"),
        (req, ctx) -> {
          press(req.getPayload());
          return ctx.ack();
        });
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          mention(payload.getEvent(), payload.getEventId());
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            workers.execute(
                () ->
                    home.publish(
                        members.member(event.getUser(), null),
                        Optional.ofNullable(event.getView())));
          }
          return ctx.ack();
        });
    app.messageShortcut(
        SlackRegistration.RECAP_SHORTCUT,
        (req, ctx) -> {
          recapFromMessage(req.getPayload());
          return ctx.ack();
        });
    app.globalShortcut(
        SlackRegistration.PASTE_RECAP_SHORTCUT,
        (req, ctx) -> {
          openModal(req.getPayload().getTriggerId(), SlackViews.recapModal(locale));
          return ctx.ack();
        });
    app.globalShortcut(
        SlackRegistration.NEW_MEETUP_SHORTCUT,
        (req, ctx) -> {
          openModal(req.getPayload().getTriggerId(), SlackViews.meetupModal(locale));
          return ctx.ack();
        });
    app.viewSubmission(
        SlackViews.RECAP_MODAL,
        (req, ctx) -> {
          submitted(
              req.getPayload(), SlackViews.recapCommand(req.getPayload().getView().getState()));
          return ctx.ack();
        });
    app.viewSubmission(
        SlackViews.EDIT_MEETUP_MODAL,
        (req, ctx) -> {
          ViewSubmissionPayload p = req.getPayload();
          Optional<String> line =
              SlackViews.editCommand(p.getView().getState(), p.getView().getPrivateMetadata());
          if (line.isPresent()) {
            submitted(p, line.get());
          } else {
            String unchanged =
                SlackTexts.get(
                    locale,
                    "meetup.edit.unchanged",
                    SlackViews.editedMeetup(p.getView().getPrivateMetadata()));
            Reply reply = Reply.privately(RichMessage.text(unchanged));
            workers.execute(
                () -> replies.toMember(p.getUser().getId(), replies.pieces(reply, locale)));
          }
          return ctx.ack();
        });
    app.viewSubmission(
        SlackViews.MEETUP_MODAL,
        (req, ctx) -> {
          submitted(
              req.getPayload(), SlackViews.meetupCommand(req.getPayload().getView().getState()));
          return ctx.ack();
        });
  }

  /** Opens a modal within the trigger's 3 seconds; Slack then shows it to the member. */
  private void openModal(String triggerId, View view) throws IOException, SlackApiException {
    ViewsOpenResponse answer = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
    if (!answer.isOk()) {
      throw new IllegalStateException("views.open refused the modal: " + answer.getError());
    }
  }

  /** A modal's submission runs as the member's command; the answer goes to their DM. */
  private void submitted(ViewSubmissionPayload p, String line) {
    Member member = members.member(p.getUser().getId(), p.getUser().getUsername());
    Invocation invocation =
        invocation(
            "view:" + p.getView().getId() + ":" + p.getView().getHash(),
            member,
            ChannelRef.directMessage(member.user()),
            Optional.empty(),
            line);
    workers.execute(
        () -> {
          Reply reply = engine.handle(invocation);
          replies.toMember(member.user().id(), replies.pieces(reply, locale));
        });
  }

  /**
   * "Preview as recap" on a message: its first attached markdown or text file, or else its text,
   * becomes {@code /recap preview text:…}. A file that cannot be read, or a message holding only
   * files of other kinds (a screenshot), is answered with why, and nothing runs.
   */
  private void recapFromMessage(MessageShortcutPayload p) {
    Member member = members.member(p.getUser().getId(), p.getUser().getName());
    ChannelRef channel =
        new ChannelRef(Platform.SLACK, p.getChannel().getId(), p.getChannel().getName());
    List<com.slack.api.model.File> attached =
        Optional.ofNullable(p.getMessage().getFiles()).orElse(List.of());
    String typed =
        Mrkdwn.unescape(Optional.ofNullable(p.getMessage().getText()).orElse("")).strip();
    Optional<com.slack.api.model.File> chosen =
        attached.stream()
            .filter(SlackFiles::looksLikeText)
            .findFirst()
            .or(() -> typed.isEmpty() ? attached.stream().findFirst() : Optional.empty());
    workers.execute(
        () -> {
          String text;
          if (chosen.isEmpty()) {
            text = typed;
          } else {
            SlackFiles.Result read = files.read(chosen.get());
            if (read instanceof SlackFiles.Result.Refused refused) {
              Reply why =
                  Reply.privately(
                      RichMessage.text(SlackTexts.get(locale, refused.key(), refused.fileName())));
              replies.toResponseUrl(p.getResponseUrl(), why, replies.pieces(why, locale));
              return;
            }
            text = ((SlackFiles.Result.Text) read).markdown().strip();
          }
          Invocation invocation =
              invocation(
                  "shortcut:" + p.getTriggerId(),
                  member,
                  channel,
                  Optional.empty(),
                  "/recap preview text:" + text);
          Reply reply = engine.handle(invocation);
          replies.toResponseUrl(p.getResponseUrl(), reply, replies.pieces(reply, locale));
        });
  }

  /** {@code /term k8s}: answered in the acknowledgement when quick, else via response_url. */
  private Response command(
      com.slack.api.bolt.request.builtin.SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload p = request.getPayload();
    String name = p.getCommand().substring(1 + commandPrefix.length());
    String text = Mrkdwn.unescape(Optional.ofNullable(p.getText()).orElse("")).strip();
    String line = "/" + name + (text.isEmpty() ? "" : " " + text);
    Member member = members.member(p.getUserId(), p.getUserName());
    Optional<MeetupReads.EditForm> form = editForm(member, line);
    if (form.isPresent()) {
      try {
        openModal(p.getTriggerId(), SlackViews.editMeetupModal(locale, form.get()));
        return ctx.ack();
      } catch (Exception e) {
        log.warn("cannot open the edit form of meetup {}: {}", form.get().id(), e.toString());
        return ctx.ack(r -> r.responseType("ephemeral").text(SlackTexts.get(locale, "busy")));
      }
    }
    ChannelRef channel = new ChannelRef(Platform.SLACK, p.getChannelId(), p.getChannelName());
    Invocation invocation =
        invocation("command:" + p.getTriggerId(), member, channel, Optional.empty(), line);
    CompletableFuture<Reply> answer;
    try {
      answer = CompletableFuture.supplyAsync(() -> engine.handle(invocation), workers);
    } catch (RejectedExecutionException e) {
      return ctx.ack(r -> r.responseType("ephemeral").text(SlackTexts.get(locale, "busy")));
    }
    try {
      Reply reply = answer.get(ackWithin.toMillis(), TimeUnit.MILLISECONDS);
      List<SlackMessage> pieces = replies.pieces(reply, locale);
      if (pieces.isEmpty()) {
        return ctx.ack();
      }
      if (pieces.size() > 1) {
        workers.execute(
            () ->
                replies.toResponseUrl(p.getResponseUrl(), reply, pieces.subList(1, pieces.size())));
      }
      return SlackReplies.ack(reply, pieces.get(0));
    } catch (TimeoutException e) {
      answer.thenAccept(
          reply -> replies.toResponseUrl(p.getResponseUrl(), reply, replies.pieces(reply, locale)));
      return ctx.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ctx.ack();
    } catch (ExecutionException e) {
      // the engine answers its own failures; this is a bug in rendering, logged by Bolt
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The edit form's values when {@code line} is {@code /meetup edit N} alone and the member may
   * edit that meetup now; otherwise the command runs as typed and says why it cannot.
   */
  private Optional<MeetupReads.EditForm> editForm(Member member, String line) {
    java.util.regex.Matcher edit = EDIT_ALONE.matcher(line);
    if (!edit.matches() || meetups.isEmpty()) {
      return Optional.empty();
    }
    return meetups.get().editForm(member, Long.parseLong(edit.group(1)));
  }

  /** A button runs its command as the member who pressed it; the answer goes to response_url. */
  private void press(BlockActionPayload p) {
    if (p.getActions() == null || p.getActions().isEmpty()) {
      return;
    }
    Optional<String> line = ActionIds.decode(p.getActions().get(0).getActionId());
    if (line.isEmpty()) {
      return;
    }
    Member member = members.member(p.getUser().getId(), p.getUser().getUsername());
    ChannelRef channel =
        p.getChannel() == null
            ? ChannelRef.directMessage(member.user())
            : new ChannelRef(Platform.SLACK, p.getChannel().getId(), p.getChannel().getName());
    Optional<ThreadRef> thread =
        Optional.ofNullable(p.getContainer())
            .map(BlockActionPayload.Container::getThreadTs)
            .map(ts -> new ThreadRef(channel, ts));
    Invocation invocation =
        invocation("action:" + p.getTriggerId(), member, channel, thread, line.get());
    workers.execute(
        () -> {
          Reply reply = engine.handle(invocation);
          List<SlackMessage> pieces = replies.pieces(reply, locale);
          if (p.getResponseUrl() != null) {
            replies.toResponseUrl(p.getResponseUrl(), reply, pieces);
          } else {
            replies.toMember(member.user().id(), pieces);
          }
          if (p.getView() != null && "home".equals(p.getView().getType())) {
            // the Home tab shows the seat just taken or left
            home.publish(member, Optional.of(p.getView()));
          }
        });
  }

  /**
   * "@jabu 쿠버네티스가 뭐야?" is answered in the mention's thread. Text starting with {@code /} runs as
   * that command; any other text is a glossary question, so the glossary works inside threads,
   * where Slack allows no slash commands.
   */
  private void mention(AppMentionEvent event, String eventId) {
    if (event.getUser() == null || event.getBotId() != null) {
      return;
    }
    String text = Mrkdwn.unescape(MENTION.matcher(event.getText()).replaceAll(" ")).strip();
    String line = text.isEmpty() ? "/help" : text.startsWith("/") ? text : "/term " + text;
    String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    Member member = members.member(event.getUser(), event.getUsername());
    ChannelRef channel = ChannelRef.of(Platform.SLACK, event.getChannel());
    Invocation invocation =
        invocation(
            "event:" + eventId,
            member,
            channel,
            Optional.of(new ThreadRef(channel, threadTs)),
            line);
    // Not caught: a full queue fails the request, so Slack retries it later (nothing was done).
    workers.execute(
        () -> {
          Reply reply = engine.handle(invocation);
          replies.toThread(
              event.getChannel(), threadTs, event.getUser(), reply, replies.pieces(reply, locale));
        });
  }

  private Invocation invocation(
      String deliveryId,
      Member member,
      ChannelRef channel,
      Optional<ThreadRef> thread,
      String line) {
    return new Invocation(
        Optional.of(deliveryId),
        Platform.SLACK,
        member,
        channel,
        thread,
        members.locale(member.user().id()),
        new Input.Text(line),
        Invocation.newCorrelationId());
  }
}
