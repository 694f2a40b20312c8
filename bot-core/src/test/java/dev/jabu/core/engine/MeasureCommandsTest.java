package dev.jabu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.Role;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.testkit.FakePlatform;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every invocation is counted once, by command, platform and outcome, with bounded labels. */
class MeasureCommandsTest {
  private final CommandModule commands =
      () ->
          List.of(
              CommandSpec.command("ping")
                  .description("핑", "Ping")
                  .handler(ctx -> Reply.publicly(RichMessage.text("pong")))
                  .build(),
              CommandSpec.command("boom")
                  .description("펑", "Boom")
                  .handler(
                      ctx -> {
                        throw new IllegalStateException("handler bug");
                      })
                  .build(),
              CommandSpec.command("purge")
                  .description("정리", "Purge")
                  .requiredRole(Role.MODERATOR)
                  .handler(ctx -> Reply.publicly(RichMessage.text("purged")))
                  .build());
  private final FakePlatform platform = FakePlatform.start(commands);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  @Test
  void each_outcome_is_counted_under_its_command_and_platform() {
    platform.jabu().meters().add(meters);
    var alice = platform.member("discord:alice");
    var bob = platform.member("slack:bob");

    platform.say(alice, "/ping");
    platform.say(bob, "/ping");
    platform.say(alice, "/purge");
    platform.say(alice, "/boom");
    platform.say(alice, "/pnig @everyone <!channel> 010-1234-5678");
    Invocation delivered =
        platform.invocation(bob, "/ping", Locale.ENGLISH).withDeliveryId("interaction-7");
    platform.jabu().engine().handle(delivered);
    platform.jabu().engine().handle(delivered);
    for (int i = 0; i < 12; i++) {
      platform.say(platform.member("discord:carol"), "/ping");
    }

    assertThat(count("ping", "discord", "ok")).isEqualTo(1 + 10); // carol: ten admitted
    assertThat(count("unknown", "discord", "limited")).isEqualTo(2); // and two refused
    assertThat(count("ping", "slack", "ok")).isEqualTo(2);
    assertThat(count("purge", "discord", "denied")).isEqualTo(1);
    assertThat(count("boom", "discord", "error")).isEqualTo(1);
    assertThat(count("unknown", "discord", "rejected")).isEqualTo(1);
    assertThat(count("unknown", "slack", "duplicate")).isEqualTo(1);
  }

  @Test
  void labels_never_carry_what_members_typed_or_who_they_are() {
    platform.jabu().meters().add(meters);
    platform.say(platform.member("discord:alice"), "/pnig @everyone 010-1234-5678");
    platform.say(platform.member("discord:bob"), "/ping");

    Set<String> values =
        meters.find("jabu.commands").timers().stream()
            .map(Meter::getId)
            .flatMap(id -> id.getTags().stream())
            .map(tag -> tag.getValue())
            .collect(Collectors.toSet());
    assertThat(values).containsOnly("ping", "unknown", "discord", "ok", "rejected");
    assertThat(meters.find("jabu.commands").timers())
        .allSatisfy(
            timer ->
                assertThat(timer.getId().getTags())
                    .extracting(tag -> tag.getKey())
                    .containsExactlyInAnyOrder("command", "platform", "outcome"));
  }

  private long count(String command, String platformId, String outcome) {
    Timer timer =
        meters
            .find("jabu.commands")
            .tags("command", command, "platform", platformId, "outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }
}
