package dev.jabu.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendFailure;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends outbox rows to Slack: {@code chat.postMessage} (in a thread with {@code thread_ts} for a
 * reply), {@code chat.update}, {@code chat.delete}; a direct message first opens the conversation
 * with {@code conversations.open}. Each post carries message metadata with the row's nonce, so
 * {@link #check} can find a post whose outcome was lost in the channel's (or thread's) history.
 * Slack's answers map to the outbox's: a 429 waits its Retry-After; a channel that is gone,
 * archived, or without the bot is a dead letter whose reason says what to do.
 */
public final class SlackSender implements Sender {
  /** The metadata {@code event_type} that marks jabu's own posts. */
  public static final String METADATA_EVENT = "jabu_outbox";

  static final String NONCE_KEY = "nonce";
  private static final int HISTORY_PAGE = 200;
  private static final int HISTORY_PAGES = 10;
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final MethodsClient client;
  private final SlackRenderer renderer;
  private final Map<String, String> directChannels = new ConcurrentHashMap<>();

  public SlackSender(MethodsClient client, SlackRenderer renderer) {
    this.client = Objects.requireNonNull(client, "client");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public SendResult send(OutboundMessage message) throws Exception {
    String channel = channel(message.destination());
    return switch (message.operation()) {
      case POST -> post(channel, Optional.empty(), message);
      case REPLY -> post(channel, message.relatedPlatformMessageId(), message);
      case EDIT -> edit(channel, message);
      case DELETE -> delete(channel, message);
    };
  }

  /**
   * Posts the message; one longer than a Slack message continues in the thread of its first piece
   * (or of its parent), and only the first piece carries the nonce.
   */
  private SendResult post(String channel, Optional<String> threadTs, OutboundMessage message)
      throws Exception {
    List<SlackMessage> pieces = renderer.render(message.message());
    if (pieces.isEmpty()) {
      throw SendFailure.permanent("the message is empty; there is nothing to post");
    }
    Message.Metadata metadata = new Message.Metadata();
    metadata.setEventType(METADATA_EVENT);
    metadata.setEventPayload(Map.of(NONCE_KEY, message.nonce()));
    SlackMessage first = pieces.get(0);
    ChatPostMessageResponse answer =
        call(
            "chat.postMessage",
            channel,
            () ->
                client.chatPostMessage(
                    r ->
                        r.channel(channel)
                            .threadTs(threadTs.orElse(null))
                            .text(first.text())
                            .blocks(first.blocks())
                            .metadata(metadata)
                            .unfurlLinks(false)
                            .unfurlMedia(false)));
    String ts = answer.getTs();
    String rest = threadTs.orElse(ts);
    for (SlackMessage piece : pieces.subList(1, pieces.size())) {
      call(
          "chat.postMessage",
          channel,
          () ->
              client.chatPostMessage(
                  r ->
                      r.channel(channel)
                          .threadTs(rest)
                          .text(piece.text())
                          .blocks(piece.blocks())
                          .unfurlLinks(false)
                          .unfurlMedia(false)));
    }
    return new SendResult(ts);
  }

  private SendResult edit(String channel, OutboundMessage message) throws Exception {
    String ts = message.relatedPlatformMessageId().orElseThrow();
    SlackMessage piece = renderer.render(message.message()).get(0);
    call(
        "chat.update",
        channel,
        () ->
            client.chatUpdate(
                r -> r.channel(channel).ts(ts).text(piece.text()).blocks(piece.blocks())));
    return new SendResult(ts);
  }

  private SendResult delete(String channel, OutboundMessage message) throws Exception {
    String ts = message.relatedPlatformMessageId().orElseThrow();
    try {
      call("chat.delete", channel, () -> client.chatDelete(r -> r.channel(channel).ts(ts)));
    } catch (AlreadyGone e) {
      // deleting again after a lost answer: the message is gone, which is what was asked
    }
    return new SendResult(ts);
  }

  /**
   * Looks for the row's nonce in the metadata of the channel's messages (or the thread's replies)
   * since the row was queued. An edit or delete is safe to repeat, so it is never looked for.
   */
  @Override
  public Lookup check(OutboundMessage message) throws Exception {
    if (message.operation() == Operation.EDIT || message.operation() == Operation.DELETE) {
      return Lookup.absent();
    }
    String channel = channel(message.destination());
    String oldest = Long.toString(message.enqueuedAt().getEpochSecond() - 1);
    String cursor = null;
    for (int page = 0; page < HISTORY_PAGES; page++) {
      String pageCursor = cursor;
      List<Message> messages;
      boolean more;
      String next;
      if (message.operation() == Operation.REPLY) {
        ConversationsRepliesResponse answer =
            lookup(
                () ->
                    client.conversationsReplies(
                        r ->
                            r.channel(channel)
                                .ts(message.relatedPlatformMessageId().orElseThrow())
                                .oldest(oldest)
                                .includeAllMetadata(true)
                                .limit(HISTORY_PAGE)
                                .cursor(pageCursor)));
        if (!answer.isOk()) {
          return Lookup.unsure("conversations.replies: " + answer.getError());
        }
        messages = answer.getMessages();
        more = answer.isHasMore();
        next =
            answer.getResponseMetadata() == null
                ? null
                : answer.getResponseMetadata().getNextCursor();
      } else {
        ConversationsHistoryResponse answer =
            lookup(
                () ->
                    client.conversationsHistory(
                        r ->
                            r.channel(channel)
                                .oldest(oldest)
                                .includeAllMetadata(true)
                                .limit(HISTORY_PAGE)
                                .cursor(pageCursor)));
        if (!answer.isOk()) {
          return Lookup.unsure("conversations.history: " + answer.getError());
        }
        messages = answer.getMessages();
        more = answer.isHasMore();
        next =
            answer.getResponseMetadata() == null
                ? null
                : answer.getResponseMetadata().getNextCursor();
      }
      for (Message m : messages == null ? List.<Message>of() : messages) {
        if (carries(m, message.nonce())) {
          return Lookup.found(m.getTs());
        }
      }
      if (!more || next == null || next.isEmpty()) {
        return Lookup.absent();
      }
      cursor = next;
    }
    return Lookup.unsure("more history since the post was queued than jabu reads");
  }

  private static boolean carries(Message m, String nonce) {
    Message.Metadata metadata = m.getMetadata();
    return metadata != null
        && METADATA_EVENT.equals(metadata.getEventType())
        && metadata.getEventPayload() != null
        && nonce.equals(metadata.getEventPayload().get(NONCE_KEY));
  }

  /** The conversation id: a channel's own, or the direct conversation opened with a member. */
  private String channel(ChannelRef destination) throws Exception {
    if (!destination.isDirectMessage()) {
      return destination.id();
    }
    String user = destination.id().substring(1);
    String known = directChannels.get(user);
    if (known != null) {
      return known;
    }
    ConversationsOpenResponse answer =
        call(
            "conversations.open",
            destination.id(),
            () -> client.conversationsOpen(r -> r.users(List.of(user))));
    String id = answer.getChannel().getId();
    directChannels.put(user, id);
    return id;
  }

  @FunctionalInterface
  private interface SlackCall<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  /** Thrown for a delete of a message that is already gone. */
  private static final class AlreadyGone extends Exception {
    AlreadyGone() {
      super("message_not_found");
    }
  }

  /**
   * Runs a call that changes something, turning Slack's refusals into the outbox's terms. Any other
   * exception (a timeout, a 5xx, an unreadable answer) leaves the outcome unknown.
   */
  private static <T extends SlackApiTextResponse> T call(
      String method, String channel, SlackCall<T> call) throws Exception {
    T answer;
    try {
      answer = call.run();
    } catch (SlackApiException e) {
      throw httpRefusal(method, e);
    }
    if (answer.isOk()) {
      return answer;
    }
    String error = answer.getError();
    if ("message_not_found".equals(error) && method.equals("chat.delete")) {
      throw new AlreadyGone();
    }
    throw refusal(method, channel, error);
  }

  private static <T extends SlackApiTextResponse> T lookup(SlackCall<T> call) throws Exception {
    try {
      return call.run();
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        throw SendFailure.rateLimited(retryAfter(e));
      }
      throw e;
    }
  }

  private static Exception httpRefusal(String method, SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return SendFailure.rateLimited(retryAfter(e));
    }
    if (status >= 500) {
      // Slack may have acted before failing: the outcome is unknown, so the row is checked first
      return new IOException(method + " failed with HTTP " + status + "; outcome unknown", e);
    }
    return SendFailure.permanent(method + " refused with HTTP " + status);
  }

  private static Duration retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      return header == null
          ? DEFAULT_RETRY_AFTER
          : Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException bad) {
      return DEFAULT_RETRY_AFTER;
    }
  }

  /** Slack's {@code ok: false} answers: what can be fixed by waiting, and what needs a person. */
  static Exception refusal(String method, String channel, String error) {
    String where = method + " to " + channel + " (" + error + "): ";
    return switch (error == null ? "" : error) {
      case "channel_not_found" ->
          SendFailure.permanent(
              where + "Slack has no such channel; check slack.channels in config/jabu.yaml");
      case "not_in_channel" ->
          SendFailure.permanent(
              where
                  + "jabu is not a member of the channel; a moderator should invite it with /invite @jabu");
      case "is_archived" ->
          SendFailure.permanent(
              where + "the channel is archived; unarchive it or configure another");
      case "ratelimited" -> SendFailure.rateLimited(DEFAULT_RETRY_AFTER);
      case "internal_error", "fatal_error" ->
          new IOException(where + "Slack failed while acting; outcome unknown");
      case "service_unavailable", "request_timeout", "team_added_to_org" ->
          SendFailure.transientFailure(where + "Slack is unavailable for now");
      default -> SendFailure.permanent(where + "Slack refused the request");
    };
  }
}
