package dev.jabu.core.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.testkit.FakePlatform;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /jabu status}: what a moderator checks first when members say the bot is quiet. */
class StatusCommandTest {
  private final FakePlatform platform = FakePlatform.start();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  @Test
  void a_moderator_sees_platforms_database_queue_and_what_was_given_up_on() {
    platform
        .jabu()
        .platforms(
            List.of(new Adapter(Platform.DISCORD, true), new Adapter(Platform.SLACK, false)));
    var store = platform.jabu().outboxStore();
    ChannelRef slack = ChannelRef.of(Platform.SLACK, "C1");
    store.enqueue(
        new OutboxEntry(
            "waiting",
            Operation.POST,
            ChannelRef.of(Platform.DISCORD, "1"),
            null,
            RichMessage.text("hello")),
        platform.clock().instant());
    store.enqueue(
        new OutboxEntry("doomed", Operation.POST, slack, null, RichMessage.text("bye")),
        platform.clock().instant());
    var claimed =
        store.claimReady(
            "test",
            Set.of(Platform.SLACK),
            Set.of(),
            1,
            platform.clock().instant(),
            Duration.ofMinutes(1));
    store.markAttemptFailed(
        claimed.get(0), "channel_not_found", false, Optional.empty(), platform.clock().instant());
    platform.jabu().heartbeat().beat(); // this instance, live
    new dev.jabu.core.instance.InstanceHeartbeat(
            platform.database(),
            java.time.Clock.offset(platform.clock(), Duration.ofMinutes(-2)),
            "0.9.0",
            List::of)
        .beat(); // another, quiet for two minutes
    platform.clock().advance(Duration.ofSeconds(90));

    String text =
        platform.text(
            platform.say(platform.moderator("discord:mod"), "/jabu status", Locale.ENGLISH));

    assertThat(text)
        .contains("jabu status", "discord connected (42 ms)", "slack NOT connected", "sqlite")
        .contains("1 waiting, the oldest for 90 s; 1 given up on")
        .contains("slack: ", "channel_not_found")
        .contains("Instances sharing this database", "discord connected, slack NOT connected")
        .containsPattern("0\\.9\\.0, console; started .*, last heartbeat .* STALE");
  }

  @Test
  void at_the_console_it_says_so_in_korean() {
    String text = platform.text(platform.say(platform.moderator("discord:mod"), "/jabu 상태"));
    assertThat(text).contains("jabu 상태", "콘솔만", "포기한 메시지가 없어요");
  }

  /** With nothing queued it said "0 waiting, the oldest for 0 s": an oldest of nothing. */
  @Test
  void an_empty_queue_has_no_oldest_post() {
    String ko = platform.text(platform.say(platform.moderator("discord:mod"), "/jabu 상태"));
    String en =
        platform.text(
            platform.say(platform.moderator("discord:mod"), "/jabu status", Locale.ENGLISH));

    assertThat(ko).contains("대기 없음; 포기한 것 0개").doesNotContain("가장 오래된");
    assertThat(en).contains("nothing waiting; 0 given up on").doesNotContain("the oldest");
  }

  @Test
  void members_are_refused() {
    String text = platform.text(platform.say(platform.member("discord:alice"), "/jabu status"));
    assertThat(text).doesNotContain("jabu 상태", "sqlite");
  }

  private record Adapter(Platform platform, boolean connected) implements PlatformAdapter {
    @Override
    public void start() {}

    @Override
    public Sender sender() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Duration> gatewayLatency() {
      return connected ? Optional.of(Duration.ofMillis(42)) : Optional.empty();
    }

    @Override
    public void close() {}
  }
}
