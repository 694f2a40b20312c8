package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RecordingSender;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that hold before anything reaches a database. */
class OutboxRulesTest {
  private static final ChannelRef CHANNEL = ChannelRef.of(Platform.DISCORD, "1");
  private static final RichMessage TEXT = RichMessage.text("x");

  @Test
  void only_a_post_stands_alone_and_nothing_refers_to_itself() {
    assertThatThrownBy(() -> new OutboxEntry("a", Operation.POST, CHANNEL, "b", TEXT))
        .hasMessageContaining("a post has no related message");
    assertThatThrownBy(() -> new OutboxEntry("a", Operation.REPLY, CHANNEL, null, TEXT))
        .hasMessageContaining("REPLY needs the key");
    assertThatThrownBy(() -> new OutboxEntry("a", Operation.EDIT, CHANNEL, "a", TEXT))
        .hasMessageContaining("cannot refer to itself");
    assertThatThrownBy(() -> new OutboxEntry(" ", Operation.POST, CHANNEL, null, TEXT))
        .hasMessageContaining("key is blank");
  }

  @Test
  void one_sender_per_platform() {
    List<Sender> senders =
        List.of(new RecordingSender(Platform.SLACK), new RecordingSender(Platform.SLACK));

    assertThatThrownBy(() -> new OutboxDispatcher(null, senders, MutableClock.at(Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two senders for slack");
  }

  @Test
  void nonces_fit_discord_even_for_the_largest_ids() {
    String largest = OutboundMessage.nonceFor(-1L, "k");

    assertThat(largest).hasSizeLessThanOrEqualTo(OutboundMessage.MAX_NONCE_LENGTH);
    assertThat(OutboundMessage.nonceFor(7, "a")).isNotEqualTo(OutboundMessage.nonceFor(7, "b"));
    assertThat(OutboundMessage.nonceFor(7, "a")).isEqualTo(OutboundMessage.nonceFor(7, "a"));
  }
}
