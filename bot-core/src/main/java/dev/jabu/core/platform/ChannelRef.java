package dev.jabu.core.platform;

import java.util.Objects;

/** A channel on one platform (a Discord text channel, a Slack conversation, a console stream). */
public record ChannelRef(Platform platform, String id, String name) {
  public ChannelRef {
    Objects.requireNonNull(platform, "platform");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("channel id is blank");
    }
    name = name == null || name.isBlank() ? id : name;
  }

  public static ChannelRef of(Platform platform, String id) {
    return new ChannelRef(platform, id, id);
  }

  /** A direct message to one person; the adapter opens the conversation when it sends. */
  public static ChannelRef directMessage(UserRef user) {
    return new ChannelRef(user.platform(), "@" + user.id(), "@" + user.displayName());
  }

  public boolean isDirectMessage() {
    return id.startsWith("@");
  }

  /** The stable key of this channel, e.g. {@code discord:123456}. */
  public String key() {
    return platform.id() + ":" + id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChannelRef c && c.platform == platform && c.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, id);
  }

  @Override
  public String toString() {
    return key();
  }
}
