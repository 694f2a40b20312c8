package dev.jabu.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.jabu.core.engine.Engine;
import dev.jabu.core.engine.Input;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.ThreadRef;
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

/**
 * Slack's events as invocations of the one engine: slash commands, button presses and mentions.
 * Slack wants an answer within 3 seconds, so every command runs on a bounded pool of workers: a
 * quick answer rides on the acknowledgement, a slow one goes to {@code response_url} (or the
 * thread) when it is ready. Redeliveries carry their event id or trigger id, which the engine's
 * dedupe recognises, so a retry is answered 200 and not acted on twice.
 */
final class SlackEvents {
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  private final Engine engine;
  private final SlackMembers members;
  private final SlackReplies replies;
  private final ExecutorService workers;
  private final String commandPrefix;
  private final Duration ackWithin;
  private final Locale locale;

  SlackEvents(
      Engine engine,
      SlackMembers members,
      SlackReplies replies,
      ExecutorService workers,
      String commandPrefix,
      Duration ackWithin,
      Locale locale) {
    this.engine = engine;
    this.members = members;
    this.replies = replies;
    this.workers = workers;
    this.commandPrefix = commandPrefix;
    this.ackWithin = ackWithin;
    this.locale = locale;
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
  }

  /** {@code /term k8s}: answered in the acknowledgement when quick, else via response_url. */
  private Response command(
      com.slack.api.bolt.request.builtin.SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload p = request.getPayload();
    String name = p.getCommand().substring(1 + commandPrefix.length());
    String text = Mrkdwn.unescape(Optional.ofNullable(p.getText()).orElse("")).strip();
    String line = "/" + name + (text.isEmpty() ? "" : " " + text);
    Member member = members.member(p.getUserId(), p.getUserName());
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
      return ctx.ack(SlackReplies.ack(reply, pieces.get(0)));
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
          } else if (!pieces.isEmpty()) {
            replies.toThread(
                member.user().id(),
                null,
                member.user().id(),
                Reply.publicly(reply.message()),
                pieces);
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
        locale,
        new Input.Text(line),
        Invocation.newCorrelationId());
  }
}
