package dev.jabu.core.glossary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One glossary entry, bilingual.
 *
 * @param isA for a tool, the ids of the roles it plays ("Jenkins is-a CI server")
 * @param alternatives for a tool, ids of other tools that fill the same need
 * @param source where it came from: a file under {@code config/glossary/}, or {@code database}
 */
public record GlossaryEntry(
    String id,
    String name,
    String ko,
    List<String> aliases,
    Category category,
    List<String> isA,
    List<String> alternatives,
    List<String> related,
    String definitionKo,
    String definitionEn,
    Optional<String> link,
    LocalDate added,
    String source) {

  public GlossaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ko, "ko");
    Objects.requireNonNull(category, "category");
    aliases = List.copyOf(aliases);
    isA = List.copyOf(isA);
    alternatives = List.copyOf(alternatives);
    related = List.copyOf(related);
    Objects.requireNonNull(definitionKo, "definitionKo");
    Objects.requireNonNull(definitionEn, "definitionEn");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(added, "added");
  }

  public String definition(Locale locale) {
    return "ko".equals(locale.getLanguage()) ? definitionKo : definitionEn;
  }

  /** The name in the member's language first: "데브옵스 (DevOps)" or "DevOps (데브옵스)". */
  public String title(Locale locale) {
    if (ko.equalsIgnoreCase(name)) {
      return name;
    }
    return "ko".equals(locale.getLanguage()) ? ko + " (" + name + ")" : name + " (" + ko + ")";
  }

  /** Every name people may type for this entry: the name, the Korean name and the aliases. */
  public List<String> names() {
    var all = new java.util.ArrayList<String>(aliases.size() + 2);
    all.add(name);
    all.add(ko);
    all.addAll(aliases);
    return all;
  }
}
