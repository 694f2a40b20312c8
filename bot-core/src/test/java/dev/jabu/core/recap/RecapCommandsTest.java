package dev.jabu.core.recap;

import static dev.jabu.core.recap.RecapSamples.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.testkit.FakePlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moderators publish, edit and delete recaps; the community sees well-split threads. */
class RecapCommandsTest {
  private final RecapFixture fixture = RecapFixture.start(false);
  private final FakePlatform platform = fixture.platform;
  // the console operator: a moderator, and exempt from the rate limit
  private final Member operator =
      new Member(
          UserRef.parse("console:operator"), Set.of(FakePlatform.MODERATOR_ROLE), true, false);
  private final Member discordMod = platform.moderator("discord:mod");
  private final Member alice = platform.member("discord:alice");

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  /** A recap with a title and {@code sections} sections of {@code sentences} sentences each. */
  static String recap(String title, int sections, int sentences) {
    StringBuilder md = new StringBuilder("---\ntitle: " + title + "\nauthor: 운영진\n---\n\n");
    md.append("오늘 모임을 정리합니다.\n");
    for (int s = 1; s <= sections; s++) {
      md.append("\n## 순서 ").append(s).append("\n\n");
      for (int i = 0; i < sentences; i++) {
        md.append("발표 ").append(s).append("의 ").append(i + 1).append("번째 이야기를 여기에 적었습니다. ");
      }
      md.append("\n");
    }
    return md.toString();
  }

  /** Meetup #1, which the sample recap names in its front matter. */
  private void meetup() {
    assertThat(
            say(
                operator,
                "/meetup create title:\"DevOps Korea 11월 밋업\" start:2026-11-28T14:00 capacity:180"))
        .contains("#1");
  }

  private List<OutboundMessage> postsTo(Platform platform, List<OutboundMessage> posts) {
    return posts.stream().filter(p -> p.destination().platform() == platform).toList();
  }

  @Test
  void aPreviewIsPrivateShowsTheWholeThreadAndPostsNothing() {
    meetup();
    String path = fixture.file("recap.md", RecapSamples.sample());

    Reply reply = platform.say(operator, "/recap preview file:" + path, Locale.KOREAN);

    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    String text = platform.text(reply);
    assertThat(text)
        .contains("미리보기: DevOps Korea 11월 밋업 후기", "discord #announcements: 부모 글과 답글 7개")
        .contains("slack #announcements: 부모 글과 답글 5개", "부모 글", "답글 5/5")
        .contains("아직 아무것도 올리지 않았어요");
    assertThat(platform.posts()).isEmpty();
    assertThat(say(operator, "/recap list")).contains("No recap has been published yet");
  }

  @Test
  void publishingPostsTheParentToEveryChannelAndEachPieceInItsThread() {
    meetup();
    String path = fixture.file("recap.md", RecapSamples.sample());

    assertThat(say(operator, "/recap publish file:" + path))
        .contains("Published recap #1", "discord #announcements: the parent post and 7 replies");

    List<OutboundMessage> posts = platform.posts();
    for (Platform p : List.of(Platform.DISCORD, Platform.SLACK)) {
      List<OutboundMessage> thread = postsTo(p, posts);
      assertThat(thread.get(0).operation()).isEqualTo(Operation.POST);
      assertThat(thread.get(0).key()).isEqualTo("recap-1-post");
      String parentId = p.id() + "-1";
      assertThat(thread.subList(1, thread.size()))
          .allSatisfy(
              r -> {
                assertThat(r.operation()).isEqualTo(Operation.REPLY);
                assertThat(r.relatedPlatformMessageId()).contains(parentId);
              });
      assertWithinLimits(
          thread.stream().map(OutboundMessage::message).toList(), LimitProfiles.forPlatform(p));
    }
    assertThat(postsTo(Platform.DISCORD, posts)).hasSize(8);
    assertThat(postsTo(Platform.SLACK, posts)).hasSize(6);
    assertThat(say(operator, "/recap list")).contains("#1", "DevOps Korea 11월 밋업 후기", "published");
  }

