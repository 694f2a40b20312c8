package dev.jabu.core.testkit;

import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A {@link Sender} that plays the platform: it remembers what it was asked to send, answers with
 * ids {@code <platform>-1}, {@code <platform>-2}, ..., and answers {@link #check} from the nonces
 * it accepted. Messages matching {@link #failWhen} are refused (nothing reaches the platform);
 * those matching {@link #loseBookkeepingWhen} reach the platform, then the call throws, as when a
 * process dies between the send and recording it. Safe to call from several threads.
 */
public final class RecordingSender implements Sender {
  private final Platform platform;
  private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
  private final List<OutboundMessage> failed = new CopyOnWriteArrayList<>();
  private final List<OutboundMessage> checked = new CopyOnWriteArrayList<>();
  private final Map<String, String> idsByNonce = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private volatile Predicate<OutboundMessage> failWhen = message -> false;
  private volatile Predicate<OutboundMessage> loseBookkeepingWhen = message -> false;
  private volatile Predicate<OutboundMessage> unsureWhen = message -> false;

  public RecordingSender(Platform platform) {
    this.platform = platform;
  }

  /** Makes sends of matching messages throw before they reach the platform, until changed. */
  public RecordingSender failWhen(Predicate<OutboundMessage> condition) {
    this.failWhen = condition;
    return this;
  }

  /** Makes sends of matching messages reach the platform and then throw, until changed. */
  public RecordingSender loseBookkeepingWhen(Predicate<OutboundMessage> condition) {
    this.loseBookkeepingWhen = condition;
    return this;
  }

  /** Makes checks of matching messages answer UNSURE (history unreachable), until changed. */
  public RecordingSender unsureWhen(Predicate<OutboundMessage> condition) {
    this.unsureWhen = condition;
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
    String id = platform.id() + "-" + nextId.getAndIncrement();
    sent.add(message);
    idsByNonce.put(message.nonce(), id);
    if (loseBookkeepingWhen.test(message)) {
      throw new IllegalStateException("lost track of " + message.key() + " after sending (test)");
    }
    return new SendResult(id);
  }

  @Override
  public Lookup check(OutboundMessage message) {
    checked.add(message);
    if (unsureWhen.test(message)) {
      return Lookup.unsure("history unreachable (test)");
    }
    String id = idsByNonce.get(message.nonce());
    return id == null ? Lookup.absent() : Lookup.found(id);
  }

  /** Messages that reached the platform, in order (a message sent twice is here twice). */
  public List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  public List<String> sentKeys() {
    return sent.stream().map(OutboundMessage::key).toList();
  }

  /** Attempts refused by {@link #failWhen}. */
  public List<OutboundMessage> failed() {
    return List.copyOf(failed);
  }

  /** Messages the dispatcher asked about before sending again. */
  public List<OutboundMessage> checked() {
    return List.copyOf(checked);
  }
}
