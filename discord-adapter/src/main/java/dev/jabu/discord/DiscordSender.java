package dev.jabu.discord;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DirectMessageDetour;
import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.SendFailure;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.NativeEvents;
import dev.jabu.core.platform.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Delivers outbox rows to Discord through JDA: posts with the row's nonce (JDA sends {@code
 * enforce_nonce}, so Discord answers a repeat within its window with the first message), replies in
 * the thread of the parent message (started, or unarchived, as needed), edits and deletes. JDA's
 * rate limiter honours 429s and their Retry-After; a channel Discord refuses (403, 404) is a dead
 * letter with the reason. A message longer than Discord allows is posted as several, in order; the
 * first one's id stands for the row.
 */
public final class DiscordSender implements Sender {
  /** Well within the outbox lease: a call that takes longer has an unknown outcome. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private static final int HISTORY_PAGE = 100;
  private static final int MAX_THREAD_NAME = 100;
  private static final Set<ErrorResponse> REFUSED_FOR_GOOD =
      Set.of(
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS,
          ErrorResponse.CANNOT_SEND_TO_USER,
          ErrorResponse.UNKNOWN_USER,
          ErrorResponse.UNKNOWN_MESSAGE,
          ErrorResponse.THREAD_LOCKED);

  private final Supplier<JDA> jda;
  private final ThreadChannel.AutoArchiveDuration archiveAfter;
  private final Optional<DiscordScheduledEvents> scheduledEvents;
  private final Outbox outbox;

  DiscordSender(
      Supplier<JDA> jda,
      Duration threadArchive,
      Optional<DiscordScheduledEvents> scheduledEvents,
      Outbox outbox) {
    this.jda = jda;
    this.archiveAfter = archiveDuration(threadArchive);
    this.scheduledEvents = scheduledEvents;
    this.outbox = outbox;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public SendResult send(OutboundMessage message) throws Exception {
    try {
      if (NativeEvents.isEvents(message.destination())) {
        return events(message).send(message);
      }
      return switch (message.operation()) {
        case POST ->
            message.destination().isDirectMessage()
                ? directMessage(message)
                : post(channel(message.destination()), message);
        case REPLY -> reply(message);
        case EDIT -> edit(message);
        case DELETE -> delete(message);
      };
    } catch (ErrorResponseException e) {
      throw failure(message, e);
    } catch (MissingChannel e) {
      throw SendFailure.permanent(e.getMessage());
    }
  }

  @Override
  public Lookup check(OutboundMessage message) throws Exception {
    if (message.operation() == dev.jabu.core.outbox.Operation.EDIT
        || message.operation() == dev.jabu.core.outbox.Operation.DELETE) {
      return Lookup.absent(); // doing either again is harmless
    }
    try {
      if (NativeEvents.isEvents(message.destination())) {
        return events(message).check(message);
      }
      Optional<MessageChannel> channel =
          message.operation() == dev.jabu.core.outbox.Operation.POST
              ? Optional.of(channel(message.destination()))
              : existingThread(message).map(MessageChannel.class::cast);
      if (channel.isEmpty()) {
        return Lookup.absent(); // no thread yet: no reply can be in it
      }
      return find(channel.get(), message);
    } catch (ErrorResponseException e) {
      if (REFUSED_FOR_GOOD.contains(e.getErrorResponse())) {
        return Lookup.unsure("Discord will not show the channel's history: " + e.getMeaning());
      }
      throw e;
    } catch (MissingChannel e) {
      return Lookup.unsure(e.getMessage());
    }
  }

  /**
   * The bot's own messages since the row was queued, compared with what the row would post; the
   * nonce is matched too where Discord echoes it.
   */
  private Lookup find(MessageChannel channel, OutboundMessage message) {
    long after = TimeUtil.getDiscordTimestamp(message.enqueuedAt().toEpochMilli() - 1);
    String expected = firstPiece(message).getContent();
    String self = jda.get().getSelfUser().getId();
    List<Message> recent =
        timed(channel.getHistoryAfter(after, HISTORY_PAGE)).getRetrievedHistory();
    for (Message m : recent) {
      boolean mine = m.getAuthor().getId().equals(self);
      boolean same = message.nonce().equals(m.getNonce()) || m.getContentRaw().equals(expected);
      if (mine && same) {
        return Lookup.found(m.getId());
      }
    }
    return Lookup.absent();
  }

