package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void knownKeysAreReadAndOthersIgnored() throws RecapProblem {
    FrontMatter meta =
        FrontMatter.read(
            "---\n"
                + "title: \"11월 밋업: 후기\"\n"
                + "description: 두 발표와 뒤풀이\n"
                + "tags: [devops, 'gitops']\n"
                + "author: 김하늘\n"
                + "date: 2026-11-28\n"
                + "meetup: 12\n"
                + "sidebar: auto\n"
                + "head:\n  - [meta, {name: x}]\n"
                + "---\n\n본문");

    assertThat(meta)
        .isEqualTo(
            new FrontMatter(
                Optional.of("11월 밋업: 후기"),
                Optional.of("두 발표와 뒤풀이"),
                List.of("devops", "gitops"),
                Optional.of("김하늘"),
                Optional.of("2026-11-28"),
                Optional.of(12L),
                false));
  }

  @Test
  void tagsMayBeABlockListOrCommaSeparatedAndAuthorsAList() throws RecapProblem {
    assertThat(FrontMatter.read("---\ntags:\n  - a\n  - b\n---\n").tags())
        .containsExactly("a", "b");
    assertThat(FrontMatter.read("---\ntags: a, b ,c\n---\n").tags()).containsExactly("a", "b", "c");
    assertThat(FrontMatter.read("---\nauthors: [민지, Alex]\n---\n").author()).contains("민지, Alex");
    assertThat(FrontMatter.read("---\nauthor: {name: 민지, link: x}\n---\n").author()).contains("민지");
    assertThat(FrontMatter.read("---\nmeetup: \"#7\"\n---\n").meetup()).contains(7L);
  }

  @Test
  void aDocumentWithoutFrontMatterHasNone() throws RecapProblem {
    assertThat(FrontMatter.read("# 제목\n\n---\n\n본문")).isEqualTo(FrontMatter.NONE);
    assertThat(FrontMatter.read("---\n---\n# 제목")).isEqualTo(FrontMatter.NONE);
  }

  private static RecapProblem problem(String markdown) {
    try {
      FrontMatter.read(markdown);
    } catch (RecapProblem p) {
      return p;
    }
    throw new AssertionError("expected a problem");
  }

  @Test
  void anUnclosedFrontMatterIsReportedWithItsLine() {
    RecapProblem p = problem("\n---\ntitle: 후기\n\n# 본문\n\n이어지는 글");
    assertThat(p.key()).isEqualTo("recap.front-matter.unclosed");
    assertThat(p.text(Locale.ENGLISH)).contains("line 2");
  }

  @Test
  void invalidYamlIsReportedWithTheLineInTheDocument() {
    RecapProblem p = problem("---\ntitle: 후기\ntags: [a, b\nauthor: x\n---\n본문");
    assertThat(p.key()).isEqualTo("recap.front-matter.broken");
    assertThat(p.text(Locale.KOREAN)).contains("번째 줄");

    RecapProblem quote = problem("---\ntitle: \"열린 따옴표\n---\n본문");
    assertThat(quote.key()).isEqualTo("recap.front-matter.broken");
  }

  @Test
  void valuesOfTheWrongKindAreRefused() {
    assertThat(problem("---\ntitle: [a, b]\n---\n").key()).isEqualTo("recap.front-matter.not-text");
    assertThat(problem("---\nmeetup: next\n---\n").key()).isEqualTo("recap.front-matter.meetup");
    assertThat(problem("---\n- a\n- b\n---\n").key()).isEqualTo("recap.front-matter.not-keys");
    assertThatThrownBy(() -> FrontMatter.read("---\nmeetup: 1.5\n---\n"))
        .isInstanceOf(RecapProblem.class);
  }
}
