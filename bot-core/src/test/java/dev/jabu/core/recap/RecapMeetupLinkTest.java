package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.testkit.FakePlatform;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A recap attached to its meetup: the parent names the meetup, the meetup links the recap. */
class RecapMeetupLinkTest {
  // the recap server runs on 127.0.0.1, so this operator allows private addresses
  private final RecapFixture fixture = RecapFixture.start(true);
  private final FakePlatform platform = fixture.platform;
  private final Member mod = platform.moderator("discord:mod");
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    say("/meetup create title:\"DevOps Korea 11월 밋업\" start:2026-11-28T14:00 capacity:180");
    say("/meetup announce 1");
    platform.newPosts();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    fixture.close();
  }

  private String say(String line) {
    return platform.text(platform.say(mod, line, Locale.KOREAN));
  }

  private String serve(String markdown) {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/markdown; charset=utf-8")
            .body(markdown)
            .build());
    return "http://127.0.0.1:" + server.getPort() + "/recaps/2026-11.md";
  }

  private Meetup meetup() {
    return fixture.meetups.find(1).orElseThrow();
  }

  private String summary() {
    fixture.meetups.postSummary(meetup());
    List<OutboundMessage> summaries =
        platform.newPosts().stream()
            .filter(p -> p.key().equals("meetup-1-summary"))
            .filter(p -> p.destination().platform() == Platform.DISCORD)
            .toList();
    assertThat(summaries).hasSize(1);
    return platform.text(summaries.get(0).message());
  }

  @Test
  void aRecapFromAnAddressIsLinkedFromItsMeetupAndItsSummary() {
    String url = serve("---\ntitle: 11월 밋업 후기\nmeetup: 1\n---\n\n## 발표\n\n좋았습니다.");

    assertThat(say("/recap publish url:" + url)).contains("#1번 후기 \"11월 밋업 후기\"을(를) 올렸어요");

    assertThat(meetup().recapUrl()).contains(url);
    List<OutboundMessage> posts = platform.newPosts();
    OutboundMessage parent =
        posts.stream()
            .filter(p -> p.key().equals("recap-1-post"))
            .filter(p -> p.destination().platform() == Platform.DISCORD)
            .findFirst()
            .orElseThrow();
    assertThat(platform.text(parent.message())).contains("밋업: DevOps Korea 11월 밋업 (#1)");
    // the announcement now links the recap too
    assertThat(posts)
        .anySatisfy(
            p -> {
              assertThat(p.operation()).isEqualTo(Operation.EDIT);
              assertThat(platform.text(p.message())).contains("후기 (" + url + ")");
            });
    assertThat(summary()).contains("후기: 11월 밋업 후기 " + url);
  }

  @Test
  void aPastedRecapIsNamedInTheSummaryWithoutAnAddress() {
    say("/recap publish meetup:1 text:# 붙여 넣은 후기\n\n## 발표\n\n좋았습니다.");

    assertThat(meetup().recapUrl()).isEmpty();
    assertThat(summary()).contains("후기: 붙여 넣은 후기").doesNotContain("http");
  }

  @Test
  void aSummaryPostedBeforeTheRecapIsEditedToNameIt() {
    String before = summary();
    assertThat(before).doesNotContain("후기:");

    say("/recap publish meetup:1 text:# 늦게 쓴 후기\n\n## 발표\n\n좋았습니다.");

    assertThat(platform.newPosts())
        .filteredOn(p -> p.operation() == Operation.EDIT && p.key().startsWith("meetup-1-summary"))
        .hasSize(2) // one per platform
        .allSatisfy(p -> assertThat(platform.text(p.message())).contains("후기: 늦게 쓴 후기"));
  }

  @Test
  void noSummaryEditWhereNoSummaryWasPosted() {
    say("/recap publish meetup:1 text:# 후기\n\n## 발표\n\n좋았습니다.");
    assertThat(platform.newPosts()).noneMatch(p -> p.key().startsWith("meetup-1-summary"));
  }

  @Test
  void deletingTheRecapRemovesTheLinkAndAnEditCanMoveIt() {
    String url = serve("---\ntitle: 후기\n---\n\n## 발표\n\n좋았습니다.");
    say("/recap publish meetup:1 url:" + url);
    assertThat(meetup().recapUrl()).contains(url);

    say("/meetup create title:\"12월 밋업\" start:2026-12-19T14:00 capacity:100");
    serve("---\ntitle: 후기\n---\n\n## 발표\n\n좋았습니다.");
    assertThat(say("/recap edit 1 meetup:2")).contains("고쳤어요");
    assertThat(meetup().recapUrl()).isEmpty();
    assertThat(fixture.meetups.find(2).orElseThrow().recapUrl()).contains(url);

    say("/recap delete 1");
    assertThat(fixture.meetups.find(2).orElseThrow().recapUrl()).isEmpty();
  }
}
