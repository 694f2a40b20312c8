package dev.jabu.app.console;

import dev.jabu.core.outbox.OutboundMessage;

/** How the console names where a post goes: {@code post → discord #123 (thread of meetup-4)}. */
final class PostHeader {
  private PostHeader() {}

  static String of(OutboundMessage m) {
    String where =
        m.destination().platform().id()
            + (m.destination().isDirectMessage() ? " dm " : " #")
            + m.destination().name();
    return switch (m.operation()) {
      case POST -> "post → " + where;
      case REPLY ->
          "reply → " + where + " (thread of " + m.relatedPlatformMessageId().orElse("?") + ")";
      case EDIT ->
          "edit → " + where + " (message " + m.relatedPlatformMessageId().orElse("?") + ")";
      case DELETE ->
          "delete → " + where + " (message " + m.relatedPlatformMessageId().orElse("?") + ")";
    };
  }
}
