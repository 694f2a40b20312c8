package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12: Hugo shortcodes become the markdown they stand for, or go, never raw braces. */
class HugoShortcodesTest {

  @Test
  void figuresVideosAndCalloutsBecomeMarkdown() {
    assertThat(
            HugoShortcodes.rewrite(
                "{{< figure src=\"https://i.example/a.png\" caption=\"[발표] 장면\" >}}"))
        .isEqualTo("![\\[발표\\] 장면](<https://i.example/a.png>)");
    assertThat(HugoShortcodes.rewrite("영상: {{< youtube id=\"abc_12-3\" >}}"))
        .isEqualTo("영상: [YouTube](https://www.youtube.com/watch?v=abc_12-3)");
    assertThat(HugoShortcodes.rewrite("{{< gist jabu 1a2b >}}"))
        .isEqualTo("[Gist](https://gist.github.com/jabu/1a2b)");
    assertThat(HugoShortcodes.rewrite("{{% notice warning \"조심\" %}}\n글\n{{% /notice %}}"))
        .isEqualTo("\n::: warning 조심\n\n글\n\n:::\n");
    assertThat(HugoShortcodes.rewrite("{{< highlight go >}}\nfmt.Println(1)\n{{< /highlight >}}"))
        .isEqualTo("\n```go\nfmt.Println(1)\n```");
  }

  @Test
  void internalReferencesAndUnknownShortcodesGoTheirContentStays() {
    assertThat(HugoShortcodes.rewrite("[앞 글]({{< relref \"a.md\" >}}) 참고")).isEqualTo("[앞 글]() 참고");
    assertThat(HugoShortcodes.rewrite("{{< columns >}}\n왼쪽\n{{< /columns >}}")).isEqualTo("\n왼쪽\n");
    // an id that could carry markup is no link
    assertThat(HugoShortcodes.rewrite("{{< youtube \"x)](javascript:alert(1)\" >}}")).isEmpty();
  }

  @Test
  void codeIsLeftAsWritten() {
    String fenced = "```\n{{< figure src=\"a.png\" >}}\n```";
    assertThat(HugoShortcodes.rewrite(fenced)).isEqualTo(fenced);
    assertThat(HugoShortcodes.rewrite("쓰는 법: `{{< youtube abc >}}`"))
        .isEqualTo("쓰는 법: `{{< youtube abc >}}`");
    assertThat(HugoShortcodes.rewrite("`{{</* youtube abc */>}}`"))
        .isEqualTo("`{{< youtube abc >}}`");
  }
}