  @Test
  void aPastedRecapIsPublishedFromTheTextOption() {
    String markdown = recap("붙여 넣은 후기", 2, 3);

    assertThat(say(discordMod, "/recap publish text:" + markdown)).contains("Published recap #1");

    List<OutboundMessage> discord = postsTo(Platform.DISCORD, platform.posts());
    // what stands before the first part is in the parent post; each part is a reply
    assertThat(discord).hasSize(3);
    assertThat(platform.text(discord.get(0).message())).contains("오늘 모임을 정리합니다.");
    assertThat(platform.text(discord.get(1).message())).startsWith("순서 1");
  }

  @Test
  void aFilePathFromDiscordOrSlackIsNeverRead() {
    String path = fixture.file("secret.md", recap("서버의 파일", 1, 1));
    String absolute = fixture.folder.resolve(path).toString();

    for (Member member : List.of(discordMod, platform.moderator("slack:UMOD"))) {
      for (String typed : List.of(path, absolute, "../../../etc/passwd")) {
        String answer = say(member, "/recap preview file:" + typed);
        assertThat(answer).contains("only work at the console").doesNotContain("서버의 파일");
      }
    }
    assertThat(platform.posts()).isEmpty();
    // the same file is there and readable: the console may use it
    assertThat(say(operator, "/recap preview file:" + path)).contains("Preview: 서버의 파일");
  }

  @Test
  void onlyModeratorsMayUseRecaps() {
    fixture.file("recap.md", recap("후기", 1, 1));
    for (String sub :
        List.of("preview file:recap.md", "publish text:# 후기\n\n글", "list", "delete 1")) {
      assertThat(say(alice, "/recap " + sub)).contains("Only moderators can use /recap");
    }
    assertThat(platform.posts()).isEmpty();
  }

