package dev.jabu.bench;

import dev.jabu.core.glossary.Category;
import dev.jabu.core.glossary.Glossary;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.glossary.GlossaryException;
import dev.jabu.core.glossary.GlossaryLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic glossary of any size, with names shaped like real ones: pronounceable Latin words and
 * 2–5 syllable Korean names, two aliases each. Seeded, so every run measures the same data.
 */
final class GeneratedGlossary {
  private static final String[] ONSETS = {
    "b", "k", "d", "g", "t", "p", "s", "n", "m", "r", "l", "v", "z", "st", "tr", "pl"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "x", "m", "ck"};

  private GeneratedGlossary() {}

  static Glossary of(int size, long seed) {
    Random random = new Random(seed);
    Set<String> used = new HashSet<>();
    List<GlossaryEntry> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String name = unique(used, () -> latinWord(random, 2 + random.nextInt(3)));
      String ko = unique(used, () -> koreanWord(random, 2 + random.nextInt(4)));
      String alias1 =
          unique(used, () -> latinWord(random, 1 + random.nextInt(2)) + random.nextInt(100));
      String alias2 = unique(used, () -> koreanWord(random, 2 + random.nextInt(3)));
      entries.add(
          new GlossaryEntry(
              "gen-" + i,
              name,
              ko,
              List.of(alias1, alias2),
              Category.CONCEPT,
              List.of(),
              List.of(),
              List.of(),
              "생성된 항목 " + i + "의 정의입니다.",
              "The definition of generated entry " + i + ".",
              Optional.empty(),
              LocalDate.of(2026, 11, 23),
              "generated"));
    }
    try {
      return GlossaryLoader.validate(entries, new ArrayList<>());
    } catch (GlossaryException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unique(Set<String> used, java.util.function.Supplier<String> make) {
    while (true) {
      String word = make.get();
      if (used.add(dev.jabu.core.glossary.TermKey.of(word))) {
        return word;
      }
    }
  }

  static String latinWord(Random random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)])
          .append(VOWELS[random.nextInt(VOWELS.length)])
          .append(CODAS[random.nextInt(CODAS.length)]);
    }
    word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    return word.toString();
  }

  static String koreanWord(Random random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      int initial = random.nextInt(19);
      int medial = random.nextInt(21);
      int fin = random.nextInt(4) == 0 ? 1 + random.nextInt(27) : 0;
      word.append((char) (0xAC00 + (initial * 21 + medial) * 28 + fin));
    }
    return word.toString();
  }
}
