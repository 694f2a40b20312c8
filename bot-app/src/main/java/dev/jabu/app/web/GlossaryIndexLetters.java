package dev.jabu.app.web;

import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.text.Hangul;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The glossary's index: by 가나다 of the Korean names (ㄲ filed under ㄱ, as dictionaries do) or by A–Z
 * of the English names; names starting otherwise come last.
 */
final class GlossaryIndexLetters {
  private static final String CONSONANTS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ";
  private static final Map<Character, Character> DOUBLE =
      Map.of('ㄲ', 'ㄱ', 'ㄸ', 'ㄷ', 'ㅃ', 'ㅂ', 'ㅆ', 'ㅅ', 'ㅉ', 'ㅈ');
  static final String OTHER = "#";

  private GlossaryIndexLetters() {}

  /** Entries grouped by letter, groups in index order, entries in each sorted by that name. */
  static Map<String, List<GlossaryEntry>> group(List<GlossaryEntry> entries, boolean korean) {
    Function<GlossaryEntry, String> name = korean ? GlossaryEntry::ko : GlossaryEntry::name;
    Collator collator = Collator.getInstance(korean ? Locale.KOREAN : Locale.ENGLISH);
    List<GlossaryEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(name, collator));
    Map<String, List<GlossaryEntry>> byLetter =
        new java.util.TreeMap<>(GlossaryIndexLetters::order);
    for (GlossaryEntry e : sorted) {
      byLetter.computeIfAbsent(letter(name.apply(e)), k -> new ArrayList<>()).add(e);
    }
    return new LinkedHashMap<>(byLetter);
  }

  static String letter(String name) {
    if (name.isEmpty()) {
      return OTHER;
    }
    char first = name.charAt(0);
    if (Hangul.isSyllable(first) || Hangul.isConsonant(first)) {
      char c = Hangul.isSyllable(first) ? Hangul.choseong(String.valueOf(first)).charAt(0) : first;
      return String.valueOf(DOUBLE.getOrDefault(c, c));
    }
    char upper = Character.toUpperCase(first);
    return upper >= 'A' && upper <= 'Z' ? String.valueOf(upper) : OTHER;
  }

  /** ㄱ…ㅎ, then A…Z, then the rest. */
  private static int order(String a, String b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(String letter) {
    int korean = CONSONANTS.indexOf(letter);
    if (korean >= 0) {
      return korean;
    }
    char c = letter.charAt(0);
    return c >= 'A' && c <= 'Z' ? 100 + c - 'A' : 1000;
  }
}
