package dev.jabu.core.glossary;

import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of thing an entry names. */
public enum Category {
  /** A practice or culture: DevOps, GitOps, SRE. */
  PRACTICE("실천 방식·문화", "practice or culture"),
  /** A generic role a tool plays: CI server, secrets manager. */
  ROLE("역할", "role"),
  /** A process or a metric: deployment frequency, postmortem. */
  PROCESS("프로세스·지표", "process or metric"),
  /** A technical concept: container, idempotency. */
  CONCEPT("개념", "concept"),
  /** A product or project: Jenkins, Nomad. */
  TOOL("도구·제품", "tool or product");

  private final String ko;
  private final String en;

  Category(String ko, String en) {
    this.ko = ko;
    this.en = en;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label(Locale locale) {
    return "ko".equals(locale.getLanguage()) ? ko : en;
  }

  /** The {@code category} option of the glossary commands. */
  public static OptionSpec option() {
    List<OptionSpec.Choice> choices = new ArrayList<>();
    for (Category c : values()) {
      choices.add(OptionSpec.Choice.of(c.id(), c.ko, c.en));
    }
    return OptionSpec.optional(
            "category",
            OptionType.STRING,
            "practice, role, process, concept, tool",
            "practice, role, process, concept, tool")
        .withChoices(choices)
        .withKoreanName("분류");
  }

  public static Optional<Category> fromId(String id) {
    for (Category c : values()) {
      if (c.id().equals(id) || c.ko.equals(id) || c.en.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
