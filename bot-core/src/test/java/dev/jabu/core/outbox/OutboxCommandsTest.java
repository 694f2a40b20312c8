package dev.jabu.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.testkit.FakePlatform;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moderators see the posts jabu gave up on, and send them again. */
class OutboxCommandsTest {
  private final FakePlatform platform = FakePlatform.start();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  @Test
  void deadLettersAreListedAndRetriedByModeratorsOnly() {
    var mod = platform.moderator("slack:UMOD");
    var alice = platform.member("discord:alice");
    platform.sender(Platform.DISCORD).failWhen(m -> true);
    platform
        .jabu()
        .outbox()
        .post("notice", ChannelRef.of(Platform.DISCORD, "general"), RichMessage.text("hi"));
    for (int i = 0; i < RetryPolicy.defaults().maxAttempts(); i++) {
      platform.posts();
      platform.clock().advance(Duration.ofMinutes(15));
    }
    assertThat(platform.text(platform.say(alice, "/outbox failed", Locale.ENGLISH)))
        .contains("Only moderators");
    String listed = platform.text(platform.say(mod, "/outbox failed", Locale.ENGLISH));
    assertThat(listed)
        .contains("Posts not delivered: 1", "notice", "discord:general", "8 attempts", "refused")
        .as("the refusals were not the platform's answer, so the post may be out already")
        .contains("may have gone out");

    long id = platform.jabu().outboxStore().failed(1).get(0).id();
    platform.sender(Platform.DISCORD).failWhen(m -> false);
    assertThat(platform.text(platform.say(mod, "/outbox retry " + id, Locale.ENGLISH)))
        .contains("queued again");
    assertThat(platform.posts()).extracting(OutboundMessage::key).containsExactly("notice");
    assertThat(platform.text(platform.say(mod, "/outbox failed", Locale.ENGLISH)))
        .contains("no dead letters");
  }
}
