package dev.jabu.discord;

import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendFailure;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.EventListing;
import dev.jabu.core.platform.NativeEvents;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Method;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;

/**
 * Meetups mirrored as the guild's scheduled events: external events (a place, a start and an end),
 * visible to the guild's members. An outbox post creates one, an edit updates it, a delete cancels
 * it. The requests go through JDA's requester and rate limiter as raw routes: JDA's own event
 * builders check the times against the JVM's clock, while jabu plans on its own clock and lets
 * Discord judge.
 */
final class DiscordScheduledEvents implements NativeEvents {
  private static final int PRIVACY_GUILD_ONLY = 2;
  private static final int ENTITY_EXTERNAL = 3;
  private static final int STATUS_CANCELED = 4;
  private static final int USERS_PAGE = 100;

  private final Supplier<JDA> jda;
  private final String guildId;

  DiscordScheduledEvents(Supplier<JDA> jda, String guildId) {
    this.jda = jda;
    this.guildId = guildId;
  }

  @Override
  public ChannelRef destination() {
    return NativeEvents.destinationFor(Platform.DISCORD, guildId);
  }

  SendResult send(OutboundMessage message) throws SendFailure {
    return switch (message.operation()) {
      case POST -> {
        DataObject created =
            call(
                Method.POST, "guilds/{guild_id}/scheduled-events", body(listing(message)), guild());
        yield new SendResult(created.getString("id"));
      }
      case EDIT -> update(message, body(listing(message)));
      case DELETE -> update(message, DataObject.empty().put("status", STATUS_CANCELED));
      case REPLY -> throw SendFailure.permanent("a scheduled event has no thread to reply in");
    };
  }

  /** An event a moderator already deleted on Discord needs no update and no cancelling. */
  private SendResult update(OutboundMessage message, DataObject body) {
    String id =
        message
            .relatedPlatformMessageId()
            .orElseThrow(() -> new IllegalStateException("an event update without its event"));
    try {
      call(Method.PATCH, "guilds/{guild_id}/scheduled-events/{event_id}", body, guild(), id);
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.UNKNOWN_SCHEDULED_EVENT) {
        throw e;
      }
    }
    return new SendResult(id);
  }

  /**
   * Finds an event created by an attempt whose answer was lost: the bot's own event with the same
   * name and start. Updates are safe to repeat.
   */
  Lookup check(OutboundMessage message) throws SendFailure {
    if (message.operation() != dev.jabu.core.outbox.Operation.POST) {
      return Lookup.absent();
    }
    EventListing listing = listing(message);
    String self = jda.get().getSelfUser().getId();
    DataArray events = callArray("guilds/{guild_id}/scheduled-events", guild());
    for (int i = 0; i < events.length(); i++) {
      DataObject event = events.getObject(i);
      boolean mine = self.equals(event.getString("creator_id", ""));
      boolean same =
          listing.name().equals(event.getString("name", ""))
              && listing
                  .start()
                  .equals(Instant.parse(normalized(event.getString("scheduled_start_time"))));
      if (mine && same) {
        return Lookup.found(event.getString("id"));
      }
    }
    return Lookup.absent();
  }

  @Override
  public Interest interest(String eventId) {
    DataObject event =
        run(
            Route.custom(Method.GET, "guilds/{guild_id}/scheduled-events/{event_id}")
                .compile(guild(), eventId)
                .withQueryParams("with_user_count", "true"),
            null,
            (response, request) -> response.getObject());
    DataArray users =
        run(
            Route.custom(Method.GET, "guilds/{guild_id}/scheduled-events/{event_id}/users")
                .compile(guild(), eventId)
                .withQueryParams("limit", String.valueOf(USERS_PAGE)),
            null,
            (response, request) -> response.getArray());
    List<UserRef> members = new ArrayList<>();
    for (int i = 0; i < users.length(); i++) {
      DataObject user = users.getObject(i).getObject("user");
      String name = user.getString("global_name", user.getString("username", ""));
      members.add(new UserRef(Platform.DISCORD, user.getString("id"), name));
    }
    return new Interest(event.getInt("user_count", members.size()), members);
  }

  private String guild() {
    return guildId;
  }

  private static EventListing listing(OutboundMessage message) throws SendFailure {
    return EventListing.from(message.message())
        .orElseThrow(
            () -> SendFailure.permanent("the row for a Discord scheduled event holds no event"));
  }

  /** The fields of an external, guild-only event; Discord requires an end for those. */
  private static DataObject body(EventListing listing) {
    DataObject body =
        DataObject.empty()
            .put("name", listing.name())
            .put("privacy_level", PRIVACY_GUILD_ONLY)
            .put("entity_type", ENTITY_EXTERNAL)
            .put("entity_metadata", DataObject.empty().put("location", listing.location()))
            .put("scheduled_start_time", listing.start().toString())
            .put("scheduled_end_time", listing.end().toString());
    if (!listing.description().isEmpty()) {
      body.put("description", listing.description());
    }
    return body;
  }

  private DataObject call(Method method, String route, DataObject body, String... params) {
    return run(
        Route.custom(method, route).compile(params),
        body,
        (response, request) -> response.getObject());
  }

  private DataArray callArray(String route, String... params) {
    return run(
        Route.custom(Method.GET, route).compile(params),
        null,
        (response, request) -> response.getArray());
  }

  private <T> T run(
      Route.CompiledRoute route,
      DataObject body,
      java.util.function.BiFunction<
              net.dv8tion.jda.api.requests.Response, net.dv8tion.jda.api.requests.Request<T>, T>
          handler) {
    return new RestActionImpl<T>(jda.get(), route, body, handler)
        .timeout(DiscordSender.CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .complete();
  }

  /** Discord writes times with an offset ({@code +00:00}); {@link Instant} wants them in UTC. */
  private static String normalized(String time) {
    return java.time.OffsetDateTime.parse(time).toInstant().toString();
  }
}
