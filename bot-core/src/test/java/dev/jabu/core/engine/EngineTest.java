package dev.jabu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.store.AuditEntry;
import dev.jabu.core.testkit.FakePlatform;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EngineTest {
  private final AtomicInteger pings = new AtomicInteger();

  /** A tiny feature: a member command, a moderator command, and one that always fails. */
  private final CommandModule feature =
      () ->
          List.of(
              CommandSpec.command("ping")
                  .description("핑", "Ping")
                  .option(OptionSpec.optional("times", OptionType.INTEGER, "횟수", "times"))
                  .handler(
                      ctx -> {
                        pings.incrementAndGet();
                        return Reply.publicly(
                            RichMessage.text(
                                "pong x" + ctx.option("times", Long.class).orElse(1L)));
                      })
                  .build(),
              CommandSpec.command("purge")
                  .description("정리", "Purge")
                  .requiredRole(Role.MODERATOR)
                  .handler(ctx -> Reply.publicly(RichMessage.text("purged")))
                  .build(),
              CommandSpec.command("boom")
                  .description("폭발", "Boom")
                  .handler(
                      ctx -> {
                        throw new IllegalStateException("kaboom");
                      })
                  .build(),
              CommandSpec.command("nuke")
                  .description("폭발", "Nuke")
                  .requiredRole(Role.MODERATOR)
                  .handler(
                      ctx -> {
                        throw new IllegalStateException("kaboom");
                      })
                  .build());

  private FakePlatform platform = FakePlatform.start(feature);

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  @Test
  void helpListsEveryCommandInTheMembersLanguage() {
    var alice = platform.member("discord:alice");
    String ko = platform.text(platform.say(alice, "/help"));
    assertThat(ko).contains("jabu 명령어", "/help", "/about", "/ping", "/purge", "(운영진)");

    String en = platform.text(platform.say(alice, "/help", Locale.ENGLISH));
    assertThat(en).contains("jabu commands", "/ping", "Ping", "(moderators)");
  }

  @Test
  void helpExplainsOneCommandWithItsUsage() {
    String text =
        platform.text(platform.say(platform.member("slack:U1"), "/help ping", Locale.ENGLISH));
    assertThat(text).contains("/ping", "[times]", "Ping");
  }

  @Test
  void helpExplainsOneSubcommandWhenItIsNamedToo() {
    Member member = platform.member("slack:U1");
    String one = platform.text(platform.say(member, "/help jabu forget-me", Locale.ENGLISH));
    assertThat(one).contains("/jabu forget-me [confirm]", "confirm").doesNotContain("/jabu status");
    String all = platform.text(platform.say(member, "/help jabu", Locale.ENGLISH));
    assertThat(all).contains("/jabu forget-me", "/jabu status", "/jabu my-data");
    // a subcommand it does not have: the whole command, as for /help jabu
    assertThat(platform.text(platform.say(member, "/help jabu nope", Locale.ENGLISH)))
        .isEqualTo(all);
  }

  @Test
  void helpForAnUnknownCommandSuggestsTheClosest() {
    String text =
        platform.text(platform.say(platform.member("slack:U1"), "/help pnig", Locale.ENGLISH));
    assertThat(text).contains("no such command", "/help ping");
  }

  @Test
  void anUnknownCommandGetsALocalizedErrorWithASuggestion() {
    Reply reply = platform.say(platform.member("discord:alice"), "/hlep");
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(platform.text(reply)).contains("/help");
  }

  @Test
  void aboutShowsVersionAndUptime() {
    platform.clock().advance(Duration.ofHours(3).plusMinutes(7));
    String text =
        platform.text(platform.say(platform.member("discord:alice"), "/about", Locale.ENGLISH));
    assertThat(text).contains("jabu", "Version", "3 h 7 min");
  }

  @Test
  void aFailingHandlerIsAnsweredKindlyWithTheCorrelationIdThatIsAlsoLogged() {
    Logger engineLog = (Logger) LoggerFactory.getLogger(Engine.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    engineLog.addAppender(logged);
    try {
      var alice = platform.member("discord:alice");
      var invocation = platform.invocation(alice, "/boom", Locale.ENGLISH);
      Reply reply = platform.jabu().engine().handle(invocation);

      assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
      assertThat(platform.text(reply))
          .contains("Something went wrong")
          .contains(invocation.correlationId())
          .doesNotContain("kaboom");
      assertThat(logged.list)
          .anySatisfy(
              e -> {
                assertThat(e.getFormattedMessage()).contains(invocation.correlationId());
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("kaboom");
              });
    } finally {
      engineLog.detachAppender(logged);
    }
  }

  @Test
  void oneBrokenCommandNeverSilencesAnother() {
    var alice = platform.member("discord:alice");
    platform.say(alice, "/boom");
    assertThat(platform.text(platform.say(alice, "/ping 2"))).contains("pong x2");
  }

  @Test
  void aRedeliveryIsDroppedSoTheCommandRunsOnce() {
    var alice = platform.member("discord:alice");
    var first = platform.invocation(alice, "/ping", Locale.KOREAN).withDeliveryId("interaction-1");
    var again = platform.invocation(alice, "/ping", Locale.KOREAN).withDeliveryId("interaction-1");
    var other = platform.invocation(alice, "/ping", Locale.KOREAN).withDeliveryId("interaction-2");

    assertThat(platform.jabu().engine().handle(first).visibility())
        .isEqualTo(Reply.Visibility.PUBLIC);
    assertThat(platform.jabu().engine().handle(again).visibility())
        .isEqualTo(Reply.Visibility.NONE);
    assertThat(platform.jabu().engine().handle(other).visibility())
        .isEqualTo(Reply.Visibility.PUBLIC);
    assertThat(pings).hasValue(2);
  }

  @Test
  void theSameDeliveryIdOnAnotherPlatformIsNotADuplicate() {
    var first =
        platform
            .invocation(platform.member("discord:a"), "/ping", Locale.KOREAN)
            .withDeliveryId("1");
    var second =
        platform.invocation(platform.member("slack:a"), "/ping", Locale.KOREAN).withDeliveryId("1");
    platform.jabu().engine().handle(first);
    assertThat(platform.jabu().engine().handle(second).visibility())
        .isEqualTo(Reply.Visibility.PUBLIC);
  }

  @Test
  void aPersonOverTheRateLimitIsToldWhenToTryAgain() throws Exception {
    platform.close();
    platform =
        FakePlatform.start(
            CoreSettings.defaults().withRateLimit(3, Duration.ofSeconds(10)), feature);
    var alice = platform.member("discord:alice");
    var bob = platform.member("discord:bob");
    for (int i = 0; i < 3; i++) {
      platform.say(alice, "/ping");
      platform.clock().advance(Duration.ofSeconds(1));
    }
    Reply limited = platform.say(alice, "/ping", Locale.ENGLISH);
    assertThat(platform.text(limited)).contains("try again in 7 seconds");
    assertThat(pings).hasValue(3);
    assertThat(platform.text(platform.say(bob, "/ping"))).contains("pong");

    platform.clock().advance(Duration.ofSeconds(6));
    assertThat(platform.text(platform.say(alice, "/ping"))).doesNotContain("pong");
    platform.clock().advance(Duration.ofSeconds(1));
    assertThat(platform.text(platform.say(alice, "/ping"))).contains("pong");
  }

  @Test
  void theConsoleOperatorIsNeverRateLimited() throws Exception {
    platform.close();
    platform =
        FakePlatform.start(
            CoreSettings.defaults().withRateLimit(1, Duration.ofMinutes(1)), feature);
    var operator =
        new Member(
            dev.jabu.core.platform.UserRef.parse("console:operator"),
            java.util.Set.of(),
            true,
            true);
    for (int i = 0; i < 50; i++) {
      assertThat(platform.text(platform.say(operator, "/ping"))).contains("pong");
    }
  }

  @Test
  void membersCannotRunModeratorCommandsAndTheAttemptIsAudited() {
    var alice = platform.member("discord:alice");
    Reply denied = platform.say(alice, "/purge", Locale.ENGLISH);
    assertThat(platform.text(denied)).contains("Only moderators can use /purge");

    var mod = platform.moderator("slack:U42");
    assertThat(platform.text(platform.say(mod, "/purge"))).contains("purged");
    platform.say(mod, "/nuke");
    platform.say(alice, "/ping");

    List<AuditEntry> audit = platform.jabu().auditStore().recent(10);
    assertThat(audit)
        .extracting(AuditEntry::actor, AuditEntry::command, AuditEntry::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("slack:U42", "nuke", AuditEntry.Outcome.ERROR),
            org.assertj.core.groups.Tuple.tuple("slack:U42", "purge", AuditEntry.Outcome.OK),
            org.assertj.core.groups.Tuple.tuple(
                "discord:alice", "purge", AuditEntry.Outcome.DENIED));
    assertThat(audit).allSatisfy(e -> assertThat(e.correlationId()).hasSize(8));
  }
}