  @Test
  void badRecapsAreExplainedInBothLanguagesAndNothingIsPosted() {
    fixture.file("big.md", "# 큰 후기\n\n" + "가".repeat(RecapSettings.MAX_BYTES / 3 + 10));
    fixture.file("empty.md", "  \n\n");
    fixture.file("title-only.md", "# 제목뿐\n");
    fixture.file("broken.md", "---\ntitle: 후기\ntags: [a, b\n---\n\n본문");
    fixture.file("unclosed.md", "---\ntitle: 후기\n\n본문");
    fixture.file("meetup.md", "---\ntitle: 후기\nmeetup: 99\n---\n\n본문");
    Map<String, List<String>> expected =
        Map.of(
            "file:big.md", List.of("100 KB", "100 KB까지"),
            "file:empty.md", List.of("has no body", "본문이 없어요"),
            "file:title-only.md", List.of("has no body", "본문이 없어요"),
            "file:broken.md", List.of("Line 3 of the front matter", "3번째 줄을 YAML로"),
            "file:unclosed.md", List.of("never closed", "닫히지 않았어요"),
            "file:meetup.md", List.of("no meetup #99", "#99번 밋업이 없어요"),
            "meetup:12 file:meetup.md", List.of("no meetup #12", "#12번 밋업이 없어요"),
            "file:missing.md", List.of("No such file: missing.md", "찾을 수 없어요: missing.md"),
            "url:http://127.0.0.1:9/recap.md", List.of("internal address", "내부 주소"),
            "meetup:1", List.of("Tell me where to read", "어디서 읽을지"));
    expected.forEach(
        (options, words) -> {
          for (String sub : List.of("preview ", "publish ")) {
            Reply en = platform.say(operator, "/recap " + sub + options, Locale.ENGLISH);
            Reply ko = platform.say(operator, "/recap " + sub + options, Locale.KOREAN);
            assertThat(en.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
            assertThat(platform.text(en)).as(options).contains(words.get(0));
            assertThat(platform.text(ko)).as(options).contains(words.get(1));
          }
        });
    assertThat(say(operator, "/recap publish file:a.md url:https://example.com/b.md"))
        .contains("Give one source only");
    assertThat(platform.posts()).isEmpty();
    assertThat(say(operator, "/recap list")).contains("No recap has been published yet");
  }

  @Test
  void anEditChangesEveryMessageInPlaceAndAddsOrRemovesReplies() {
    String path = fixture.file("recap.md", recap("후기", 2, 2));
    say(operator, "/recap publish file:" + path);
    List<OutboundMessage> first = postsTo(Platform.DISCORD, platform.newPosts());
    assertThat(first).hasSize(3); // parent (with the introduction), two parts
    List<String> ids = List.of("discord-1", "discord-2", "discord-3");

    fixture.file("recap.md", recap("후기 (고침)", 4, 2));
    assertThat(say(operator, "/recap edit 1"))
        .contains("Edited recap #1", "revision 2", "4 replies");
    List<OutboundMessage> longer = postsTo(Platform.DISCORD, platform.newPosts());
    assertThat(longer.stream().filter(p -> p.operation() == Operation.EDIT))
        .extracting(p -> p.relatedPlatformMessageId().orElseThrow())
        .containsExactlyElementsOf(ids);
    assertThat(longer.stream().filter(p -> p.operation() == Operation.REPLY))
        .extracting(OutboundMessage::key)
        .containsExactly("recap-1-r2-reply-3", "recap-1-r2-reply-4");
    assertThat(platform.text(longer.get(0).message())).contains("후기 (고침)");

    fixture.file("recap.md", recap("짧아진 후기", 1, 1));
    assertThat(say(operator, "/recap edit 1")).contains("revision 3", "1 replies");
    List<OutboundMessage> shorter = postsTo(Platform.DISCORD, platform.newPosts());
    assertThat(shorter.stream().filter(p -> p.operation() == Operation.EDIT))
        .extracting(OutboundMessage::key)
        .containsExactly("recap-1-r3-edit-0", "recap-1-r3-edit-1");
    assertThat(shorter.stream().filter(p -> p.operation() == Operation.DELETE))
        .extracting(OutboundMessage::key)
        .containsExactly("recap-1-r3-drop-4", "recap-1-r3-drop-3", "recap-1-r3-drop-2");
  }

  @Test
  void editingTwiceWithTheSameContentSendsTheEditsBothTimes() {
    String markdown = recap("후기", 1, 1);
    say(discordMod, "/recap publish text:" + markdown);
    platform.newPosts();

    say(discordMod, "/recap edit 1 text:" + markdown);
    say(discordMod, "/recap edit 1 text:" + markdown);

    List<OutboundMessage> edits = postsTo(Platform.SLACK, platform.newPosts());
    assertThat(edits).extracting(OutboundMessage::key).doesNotHaveDuplicates().hasSize(4);
    assertThat(edits).allSatisfy(p -> assertThat(p.operation()).isEqualTo(Operation.EDIT));
  }

  @Test
  void aPastedRecapNeedsNewTextToBeEdited() {
    say(discordMod, "/recap publish text:" + recap("후기", 1, 1));
    assertThat(say(discordMod, "/recap edit 1")).contains("was pasted");
    assertThat(say(discordMod, "/recap edit 7")).contains("There is no recap #7");
  }

  @Test
  void deletingRemovesTheWholeThreadRepliesFirst() {
    say(operator, "/recap publish file:" + fixture.file("recap.md", recap("후기", 2, 1)));
    List<OutboundMessage> posted = postsTo(Platform.SLACK, platform.newPosts());

    assertThat(say(operator, "/recap delete 1")).contains("Deleted recap #1");

    List<OutboundMessage> deleted = postsTo(Platform.SLACK, platform.newPosts());
    List<String> expected = new ArrayList<>();
    for (int i = posted.size(); i > 0; i--) {
      expected.add("slack-" + i);
    }
    assertThat(deleted).allSatisfy(p -> assertThat(p.operation()).isEqualTo(Operation.DELETE));
    assertThat(deleted)
        .extracting(p -> p.relatedPlatformMessageId().orElseThrow())
        .containsExactlyElementsOf(expected);
    assertThat(say(operator, "/recap delete 1")).contains("already deleted");
    assertThat(say(operator, "/recap edit 1")).contains("already deleted");
    assertThat(say(operator, "/recap list")).contains("deleted");
  }

  @Test
  void nothingInARecapCanMentionAnyone() {
    String hostile =
        "---\ntitle: \"@everyone 11월 후기\"\nauthor: \"<@123>\"\ntags: [\"@here\"]\n---\n\n"
            + "## <@&456> 발표\n\n@everyone @here <!channel> <!here> <@123> <@!123> <#789> 모두 모여요.\n\n"
            + "> <@123> 님 말씀: @everyone 배포합시다\n\n"
            + "| 누구 | 무엇 |\n|---|---|\n| <@123> | @here |\n\n"
            + "[@everyone](https://example.com/a) <https://example.com/<@1>>\n";

    say(discordMod, "/recap publish text:" + hostile);

    List<OutboundMessage> posts = platform.posts();
    assertThat(posts).isNotEmpty();
    for (OutboundMessage post : posts) {
      assertThat(spans(post.message()))
          .noneMatch(s -> s instanceof Span.UserMention || s instanceof Span.ChannelMention);
    }
    String all = posts.stream().map(p -> platform.text(p.message())).collect(Collectors.joining());
    assertThat(all)
        .contains("@everyone 11월 후기", "<@&456> 발표", "<!channel>", "<@!123>", "<#789>", "@here");
  }

  private static List<Span> spans(RichMessage message) {
    List<Span> spans = new ArrayList<>();
    message.blocks().forEach(b -> collect(b, spans));
    return spans;
  }

  private static void collect(Block block, List<Span> out) {
    if (block instanceof Block.Heading h) {
      out.addAll(h.spans());
    } else if (block instanceof Block.Paragraph p) {
      out.addAll(p.spans());
    } else if (block instanceof Block.Context c) {
      out.addAll(c.spans());
    } else if (block instanceof Block.Quote q) {
      q.blocks().forEach(b -> collect(b, out));
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.forEach(b -> collect(b, out)));
    } else if (block instanceof Block.Fields f) {
      f.fields().forEach(field -> out.addAll(field.value()));
    }
  }

