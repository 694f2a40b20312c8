package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class GitHubLinksTest {

  private static String raw(String url) {
    return GitHubLinks.raw(HttpUrl.get(url)).toString();
  }

  @Test
  void aBlobPageBecomesItsRawFile() {
    assertThat(raw("https://github.com/devopskorea/recaps/blob/main/2026/11-%ED%9B%84%EA%B8%B0.md"))
        .isEqualTo(
            "https://raw.githubusercontent.com/devopskorea/recaps/main/2026/11-%ED%9B%84%EA%B8%B0.md");
  }

  @Test
  void queryAndFragmentOfTheBlobPageAreDropped() {
    assertThat(raw("https://www.github.com/o/r/blob/v1.2/docs/recap.md?plain=1#L10"))
        .isEqualTo("https://raw.githubusercontent.com/o/r/v1.2/docs/recap.md");
  }

  @Test
  void otherAddressesAreLeftAlone() {
    assertThat(raw("https://github.com/o/r/tree/main/docs"))
        .isEqualTo("https://github.com/o/r/tree/main/docs");
    assertThat(raw("https://gitlab.com/o/r/blob/main/a.md"))
        .isEqualTo("https://gitlab.com/o/r/blob/main/a.md");
    assertThat(raw("https://raw.githubusercontent.com/o/r/main/a.md"))
        .isEqualTo("https://raw.githubusercontent.com/o/r/main/a.md");
  }
}
