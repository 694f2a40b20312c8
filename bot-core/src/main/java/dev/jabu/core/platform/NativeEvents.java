package dev.jabu.core.platform;

import java.util.List;

/**
 * A platform's own calendar of events, where meetups are mirrored (Discord's scheduled events).
 * Listings go out through the outbox to {@link #destination()}: a post creates the event, an edit
 * updates it, a delete cancels it; the row keeps the platform's event id. Members may mark such an
 * event as interesting; that is shown to organizers beside jabu's RSVPs, and is never a seat.
 */
public interface NativeEvents {
  /** The outbox destination for listings: {@link #destinationFor}. */
  ChannelRef destination();

  /**
   * Who marked the event interesting, asked of the platform now.
   *
   * @throws Exception when the platform cannot answer
   */
  Interest interest(String eventId) throws Exception;

  /**
   * @param count how many marked interest
   * @param members some of them (the platform may list fewer than {@code count})
   */
  record Interest(int count, List<UserRef> members) {
    public Interest {
      members = List.copyOf(members);
    }
  }

  /** Channel ids that stand for a space's event calendar start like this, never like a channel. */
  String PREFIX = "events:";

  /** The outbox destination for the events of one space (a Discord guild). */
  static ChannelRef destinationFor(Platform platform, String space) {
    return new ChannelRef(platform, PREFIX + space, "events");
  }

  static boolean isEvents(ChannelRef destination) {
    return destination.id().startsWith(PREFIX);
  }

  /** The space (guild) id of an events destination. */
  static String space(ChannelRef destination) {
    return destination.id().substring(PREFIX.length());
  }
}
