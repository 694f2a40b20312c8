package dev.jabu.core.outbox;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.util.Optional;

/**
 * Where a direct message goes when its member does not take direct messages from jabu (they closed
 * them, or blocked the bot): a note in a thread the member can read, addressed to them alone. A
 * feature that sends direct messages about something with a thread (a meetup) offers one; without a
 * detour the message is a dead letter with the reason.
 */
@FunctionalInterface
public interface DirectMessageDetour {
  /** The detour for this direct message, or empty when the feature has none for it. */
  Optional<Detour> detour(OutboundMessage message);

  /**
   * @param channel the channel holding the thread
   * @param parentPlatformMessageId the message the thread hangs on (the announcement)
   * @param member the only one the note may mention
   * @param note what to post there: the direct message, addressed to the member
   */
  record Detour(
      ChannelRef channel, String parentPlatformMessageId, UserRef member, RichMessage note) {}
}
