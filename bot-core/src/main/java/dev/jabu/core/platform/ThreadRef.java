package dev.jabu.core.platform;

import java.util.Objects;

/** A thread inside a channel: a Discord thread channel id, or a Slack parent message {@code ts}. */
public record ThreadRef(ChannelRef channel, String id) {
  public ThreadRef {
    Objects.requireNonNull(channel, "channel");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("thread id is blank");
    }
  }
}
