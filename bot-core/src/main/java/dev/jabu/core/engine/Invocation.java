package dev.jabu.core.engine;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.ThreadRef;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One request to the engine, in neutral values only; never a platform event.
 *
 * @param deliveryId the platform's id for this delivery (Discord interaction id, Slack {@code
 *     trigger_id} or event id), used to drop redeliveries; empty when the platform has none
 * @param correlationId ties the reply, the log lines and the audit row of this request together
 */
public record Invocation(
    Optional<String> deliveryId,
    Platform platform,
    Member member,
    ChannelRef channel,
    Optional<ThreadRef> thread,
    Locale locale,
    Input input,
    String correlationId) {

  public Invocation {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** A text invocation with a fresh correlation id and no delivery id. */
  public static Invocation text(Member member, ChannelRef channel, Locale locale, String line) {
    return new Invocation(
        Optional.empty(),
        member.user().platform(),
        member,
        channel,
        Optional.empty(),
        locale,
        new Input.Text(line),
        newCorrelationId());
  }

  /** This invocation with its input made safe; the engine does this once, before anything else. */
  public Invocation cleaned() {
    return new Invocation(
        deliveryId, platform, member, channel, thread, locale, input.cleaned(), correlationId);
  }

  public Invocation withDeliveryId(String deliveryId) {
    return new Invocation(
        Optional.of(deliveryId), platform, member, channel, thread, locale, input, correlationId);
  }

  /** Eight hex digits: short enough to read out loud on meetup night, unique enough for logs. */
  public static String newCorrelationId() {
    String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt());
    return "00000000".substring(hex.length()) + hex;
  }
}
