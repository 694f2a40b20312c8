package dev.jabu.core.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A small Korean–English map of everyday DevOps words ({@code glossary/ko-en-words.tsv}), so a
 * description in one language can meet the definition written in the other ("장애" meets "outage"),
 * and two words of one language that share a translation stand in for each other (수집 ~ 모으다). Both
 * sides are kept as the analyzers of {@link DefinitionIndex} reduce them, so a looked-up word is
 * already a term of the index.
 */
final class WordBridge {
  static final String RESOURCE = "/glossary/ko-en-words.tsv";

  private final Map<String, Set<String>> english = new HashMap<>();
  private final Map<String, Set<String>> korean = new HashMap<>();

  /**
   * @param koreanTerms the Korean analyzer: a word to its terms
   * @param englishTerms the English analyzer: a word to its terms
   */
  WordBridge(
      List<String> lines,
      Function<String, List<String>> koreanTerms,
      Function<String, List<String>> englishTerms) {
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException("korean<TAB>english, english: " + line);
      }
      // A Korean word the analyzer splits (a compound) is looked up by none of its parts: a part
      // alone means something else.
      List<String> ko = koreanTerms.apply(cells[0].strip());
      if (ko.size() != 1) {
        continue;
      }
      for (String word : cells[1].split(",")) {
        // Likewise a phrase ("scale down"): its words alone would bridge to strangers.
        List<String> en = englishTerms.apply(word.strip());
        if (en.size() == 1) {
          english.computeIfAbsent(ko.get(0), k -> new LinkedHashSet<>()).add(en.get(0));
          korean.computeIfAbsent(en.get(0), k -> new LinkedHashSet<>()).add(ko.get(0));
        }
      }
    }
  }

  static List<String> lines() {
    try (InputStream in = WordBridge.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Korean words of the bridge as written. */
  static Set<String> koreanWords(List<String> lines) {
    Set<String> words = new java.util.HashSet<>();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add(line.split("\t")[0].strip());
      }
    }
    return Set.copyOf(words);
  }

  /** The English terms of a Korean term. */
  Set<String> english(String koreanTerm) {
    return english.getOrDefault(koreanTerm, Set.of());
  }

  /** The Korean terms of an English term. */
  Set<String> korean(String englishTerm) {
    return korean.getOrDefault(englishTerm, Set.of());
  }

  /** Korean terms that share an English term with this one, without itself. */
  Set<String> koreanAlike(String koreanTerm) {
    Set<String> alike = new LinkedHashSet<>();
    english(koreanTerm).forEach(en -> alike.addAll(korean(en)));
    alike.remove(koreanTerm);
    return alike;
  }

  /** English terms that share a Korean term with this one, without itself. */
  Set<String> englishAlike(String englishTerm) {
    Set<String> alike = new LinkedHashSet<>();
    korean(englishTerm).forEach(ko -> alike.addAll(english(ko)));
    alike.remove(englishTerm);
    return alike;
  }
}
