package dev.jabu.app.console;

import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the bot's own posts to the console, for a platform that has no adapter running: with no
 * tokens set, announcements meant for Discord and Slack show up here, marked with where they go.
 */
public final class ConsoleSender implements Sender {
  private static final AtomicLong IDS = new AtomicLong();

  private final Platform platform;
  private final ConsoleOutput output;

  public ConsoleSender(Platform platform, ConsoleOutput output) {
    this.platform = platform;
    this.output = output;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public synchronized SendResult send(OutboundMessage message) {
    // An edit or delete acts on the message it names; a post or reply is a new message.
    String id =
        switch (message.operation()) {
          case EDIT, DELETE -> message.relatedPlatformMessageId().orElseThrow();
          case POST, REPLY -> platform.id() + "-" + IDS.incrementAndGet();
        };
    output.post(message, id);
    return new SendResult(id);
  }

  /**
   * A terminal cannot be read back, so a post whose outcome was lost in a crash is printed again:
   * the console delivers at least once (docs/delivery.md).
   */
  @Override
  public Lookup check(OutboundMessage message) {
    return Lookup.absent();
  }
}
