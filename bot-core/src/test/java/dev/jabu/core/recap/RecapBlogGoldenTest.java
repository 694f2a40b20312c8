package dev.jabu.core.recap;

import static dev.jabu.core.recap.RecapSamples.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.testkit.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: recaps as real blogs write them, one per generator, locked as they are posted (golden
 * files under {@code golden/recap/blogs/}): a VuePress post with no title in its front matter, an
 * image and a badge before its H1 and {@code :::} containers; a Hugo post with TOML front matter
 * and shortcodes; a Jekyll post with its fields, an anchor and an excerpt marker.
 */
class RecapBlogGoldenTest {
  private static final PlainTextRenderer PLAIN =
      new PlainTextRenderer(ZoneId.of("Asia/Seoul"), Locale.KOREAN);

  private static String post(String name) {
    try {
      return Files.readString(
          RecapSamples.repositoryRoot().resolve("bot-core/src/test/resources/recap-blogs/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RecapDocument parse(String name) throws RecapProblem {
    return RecapParser.parse(post(name), new RecapSource.File("recaps/" + name).documentName());
  }

  /** Locks the thread on Discord and Slack and returns it as posted on Discord, as text. */
  private static String lock(String name) throws RecapProblem {
    RecapMessages messages = new RecapRenderer(Locale.KOREAN).render(parse(name), Optional.empty());
    String discord = "";
    for (LimitProfile profile : List.of(LimitProfiles.DISCORD_CONTENT, LimitProfiles.SLACK)) {
      List<RichMessage> thread = messages.thread(profile);
      assertWithinLimits(thread, profile);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < thread.size(); i++) {
        text.append(i == 0 ? "━━━━ parent post" : "━━━━ reply " + i + "/" + (thread.size() - 1))
            .append(" ━━━━\n")
            .append(PLAIN.render(thread.get(i)))
            .append("\n\n");
      }
      String stem = name.replaceFirst("\\.md$", "");
      Golden.assertMatchesFile(
          "recap/blogs/" + stem + "." + profile.name() + ".txt", text.toString());
      if (profile == LimitProfiles.DISCORD_CONTENT) {
        discord = text.toString();
      }
    }
    // nothing of a generator's syntax reaches a platform
    assertThat(discord.lines())
        .noneMatch(l -> l.strip().startsWith(":::"))
        .noneMatch(l -> l.strip().equals("+++"))
        .noneMatch(l -> l.contains("<!--"));
    return discord;
  }

  @Test
  void aVuePressPostWithoutATitleKeyTakesItsH1AndItsImageAndFactsGoToTheParent()
      throws RecapProblem {
    RecapDocument doc = parse("vuepress-2026-10-platform-night.md");

    assertThat(doc.title()).isEqualTo("10월 플랫폼 엔지니어링 밤 후기");
    assertThat(doc.cover().get(0))
        .isEqualTo(
            new Block.Image(
                "https://images.devopskorea.example/2026-10/group.jpg", "10월 플랫폼 엔지니어링 밤 단체 사진"));
    assertThat(doc.preamble()).anyMatch(b -> b instanceof Block.ListBlock); // the facts
    assertThat(doc.sections())
        .extracting(RecapSection::title)
        .containsExactly("발표 1: 내부 개발자 포털을 1년 운영해 보니", "발표 2: 골든 패스는 강제가 아니라 초대", "패널 토론");
    assertThat(doc.meta().tags()).containsExactly("platform", "backstage", "밋업후기", "후기");

    String discord = lock("vuepress-2026-10-platform-night.md");
    assertThat(discord)
        .contains("💡 발표자가 꼽은 첫걸음", "⚠️ WARNING", "🚫 실제로 겪은 장애", "▸ 패널에서 나온 질문 모음")
        .contains("일시", "성수동 코워킹 라운지");
    // the parent post, then one reply per part: the image is no reply of its own
    assertThat(discord.split("━━━━ reply ")).hasSize(1 + 3);
  }

  @Test
  void aHugoPostWithTomlFrontMatterAndShortcodes() throws RecapProblem {
    RecapDocument doc = parse("hugo-2026-09-observability.md");

    assertThat(doc.title()).isEqualTo("9월 관측 가능성 스터디 후기");
    assertThat(doc.meta().date()).contains("2026-09-19");
    assertThat(doc.meta().author()).contains("박소연");
    assertThat(doc.meta().tags()).containsExactly("observability", "opentelemetry", "스터디");
    assertThat(doc.meta().description()).get().asString().startsWith("OpenTelemetry 도입기");
    assertThat(doc.meta().draft()).isFalse();
    assertThat(doc.sections()).hasSize(2);

    String discord = lock("hugo-2026-09-observability.md");
    assertThat(discord)
        .contains("https://images.devopskorea.example/2026-09/traces.png")
        .contains("sampling_percentage: 10")
        .contains("💡 도입 순서", "▸ 질의응답 요약")
        .contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        .contains("지난 글");
    assertThat(discord).doesNotContain("```yaml\n\n");
    // shortcodes are gone, except the one the post shows as code on purpose
    assertThat(discord).contains("{{< figure src=\"a.png\" >}}");
    assertThat(discord.replace("{{< figure src=\"a.png\" >}}", ""))
        .doesNotContain("{{<", "{{%", ">}}", "%}}");
  }

  @Test
  void aJekyllPostWithItsFieldsAnAnchorAndAnExcerptMarker() throws RecapProblem {
    RecapDocument doc = parse("jekyll-2026-08-k8s-upgrade.md");

    assertThat(doc.title()).isEqualTo("8월 밋업: 쿠버네티스 업그레이드, 무중단으로");
    assertThat(doc.meta().date()).contains("2026-08-22");
    assertThat(doc.meta().tags()).containsExactly("k8s", "upgrade", "meetup", "kubernetes");
    assertThat(doc.meta().description()).contains("클러스터 업그레이드를 분기마다 무중단으로 해 온 팀의 이야기");
    assertThat(doc.sections())
        .extracting(RecapSection::title)
        .containsExactly("본 발표: 분기마다 하는 업그레이드", "라이트닝 토크", "마치며");

    String discord = lock("jekyll-2026-08-k8s-upgrade.md");
    assertThat(discord).contains("쉰 명 가까이 모였습니다.", "kubectl drain node-1");
  }

  @Test
  void theFileNameIsTheTitleOfAPostThatNamesNone() throws RecapProblem {
    assertThat(
            RecapParser.parse(
                    "본문만 있는 글.\n\n둘째 문단.",
                    new RecapSource.File("recaps/2026-07-retro.md").documentName())
                .title())
        .isEqualTo("2026-07-retro");
    assertThat(
            new RecapSource.Url("https://blog.example/posts/2026/07/spring/index.md")
                .documentName())
        .contains("spring");
    assertThat(new RecapSource.Text("x").documentName()).isEmpty();
  }
}