  /**
   * A direct message; a member who takes none from jabu (Discord answers 50007) gets it as a note
   * in the thread it is about, mentioning them alone, when the core offers one.
   */
  private SendResult directMessage(OutboundMessage message) throws SendFailure {
    try {
      return post(channel(message.destination()), message);
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
        throw e;
      }
      Optional<DirectMessageDetour.Detour> detour = outbox.detour(message);
      if (detour.isEmpty()) {
        throw SendFailure.permanent(
            "Discord member "
                + message.destination().id().substring(1)
                + " takes no direct messages from jabu, and there is no thread to tell them in: "
                + e.getMeaning());
      }
      MessageChannel thread =
          thread(detour.get().channel(), detour.get().parentPlatformMessageId());
      String member = detour.get().member().id();
      String first = null;
      List<MessageCreateData> pieces = DiscordRenderer.render(detour.get().note());
      for (int i = 0; i < pieces.size(); i++) {
        // only the member the note is for may be pinged, and only in its first piece
        MessageCreateData piece =
            i == 0
                ? MessageCreateBuilder.from(pieces.get(i)).mentionUsers(member).build()
                : pieces.get(i);
        String nonce = i == 0 ? message.nonce() : pieceNonce(message.nonce(), i);
        Message sent = sendOrReopen(thread, piece, nonce);
        first = first == null ? sent.getId() : first;
      }
      return new SendResult(first);
    }
  }

  /** The guild's scheduled events, for rows meant for them. */
  private DiscordScheduledEvents events(OutboundMessage message) throws SendFailure {
    return scheduledEvents
        .filter(e -> e.destination().equals(message.destination()))
        .orElseThrow(
            () ->
                SendFailure.permanent(
                    "scheduled events of Discord server "
                        + NativeEvents.space(message.destination())
                        + " are not mirrored by this bot (discord.guild-id,"
                        + " discord.scheduled-events)"));
  }

  private SendResult post(MessageChannel channel, OutboundMessage message) {
    List<MessageCreateData> pieces = DiscordRenderer.render(message.message());
    String first = null;
    for (int i = 0; i < pieces.size(); i++) {
      // only the first piece carries the row's nonce; the others get derived ones
      String nonce = i == 0 ? message.nonce() : pieceNonce(message.nonce(), i);
      Message sent = sendOrReopen(channel, pieces.get(i), nonce);
      first = first == null ? sent.getId() : first;
    }
    return new SendResult(first);
  }

  /**
   * Sends one message; a thread Discord archived since JDA last heard of it is reopened and the
   * message sent again, once.
   */
  private Message sendOrReopen(MessageChannel channel, MessageCreateData data, String nonce) {
    try {
      return timed(channel.sendMessage(data).setNonce(nonce));
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.ILLEGAL_OPERATION_ARCHIVED_THREAD
          || !(channel instanceof ThreadChannel thread)) {
        throw e;
      }
      timed(thread.getManager().setArchived(false));
      return timed(channel.sendMessage(data).setNonce(nonce));
    }
  }

  /**
   * An edit; a message Discord says is gone (a moderator deleted the announcement) is posted again
   * as it is now, and stands for the old one from then on.
   */
  private SendResult edit(OutboundMessage message) {
    String id = related(message);
    MessageChannel channel = channel(message.destination());
    try {
      timed(channel.editMessageById(id, DiscordRenderer.renderEdit(message.message())));
      return new SendResult(id);
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
        throw e;
      }
      String again = post(channel, message).platformMessageId();
      return SendResult.recreated(again, again);
    }
  }

  /**
   * A reply in the parent's thread. A parent that was deleted together with its thread is posted
   * again, with the content jabu last sent as it, and the thread is started on the new one.
   */
  private SendResult reply(OutboundMessage message) throws SendFailure {
    String parentId = related(message);
    try {
      return post(thread(message), message);
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL) {
        // the thread was deleted while JDA still knew it: start it again on the parent
        try {
          return post(startThread(message.destination(), parentId), message);
        } catch (ErrorResponseException parentGone) {
          if (parentGone.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
            throw parentGone;
          }
        }
      } else if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
        throw e;
      }
    }
    RichMessage parent =
        outbox
            .latestContent(message.destination(), parentId)
            .orElseThrow(
                () ->
                    SendFailure.permanent(
                        "Discord message "
                            + parentId
                            + " in "
                            + message.destination()
                            + " was deleted with its thread, and jabu no longer keeps its text"
                            + " to post it again"));
    MessageChannel channel = channel(message.destination());
    List<MessageCreateData> pieces = DiscordRenderer.render(parent);
    String again = null;
    for (int i = 0; i < pieces.size(); i++) {
      Message sent = sendOrReopen(channel, pieces.get(i), nonceWith(message.nonce(), "~p" + i));
      again = again == null ? sent.getId() : again;
    }
    MessageChannel thread = startThread(message.destination(), again);
    return SendResult.recreated(post(thread, message).platformMessageId(), again);
  }

  private SendResult delete(OutboundMessage message) {
    String id = related(message);
    try {
      timed(channel(message.destination()).deleteMessageById(id));
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
        throw e;
      }
      // already gone: the delete is done
    }
    return new SendResult(id);
  }

  /** The thread on the parent message, started or unarchived as needed. */
  private MessageChannel thread(OutboundMessage message) {
    return thread(message.destination(), related(message));
  }

  private MessageChannel thread(ChannelRef destination, String parentId) {
    Optional<ThreadChannel> existing = existingThread(destination, parentId);
    if (existing.isPresent()) {
      ThreadChannel thread = existing.get();
      if (thread.isArchived()) {
        timed(thread.getManager().setArchived(false));
      }
      return thread;
    }
    return startThread(destination, parentId);
  }

  /** Starts the thread on a message; Discord answers 10008 when the message is gone. */
  private MessageChannel startThread(ChannelRef destination, String parentId) {
    GuildMessageChannel parent = (GuildMessageChannel) channel(destination);
    if (!(parent instanceof IThreadContainer container)) {
      throw new IllegalStateException(destination + " cannot hold threads");
    }
    Message parentMessage = timed(parent.retrieveMessageById(parentId));
    return timed(
        container
            .createThreadChannel(threadName(parentMessage), parentId)
            .setAutoArchiveDuration(archiveAfter));
  }

  /** A thread started from a message has the message's id. */
  private Optional<ThreadChannel> existingThread(OutboundMessage message) {
    return existingThread(message.destination(), related(message));
  }

  private Optional<ThreadChannel> existingThread(ChannelRef destination, String parentId) {
    ThreadChannel cached = jda.get().getThreadChannelById(parentId);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (channel(destination) instanceof IThreadContainer container) {
      // archived threads are not cached; look for it among them
      return timed(container.retrieveArchivedPublicThreadChannels()).stream()
          .filter(t -> t.getId().equals(parentId))
          .findFirst();
    }
    return Optional.empty();
  }

  private MessageChannel channel(ChannelRef destination) {
    if (destination.isDirectMessage()) {
      return timed(jda.get().openPrivateChannelById(destination.id().substring(1)));
    }
    GuildMessageChannel channel =
        jda.get().getChannelById(GuildMessageChannel.class, destination.id());
    if (channel == null) {
      throw new MissingChannel(destination);
    }
    return channel;
  }

  private static String related(OutboundMessage message) {
    return message
        .relatedPlatformMessageId()
        .orElseThrow(() -> new IllegalStateException(message.operation() + " without a target"));
  }

  private static MessageCreateData firstPiece(OutboundMessage message) {
    List<MessageCreateData> pieces = DiscordRenderer.render(message.message());
    return pieces.isEmpty() ? MessageCreateData.fromContent("") : pieces.get(0);
  }

  private static String threadName(Message parent) {
    String firstLine = parent.getContentStripped().strip().lines().findFirst().orElse("");
    String name = firstLine.replaceAll("^[#>\\-\\s]+", "").strip();
    return DiscordRenderer.cut(name.isEmpty() ? "jabu" : name, MAX_THREAD_NAME);
  }

  /** A nonce for the later pieces of a long row, still unique and at most 25 characters. */
  static String pieceNonce(String nonce, int index) {
    return nonceWith(nonce, "~" + index);
  }

  /** A nonce derived from a row's, still at most 25 characters. */
  static String nonceWith(String nonce, String suffix) {
    int keep = Math.min(nonce.length(), OutboundMessage.MAX_NONCE_LENGTH - suffix.length());
    return nonce.substring(0, keep) + suffix;
  }

  private static <T> T timed(RestAction<T> action) {
    return action.timeout(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
  }

  private static SendFailure failure(OutboundMessage message, ErrorResponseException e) {
    String where = message.destination().toString();
    if (REFUSED_FOR_GOOD.contains(e.getErrorResponse())) {
      return SendFailure.permanent(
          "Discord refused " + message.operation() + " in " + where + ": " + e.getMeaning());
    }
    if (e.isServerError()) {
      return SendFailure.transientFailure("Discord is failing: " + e.getMeaning());
    }
    return SendFailure.permanent(
        "Discord rejected " + message.operation() + " in " + where + ": " + e.getMeaning());
  }

  private static ThreadChannel.AutoArchiveDuration archiveDuration(Duration after) {
    ThreadChannel.AutoArchiveDuration best = ThreadChannel.AutoArchiveDuration.TIME_1_HOUR;
    for (ThreadChannel.AutoArchiveDuration d : ThreadChannel.AutoArchiveDuration.values()) {
      if (d.getMinutes() <= after.toMinutes()) {
        best = d;
      }
    }
    return best;
  }

  /** A destination jabu cannot see: deleted, or jabu was removed from it. */
  static final class MissingChannel extends RuntimeException {
    MissingChannel(ChannelRef channel) {
      super("jabu cannot see Discord channel " + channel.id() + " (deleted, or no access)");
    }
  }
}
