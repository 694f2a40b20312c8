package dev.jabu.core.glossary;

import dev.jabu.core.text.Dubeolsik;
import dev.jabu.core.text.EditDistance;
import dev.jabu.core.text.Hangul;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds entries the way people ask for them: exact names and aliases (ignoring case, spaces,
 * hyphens and width), question forms, 초성, Korean typed on an English keyboard, and typos counted
 * over jamo (one edit for short names, two for long ones). Immutable and safe to share.
 */
public final class GlossaryIndex {
  /** Names of at most this many keystrokes allow one typo; longer ones allow two. */
  static final int SHORT_NAME = 5;

  private static final int MAX_SUGGESTIONS = 5;
  private static final double SUGGESTION_SIMILARITY = 0.35;

  private final Glossary glossary;
  private final List<GlossaryEntry> entries;
  private final NameKeys names;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, List<Integer>> byChoseong = new HashMap<>();
  private final ThreadLocal<Scratch> scratch;

  /** Per-thread counters for bigram matching, so a lookup allocates almost nothing. */
  private static final class Scratch {
    final int[] count;
    final int[] touched;
    int size;

    Scratch(int keys) {
      count = new int[keys];
      touched = new int[keys];
    }

    void add(int[] posting) {
      for (int i : posting) {
        if (count[i]++ == 0) {
          touched[size++] = i;
        }
      }
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        count[touched[i]] = 0;
      }
      size = 0;
    }
  }

  public GlossaryIndex(Glossary glossary) {
    this.glossary = glossary;
    this.entries = glossary.entries();
    this.names = new NameKeys(entries);
    for (int i = 0; i < names.size(); i++) {
      exact.putIfAbsent(names.key[i], i);
      if (names.choseong[i] != null && Hangul.isChoseongOnly(names.choseong[i])) {
        byChoseong.computeIfAbsent(names.choseong[i], c -> new ArrayList<>()).add(i);
      }
    }
    int size = names.size();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
  }

  public Glossary glossary() {
    return glossary;
  }

  /** The best entry for a query, or ranked guesses when nothing is close enough. */
  public SearchResult search(String query) {
    // Most queries are a name as typed: answer those before trying question forms.
    Optional<GlossaryMatch> direct = exactMatch(TermKey.of(query));
    if (direct.isPresent()) {
      return found(query.strip(), direct.get());
    }
    List<String> candidates = QuestionForms.candidates(query);
    String term = candidates.isEmpty() ? "" : candidates.get(candidates.size() - 1);
    if (candidates.isEmpty()) {
      return new SearchResult("", Optional.empty(), List.of());
    }
    for (String candidate : candidates) {
      Optional<GlossaryMatch> match = exactMatch(TermKey.of(candidate));
      if (match.isPresent()) {
        return found(term, match.get());
      }
    }
    String key = TermKey.of(term);
    if (key.isEmpty()) {
      return new SearchResult(term, Optional.empty(), List.of());
    }
    // Forgiving matches, from the most specific reading of the question to the most literal.
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Optional<GlossaryMatch> match = forgiving(candidates.get(i));
      if (match.isPresent()) {
        return found(term, match.get());
      }
    }
    // A whole question typed with the keyboard in English: "znqjspxltmrk anjdi".
    if (Dubeolsik.looksMistyped(query)) {
      String hangul = Dubeolsik.toHangul(query.strip());
      if (Hangul.containsHangul(hangul) && !hangul.equals(query.strip())) {
        SearchResult reread = search(hangul);
        if (reread.found()) {
          GlossaryMatch m = reread.best().get();
          return found(
              term,
              new GlossaryMatch(
                  m.entry(), GlossaryMatch.How.KEYBOARD, m.matchedName(), m.distance()));
        }
      }
    }
    return new SearchResult(term, Optional.empty(), suggestions(key));
  }

  private Optional<GlossaryMatch> forgiving(String candidate) {
    String key = TermKey.of(candidate);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<GlossaryMatch> match = choseongMatch(key);
    if (match.isEmpty() && Dubeolsik.looksMistyped(key)) {
      // The raw text, not the key: shift picks ㅆ over ㅅ, and the key is lower case.
      match = keyboardMatch(key, candidate.replaceAll("\\s+", ""));
    }
    if (match.isEmpty()) {
      match = typoMatch(key, GlossaryMatch.How.TYPO);
    }
    return match;
  }

  private static SearchResult found(String term, GlossaryMatch match) {
    return new SearchResult(term, Optional.of(match), List.of());
  }

  private Optional<GlossaryMatch> exactMatch(String key) {
    Integer at = exact.get(key);
    if (at == null) {
      return Optional.empty();
    }
    GlossaryMatch.How how = names.primary[at] ? GlossaryMatch.How.NAME : GlossaryMatch.How.ALIAS;
    return Optional.of(new GlossaryMatch(entryOf(at), how, names.display[at], 0));
  }

  private Optional<GlossaryMatch> choseongMatch(String key) {
    if (!Hangul.isChoseongOnly(key)) {
      return Optional.empty();
    }
    List<Integer> hits = byChoseong.getOrDefault(key, List.of());
    return hits.stream()
        .min(
            Comparator.comparing((Integer i) -> !names.primary[i])
                .thenComparing(i -> names.key[i].length()))
        .map(i -> new GlossaryMatch(entryOf(i), GlossaryMatch.How.CHOSEONG, names.display[i], 0));
  }

  private Optional<GlossaryMatch> keyboardMatch(String key, String typed) {
    String hangul = Dubeolsik.toHangul(typed);
    if (!Hangul.containsHangul(hangul)) {
      return Optional.empty();
    }
    Optional<GlossaryMatch> exactHit =
        exactMatch(TermKey.of(hangul))
            .map(m -> new GlossaryMatch(m.entry(), GlossaryMatch.How.KEYBOARD, m.matchedName(), 0));
    if (exactHit.isPresent()) {
      return exactHit;
    }
    // A Latin typo ("kubernets") must not lose to a far-fetched keyboard reading, and Latin
    // that does not compose into whole syllables was never Korean typed in English.
    Optional<GlossaryMatch> latin = typoMatch(key, GlossaryMatch.How.TYPO);
    if (!Dubeolsik.composesWhole(typed) || latin.map(m -> m.distance() <= 1).orElse(false)) {
      return latin;
    }
    Optional<GlossaryMatch> korean = typoMatch(TermKey.of(hangul), GlossaryMatch.How.KEYBOARD);
    if (latin.isPresent() && korean.isPresent()) {
      return latin.get().distance() <= korean.get().distance() ? latin : korean;
    }
    return latin.isPresent() ? latin : korean;
  }

  /** The closest name within the allowed edits, found through shared keystroke bigrams. */
  private Optional<GlossaryMatch> typoMatch(String key, GlossaryMatch.How how) {
    int[] query = Hangul.keystrokes(key);
    if (query.length < 3) {
      return Optional.empty();
    }
    int maxEdits = query.length <= SHORT_NAME ? 1 : 2;
    // Each edit can break at most three of the query's padded bigrams.
    int needed = Math.max(1, query.length + 1 - 3 * maxEdits);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Scratch counts = countBigrams(query);
    try {
      for (int t = 0; t < counts.size; t++) {
        int i = counts.touched[t];
        if (counts.count[i] < needed
            || Math.abs(names.strokes[i].length - query.length) > maxEdits) {
          continue;
        }
        int d = EditDistance.distanceUpTo(query, names.strokes[i], maxEdits);
        if (d <= maxEdits && (d < bestDistance || d == bestDistance && better(i, best))) {
          best = i;
          bestDistance = d;
        }
      }
    } finally {
      counts.clear();
    }
    if (best < 0) {
      return Optional.empty();
    }
    return Optional.of(new GlossaryMatch(entryOf(best), how, names.display[best], bestDistance));
  }

  private boolean better(int candidate, int current) {
    if (names.primary[candidate] != names.primary[current]) {
      return names.primary[candidate];
    }
    return names.key[candidate].compareTo(names.key[current]) < 0;
  }

  /** Counts, per name, the padded bigrams it shares with the query. */
  private Scratch countBigrams(int[] query) {
    Scratch counts = scratch.get();
    for (long bigram : NameKeys.bigrams(query)) {
      int[] posting = names.postings.get(bigram);
      if (posting != null) {
        counts.add(posting);
      }
    }
    return counts;
  }

  /** Up to five entries whose names share the most bigrams with the query (Dice similarity). */
  public List<GlossaryEntry> suggestions(String key) {
    int[] query = Hangul.keystrokes(key);
    if (query.length == 0) {
      return List.of();
    }
    int bigrams = query.length + 1;
    Scratch counts = countBigrams(query);
    Map<Integer, Double> bestByEntry = new HashMap<>();
    try {
      for (int t = 0; t < counts.size; t++) {
        int i = counts.touched[t];
        double dice = 2.0 * counts.count[i] / (bigrams + names.strokes[i].length + 1);
        if (dice >= SUGGESTION_SIMILARITY) {
          bestByEntry.merge(names.entry[i], dice, Math::max);
        }
      }
    } finally {
      counts.clear();
    }
    return bestByEntry.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Double>comparingByValue()
                .reversed()
                .thenComparing(e -> entries.get(e.getKey()).id()))
        .limit(MAX_SUGGESTIONS)
        .map(e -> entries.get(e.getKey()))
        .toList();
  }

  /**
   * Entries whose names start with what was typed so far (or whose 초성 does), names before aliases
   * and shorter before longer; at most {@code limit}.
   */
  public List<GlossaryEntry> autocomplete(String typed, int limit) {
    String prefix = TermKey.of(typed);
    Map<Integer, GlossaryEntry> result = new LinkedHashMap<>();
    if (prefix.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<Integer> hits = new ArrayList<>();
    collectPrefix(names.byKey, i -> names.key[i], prefix, hits);
    if (Hangul.isChoseongOnly(prefix)) {
      collectPrefix(names.byChoseong, i -> names.choseong[i], prefix, hits);
    } else if (Dubeolsik.looksMistyped(prefix)) {
      String hangul = TermKey.of(Dubeolsik.toHangul(typed.replaceAll("\\s+", "")));
      if (Hangul.containsHangul(hangul)) {
        collectPrefix(names.byKey, i -> names.key[i], hangul, hits);
      }
    }
    // Rank in one primitive sort: the typed name itself, then names before aliases, then shorter,
    // then the order found (alphabetical within each range).
    long[] ranked = new long[hits.size()];
    for (int h = 0; h < ranked.length; h++) {
      int i = hits.get(h);
      long notExact = names.key[i].equals(prefix) ? 0 : 1;
      long alias = names.primary[i] ? 0 : 1;
      long length = Math.min(names.key[i].length(), 0xFFFF);
      ranked[h] = notExact << 62 | alias << 61 | length << 40 | h;
    }
    java.util.Arrays.sort(ranked);
    for (long rank : ranked) {
      int i = hits.get((int) (rank & 0xFFFFFFFFFFL));
      result.putIfAbsent(names.entry[i], entryOf(i));
      if (result.size() == limit) {
        break;
      }
    }
    return List.copyOf(result.values());
  }

  private static void collectPrefix(
      Integer[] sorted,
      java.util.function.IntFunction<String> keyOf,
      String prefix,
      List<Integer> out) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (keyOf.apply(sorted[mid]).compareTo(prefix) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < sorted.length && keyOf.apply(sorted[i]).startsWith(prefix); i++) {
      out.add(sorted[i]);
    }
  }

  private GlossaryEntry entryOf(int keyIndex) {
    return entries.get(names.entry[keyIndex]);
  }
}
