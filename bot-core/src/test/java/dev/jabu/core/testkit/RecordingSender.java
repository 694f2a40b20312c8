package dev.jabu.core.testkit;

import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A {@link Sender} that remembers what it was asked to send and answers with ids {@code
 * <platform>-1}, {@code <platform>-2}, ... Messages matching {@link #failWhen} throw instead.
 */
public final class RecordingSender implements Sender {
  private final Platform platform;
  private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
  private final List<OutboundMessage> failed = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private volatile Predicate<OutboundMessage> failWhen = message -> false;

  public RecordingSender(Platform platform) {
    this.platform = platform;
  }

  /** Makes sends of matching messages throw, until changed again. */
  public RecordingSender failWhen(Predicate<OutboundMessage> condition) {
    this.failWhen = condition;
    return this;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public SendResult send(OutboundMessage message) {
    if (failWhen.test(message)) {
      failed.add(message);
      throw new IllegalStateException("refused " + message.key() + " (test)");
    }
    sent.add(message);
    return new SendResult(platform.id() + "-" + nextId.getAndIncrement());
  }

  /** Successful sends, in order. */
  public List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  public List<String> sentKeys() {
    return sent.stream().map(OutboundMessage::key).toList();
  }

  /** Attempts that threw. */
  public List<OutboundMessage> failed() {
    return List.copyOf(failed);
  }
}