  @Test
  void issue12_aRecapOfThousandsOfSectionsIsRefusedWithItsLimitAndNothingQueued() {
    StringBuilder markdown = new StringBuilder("# 긴 후기\n\n");
    for (int i = 1; i <= 3000; i++) {
      markdown.append("## ").append(i).append("\n\n글.\n\n");
    }
    String path = fixture.file("long.md", markdown.toString());

    for (String sub : List.of("preview", "publish")) {
      assertThat(say(operator, "/recap " + sub + " file:" + path))
          .contains("3000 replies", "at most 50");
      assertThat(
              platform.text(
                  platform.say(operator, "/recap " + sub + " file:" + path, Locale.KOREAN)))
          .contains("50개까지");
    }
    assertThat(platform.posts()).isEmpty();
    assertThat(say(operator, "/recap list")).contains("No recap has been published yet");
  }

  @Test
  void issue12_aDraftIsPreviewedButNotPublished() {
    String path = fixture.file("draft.md", "---\ntitle: 초안\ndraft: true\n---\n\n## 하나\n\n글.\n");

    assertThat(say(operator, "/recap preview file:" + path)).contains("marked as a draft", "하나");
    assertThat(say(operator, "/recap publish file:" + path)).contains("draft: true");
    assertThat(platform.posts()).isEmpty();
  }

  @Test
  void thePreviewsButtonsPublishTheSameRecapOnceOrDiscardIt() {
    meetup();
    String path = fixture.file("recap.md", RecapSamples.sample());
    Reply preview = platform.say(operator, "/recap preview file:" + path, Locale.ENGLISH);
    List<String> buttons =
        preview.message().buttons().stream().map(dev.jabu.core.message.Button::command).toList();
    assertThat(buttons).containsExactly("/recap publish preview:1", "/recap discard 1");
    Reply pasted = platform.say(discordMod, "/recap preview text:# 짧은 후기\n\n## 하나\n\n글");
    assertThat(pasted.message().buttons().get(1).command()).isEqualTo("/recap discard 2");

    assertThat(say(alice, buttons.get(0))).contains("Only moderators");
    // a file previewed at the console is read again on publish, so only there
    assertThat(say(discordMod, buttons.get(0))).contains("only work at the console");
    assertThat(say(operator, buttons.get(0)))
        .contains("Published recap #1", "discord #announcements: the parent post and 7 replies");
    assertThat(say(operator, buttons.get(0))).contains("Preview 1 is gone");
    assertThat(say(discordMod, "/recap discard 2")).contains("Preview 2 is discarded");
    assertThat(say(discordMod, "/recap publish preview:2")).contains("Preview 2 is gone");
    assertThat(say(discordMod, "/recap publish preview:2 url:https://example.com/r.md"))
        .contains("one source only");
    assertThat(say(operator, "/recap list")).contains("#1").doesNotContain("짧은 후기");
  }
}
