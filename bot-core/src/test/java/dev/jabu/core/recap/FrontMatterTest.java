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

  @Test
  void issue12_yamlAnchorsAndAliasesAreResolved() throws RecapProblem {
    FrontMatter meta =
        FrontMatter.read(
            "---\n"
                + "name: &n 11월 밋업 후기\n"
                + "title: *n\n"
                + "base: &base {author: 김하늘, tags: [a, b]}\n"
                + "post:\n  <<: *base\n  author: 이도윤\n"
                + "author: *n\n"
                + "---\n");
    assertThat(meta.title()).contains("11월 밋업 후기");
    assertThat(meta.author()).contains("11월 밋업 후기");
  }

  @Test
  void issue12_anUndefinedAliasIsAClearError() {
    RecapProblem p = problem("---\ndescription: 후기\ntitle: *n\n---\n본문");
    assertThat(p.key()).isEqualTo("recap.front-matter.undefined-alias");
    assertThat(p.text(Locale.ENGLISH)).contains("Line 3", "*n", "&n");
    assertThat(p.text(Locale.KOREAN)).contains("3번째 줄", "*n", "&n");
  }

  @Test
  void issue12_parserErrorsNeverShowLibraryInternals() {
    String deep = "---\ntitle: " + "[".repeat(5000) + "\n---\n";
    String recursive = "---\ntitle: x\nloop: &a [*a, *a]\n---\n";
    StringBuilder laughs = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 40; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      laughs.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    laughs.append("---\n");
    String toml = "+++\ntitle = \"열린 따옴표\n+++\n";
    String deepToml = "+++\ntitle = " + "[".repeat(5000) + "\n+++\n";
    for (String markdown : List.of(deep, recursive, laughs.toString(), toml, deepToml)) {
      RecapProblem p = problem(markdown);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
        assertThat(p.text(locale))
            .as(markdown.substring(0, Math.min(40, markdown.length())))
            .doesNotContainIgnoringCase("exception")
            .doesNotContain("Constraints", "snakeyaml", "jackson", "org.", "java.", "getMax");
      }
    }
    assertThat(problem(deep).key()).isEqualTo("recap.front-matter.too-complex");
    assertThat(problem(laughs.toString()).key()).isEqualTo("recap.front-matter.too-complex");
    assertThat(problem(toml).key()).isEqualTo("recap.front-matter.broken-toml");
  }

  @Test
  void issue12_hugoTomlFrontMatterIsRead() throws RecapProblem {
    FrontMatter meta =
        FrontMatter.read(
            "+++\n"
                + "title = \"9월 스터디\"\n"
                + "date = 2026-09-19T19:00:00+09:00\n"
                + "draft = true\n"
                + "tags = [\"otel\"]\n"
                + "categories = [\"스터디\"]\n"
                + "summary = \"요약\"\n"
                + "meetup = 7\n"
                + "[params]\nslug = \"x\"\n"
                + "+++\n\n본문");
    assertThat(meta)
        .isEqualTo(
            new FrontMatter(
                Optional.of("9월 스터디"),
                Optional.of("요약"),
                List.of("otel", "스터디"),
                Optional.empty(),
                Optional.of("2026-09-19"),
                Optional.of(7L),
                true));
    RecapProblem unclosed = problem("+++\ntitle = \"x\"\n\n본문");
    assertThat(unclosed.key()).isEqualTo("recap.front-matter.unclosed");
    assertThat(unclosed.text(Locale.ENGLISH)).contains("+++");
  }

  @Test
  void issue12_jekyllAndDocusaurusFieldsAreRead() throws RecapProblem {
    FrontMatter jekyll =
        FrontMatter.read(
            "---\nlayout: post\ndate: 2026-08-22 19:00:00 +0900\ncategories: meetup kubernetes\n"
                + "excerpt: 발췌\npublished: false\nslug: k8s\n---\n");
    assertThat(jekyll.date()).contains("2026-08-22");
    assertThat(jekyll.tags()).containsExactly("meetup", "kubernetes");
    assertThat(jekyll.description()).contains("발췌");
    assertThat(jekyll.draft()).isTrue();

    FrontMatter docusaurus =
        FrontMatter.read(
            "---\nauthors: [{name: 민지, title: SRE}, Alex]\n"
                + "tags: [{label: 관측, permalink: /o}, k8s]\nsidebar_position: 2\n---\n");
    assertThat(docusaurus.author()).contains("민지, Alex");
    assertThat(docusaurus.tags()).containsExactly("관측", "k8s");
    assertThat(docusaurus.draft()).isFalse();
  }
}
