package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLoaderTest {
  @TempDir Path dir;

  private static final String GOOD =
      """
        - id: devops
          name: DevOps
          ko: 데브옵스
          category: practice
          definition: {ko: "개발과 운영이 함께하는 문화입니다.", en: "Development and operations working as one."}
          added: 2026-11-23
      """;

  private GlossaryException problems(String... files) throws Exception {
    for (int i = 0; i < files.length; i++) {
      Files.writeString(dir.resolve("f" + i + ".yaml"), files[i]);
    }
    return catchThrowableOfType(GlossaryException.class, () -> GlossaryLoader.load(dir));
  }

  @Test
  void loadsTheFixture() {
    Glossary glossary = GlossaryFixture.glossary();
    assertThat(glossary.size()).isEqualTo(10);
    GlossaryEntry k8s = glossary.get("kubernetes").orElseThrow();
    assertThat(k8s.category()).isEqualTo(Category.TOOL);
    assertThat(k8s.isA()).containsExactly("workload-orchestrator");
    assertThat(k8s.link()).contains("https://kubernetes.io/");
    assertThat(k8s.source()).isEqualTo("tools.yaml");
  }

  @Test
  void namesFileEntryAndFieldOfEveryProblem() throws Exception {
    GlossaryException e =
        problems(
            """
            entries:
              - id: Bad Id
                name: X
                ko: 엑스
                category: gadget
                colour: red
                definition: {ko: "x"}
                added: yesterday
                link: ftp://x
            """);
    assertThat(e.problems())
        .extracting(GlossaryProblem::file, GlossaryProblem::where)
        .contains(
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.id"),
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.category"),
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.colour"),
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.definition.en"),
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.added"),
            org.assertj.core.groups.Tuple.tuple("f0.yaml", "Bad Id.link"));
  }

  @Test
  void aMissingRequiredFieldIsNamedByPosition() throws Exception {
    GlossaryException e = problems("entries:\n  - name: X\n");
    assertThat(e.problems()).extracting(GlossaryProblem::where).contains("entries[0].id");
  }

  @Test
  void duplicateIdsAcrossFiles() throws Exception {
    GlossaryException e = problems("entries:\n" + GOOD, "entries:\n" + GOOD);
    assertThat(e.getMessage()).contains("devops.id").contains("also used in f0.yaml");
  }

  @Test
  void anAliasClaimedByTwoEntries() throws Exception {
    GlossaryException e =
        problems(
            "entries:\n"
                + GOOD
                + """
                  - id: devsecops
                    name: DevSecOps
                    ko: 데브섹옵스
                    aliases: [dev ops]
                    category: practice
                    definition: {ko: "보안을 모두의 일로 다룹니다.", en: "Security as everyone's job."}
                    added: 2026-11-23
                """);
    assertThat(e.getMessage())
        .contains("devsecops.aliases")
        .contains("`dev ops` is also a name of `devops`");
  }

  @Test
  void unknownRelationsAndWrongKinds() throws Exception {
    GlossaryException e =
        problems(
            "entries:\n"
                + GOOD
                + """
                  - id: jenkins
                    name: Jenkins
                    ko: 젠킨스
                    category: tool
                    is-a: [devops]
                    alternatives: [nothing-here]
                    related: [ghost]
                    definition: {ko: "오래된 CI 서버입니다.", en: "A long-standing CI server."}
                    added: 2026-11-23
                """);
    assertThat(e.problems())
        .extracting(GlossaryProblem::where)
        .contains("jenkins.is-a", "jenkins.alternatives", "jenkins.related");
  }

  @Test
  void aFileWithoutEntriesOrNotYaml() throws Exception {
    GlossaryException e = problems("hello: world\n", "entries: [unclosed\n");
    assertThat(e.getMessage())
        .contains("f0.yaml: entries")
        .contains("f1.yaml: file: not valid YAML");
  }

  @Test
  void theFileFormatRoundTrips() throws Exception {
    Glossary glossary = GlossaryFixture.glossary();
    for (GlossaryEntry entry : glossary.entries()) {
      GlossaryEntry back = GlossaryYaml.readEntry(GlossaryYaml.writeEntry(entry), entry.source());
      assertThat(back).isEqualTo(entry);
    }
    Files.writeString(dir.resolve("all.yaml"), GlossaryYaml.writeFile(glossary.entries()));
    assertThat(GlossaryLoader.load(dir).entries()).hasSize(glossary.size());
  }
}
