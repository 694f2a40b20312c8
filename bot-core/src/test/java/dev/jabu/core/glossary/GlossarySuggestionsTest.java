package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.text.Hangul;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Suggestions skip names that cannot reach the list and reuse the counts of the same word's
 * correction; neither may change them. Checked against every name measured one by one.
 */
class GlossarySuggestionsTest {
  private static final Path SHIPPED = Path.of("../config/glossary");

  @Test
  void suggestionsAreTheMostSimilarNamesWhateverWasCountedBefore() throws GlossaryException {
    Glossary glossary = GlossaryLoader.load(SHIPPED);
    List<String> words = words(glossary, new Random(5));
    GlossaryIndex fresh = new GlossaryIndex(glossary);
    GlossaryIndex afterSearch = new GlossaryIndex(glossary);
    NameKeys names = new NameKeys(glossary.entries());
    for (String word : words) {
      String key = TermKey.of(word);
      List<String> expected = ids(everyName(glossary, names, key));
      fresh.suggestions("zzzqqq");
      assertThat(ids(fresh.suggestions(key))).as("fresh, '%s'", word).isEqualTo(expected);
      assertThat(ids(fresh.suggestions(key))).as("again, '%s'", word).isEqualTo(expected);
      afterSearch.search(word);
      assertThat(ids(afterSearch.suggestions(key)))
          .as("after its correction, '%s'", word)
          .isEqualTo(expected);
    }
  }

  /** Short and long typos, prefixes and stray words in both scripts. */
  private static List<String> words(Glossary glossary, Random random) {
    List<GlossaryEntry> entries = glossary.entries();
    Set<String> words = new LinkedHashSet<>(List.of("tie", "abc", "kubernetes operator", "ㅋㅋ"));
    for (int i = 0; i < 400; i++) {
      GlossaryEntry entry = entries.get(random.nextInt(entries.size()));
      String name = random.nextBoolean() ? entry.name() : entry.ko();
      int cut = random.nextInt(name.length());
      words.add(name.substring(0, cut) + "xq" + name.substring(Math.min(name.length(), cut + 1)));
      words.add(name.substring(0, Math.min(name.length(), 3 + random.nextInt(3))) + "s");
      words.add(name + "zz");
    }
    return new ArrayList<>(words);
  }

  /** The reference: every name's Dice similarity over padded keystroke bigrams, best five. */
  private static List<GlossaryEntry> everyName(Glossary glossary, NameKeys names, String key) {
    int[] query = Hangul.keystrokes(key);
    if (query.length == 0) {
      return List.of();
    }
    long[] grams = NameKeys.bigrams(query);
    Map<Integer, Double> best = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      long[] own = NameKeys.bigrams(names.strokes[i]);
      int shared = 0;
      for (long gram : grams) {
        if (Arrays.stream(own).anyMatch(g -> g == gram)) {
          shared++;
        }
      }
      double dice = 2.0 * shared / (grams.length + names.strokeCount[i] + 1);
      if (dice >= 0.35) {
        best.merge(names.entry[i], dice, Math::max);
      }
    }
    List<GlossaryEntry> entries = glossary.entries();
    return best.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Integer, Double> e) -> -e.getValue())
                .thenComparing(e -> entries.get(e.getKey()).id()))
        .limit(5)
        .map(e -> entries.get(e.getKey()))
        .toList();
  }

  private static List<String> ids(List<GlossaryEntry> entries) {
    return entries.stream().map(GlossaryEntry::id).toList();
  }
}
