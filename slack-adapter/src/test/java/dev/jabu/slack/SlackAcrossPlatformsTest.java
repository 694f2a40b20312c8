package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.Button;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.testkit.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One community across platforms: a member linked on Slack and Discord holds one seat, and a leave
 * pressed on Slack promotes the Discord waitlister. Slack goes through the real adapter; Discord
 * members speak to the same core directly (the Discord adapter is tested in its own module).
 */
class SlackAcrossPlatformsTest {
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = SlackFixture.http(Duration.ofMillis(2000), 1);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private String slack(String user, String command, String text) throws Exception {
    return fixture.send(fixture.slashCommand(user, command, text)).body();
  }

  private String discord(Member member, String line) {
    return fixture.platform.text(fixture.platform.say(member, line));
  }

  @Test
  void aLinkedMemberHoldsOneSeatAndASlackLeavePromotesTheDiscordWaitlister() throws Exception {
    Member aliceOnDiscord = fixture.platform.member("discord:alice");
    Member carolOnDiscord = fixture.platform.member("discord:carol");
    slack("UMOD", "/meetup", "create title:\"Both\" start:2026-12-05T19:00 capacity:1");
    slack("UMOD", "/meetup", "announce 1");

    String code = slack("UALICE", "/link", "").replaceAll("(?s).*?(\\d{6}).*", "$1");
    assertThat(code).hasSize(6);
    assertThat(discord(aliceOnDiscord, "/link " + code)).contains("한 사람으로 연결");

    assertThat(slack("UALICE", "/meetup", "rsvp 1")).contains("자리를 잡았어요");
    assertThat(discord(aliceOnDiscord, "/meetup rsvp 1")).contains("이미 Both에 자리가 있어요");
    assertThat(discord(carolOnDiscord, "/meetup rsvp 1")).contains("대기 1번");

    String leave = ActionIds.encode(new Button("leave", "/meetup leave 1", null));
    fixture.send(fixture.buttonPress("UALICE", leave, "1.0", "t-leave"));
    Eventually.await(fixture.slack::responses, r -> !r.isEmpty(), "the leave's answer");
    assertThat(discord(carolOnDiscord, "/meetup my")).contains("Both").doesNotContain("대기");
    assertThat(fixture.platform.posts())
        .as("Carol is told on Discord that she has the seat")
        .anyMatch(
            (OutboundMessage p) ->
                p.destination().platform() == Platform.DISCORD
                    && p.destination().id().equals("@carol"));
  }
}
