package dev.jabu.core.glossary;

import dev.jabu.core.glossary.QuestionWords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what a question asks: the names in it (the longest run of words that is a name wins, so "CI
 * 도구" is one role and not CI plus a word) and the words that ask for a comparison, alternatives or
 * the tools of a role.
 */
final class QuestionReader {
  /** Longest run of words tried as one name: "Software Bill of Materials" has four. */
  private static final int LONGEST_NAME = 6;

  /** Words that ask for a comparison on their own. */
  private static final Set<String> COMPARE =
      Set.of(
          "vs",
          "vs.",
          "versus",
          "difference",
          "differences",
          "compare",
          "compared",
          "comparing",
          "comparison");

  private static final List<String> COMPARE_KO = List.of("차이", "비교");

  /** Words that ask for a comparison once two names are joined by them or stand beside them. */
  private static final Set<String> WEAK_COMPARE = Set.of("or", "and", "better", "대");

  private static final List<String> WEAK_COMPARE_KO = List.of("달라", "다른가", "다르", "나아", "낫", "중에");

  private static final Set<String> ALTERNATIVES =
      Set.of(
          "instead",
          "alternative",
          "alternatives",
          "like",
          "similar",
          "replace",
          "replacement",
          "replacing",
          "besides");

  private static final List<String> ALTERNATIVES_KO =
      List.of("대신", "말고", "대안", "대체", "같은", "비슷", "다른");

  /**
   * Words that ask for alternatives only in a short request ("tools like Grafana", "도커 같은 거"), not
   * inside a description ("the slash notation like /24 for writing …").
   */
  private static final Set<String> WEAK_ALTERNATIVES = Set.of("like", "similar");

  private static final List<String> WEAK_ALTERNATIVES_KO = List.of("같은", "비슷", "다른");

  private static final Set<String> ROLE =
      Set.of("tool", "tools", "recommend", "recommendation", "recommendations", "options");

  private static final List<String> ROLE_KO = List.of("도구", "툴", "추천", "솔루션");

  /** A name found in the question and the words it covers. */
  record Span(int from, int to, GlossaryMatch match) {}

  /** What the question asks and the names in it, in order. */
  record Reading(
      List<Word> words,
      List<Span> spans,
      boolean compare,
      boolean weakCompare,
      boolean alternatives,
      boolean role) {

    /** The words of a span as the member typed them. */
    String typed(Span span) {
      StringBuilder text = new StringBuilder();
      for (int i = span.from(); i < span.to(); i++) {
        text.append(words.get(i).raw()).append(' ');
      }
      return text.toString().strip();
    }

    /**
     * The words that carry content or belong to a name, without the question's frame, as typed: the
     * definitions' analyzers read "vulnerabilities" and "컨테이너를" better than a cut stem.
     */
    String contentText() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        int at = i;
        if (words.get(i).content() || spans.stream().anyMatch(s -> s.from() <= at && at < s.to())) {
          text.append(words.get(i).raw()).append(' ');
        }
      }
      return text.toString().strip();
    }

    /**
     * The question with each nickname it uses written as its entry's name in the same script ("쿠버"
     * as 쿠버네티스, "k8s" as Kubernetes), as the definitions write it: a description that mentions a
     * name in passing is matched against text that never uses the nickname.
     *
     * @param nickname whether an alias as typed is one the definitions never use ("public cloud" is
     *     their own words and stays)
     */
    String namesWritten(java.util.function.Predicate<String> nickname) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        int at = i;
        Optional<Span> alias =
            spans.stream()
                .filter(s -> s.from() == at && s.match().how() == GlossaryMatch.How.ALIAS)
                .filter(s -> nickname.test(typed(s)))
                .findFirst();
        if (alias.isPresent()) {
          GlossaryEntry entry = alias.get().match().entry();
          boolean hangul = typed(alias.get()).chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
          text.append(hangul && entry.ko() != null ? entry.ko() : entry.name()).append(' ');
          i = alias.get().to() - 1;
        } else {
          text.append(words.get(i).raw()).append(' ');
        }
      }
      return text.toString().strip();
    }

    /**
     * The question as typed without the words that ask for tools ("툴", "추천", "tools"): every role
     * is a kind of tool, so those words are evidence for none of them ("에러 트래킹 툴 추천" is no nearer
     * the load testing tool, whose alias has 툴 in it).
     */
    String requestText() {
      StringBuilder text = new StringBuilder();
      for (Word word : words) {
        if (!asksForTools(word.raw().toLowerCase(Locale.ROOT))) {
          text.append(word.raw()).append(' ');
        }
      }
      return text.toString().strip();
    }

    /** How many content words no name covers: a long description mentions names in passing. */
    int uncoveredContent() {
      int n = 0;
      for (int i = 0; i < words.size(); i++) {
        int at = i;
        if (words.get(i).content()
            && spans.stream().noneMatch(s -> s.from() <= at && at < s.to())) {
          n++;
        }
      }
      return n;
    }

    /** Whether two names are joined by a word or particle ("X랑 Y", "X or Y", "X vs Y"). */
    boolean joined() {
      if (spans.size() < 2) {
        return false;
      }
      Span first = spans.get(0);
      Span second = spans.get(1);
      if (words.get(first.to() - 1).joins()) {
        return true;
      }
      for (int i = first.to(); i < second.from(); i++) {
        if (words.get(i).joins()) {
          return true;
        }
      }
      return false;
    }
  }

  private final QuestionWords splitter;
  private final Function<String, Optional<GlossaryMatch>> exact;
  private final java.util.function.BiFunction<String, Boolean, Optional<GlossaryMatch>> forgiving;

  /**
   * @param forgiving reads a word of a sentence forgivingly (typos, 초성, keyboard), more strictly
   *     than a name typed alone, since a sentence is full of ordinary words; told whether the
   *     question has other words beside it
   */
  QuestionReader(
      QuestionWords splitter,
      Function<String, Optional<GlossaryMatch>> exact,
      java.util.function.BiFunction<String, Boolean, Optional<GlossaryMatch>> forgiving) {
    this.splitter = splitter;
    this.exact = exact;
    this.forgiving = forgiving;
  }

  Reading read(String query) {
    List<Word> words = splitter.of(query);
    List<Span> spans = new ArrayList<>();
    boolean[] covered = new boolean[words.size()];
    // Exact names first, longest runs first, left to right.
    for (int i = 0; i < words.size(); ) {
      Optional<Span> span = exactSpan(words, i);
      if (span.isPresent()) {
        spans.add(span.get());
        for (int j = span.get().from(); j < span.get().to(); j++) {
          covered[j] = true;
        }
        i = span.get().to();
      } else {
        i++;
      }
    }
    // Then forgiving readings (typos, 초성, the wrong keyboard) of content words no name covers:
    // two words together ("githb actions"), then one.
    for (int length = 2; length >= 1; length--) {
      for (int i = 0; i + length <= words.size(); i++) {
        if (!uncoveredContent(words, covered, i, length)) {
          continue;
        }
        // The word as typed first: "kubenetes" is one edit from Kubernetes, its "singular" two.
        Word last = words.get(i + length - 1);
        boolean amongOthers = words.size() > length;
        Optional<GlossaryMatch> match =
            forgiving.apply(join(words, i, i + length, last.raw()), amongOthers);
        if (match.isEmpty() && !last.stem().equals(last.raw())) {
          match = forgiving.apply(join(words, i, i + length, last.stem()), amongOthers);
        }
        if (match.isPresent()) {
          spans.add(new Span(i, i + length, match.get()));
          for (int j = i; j < i + length; j++) {
            covered[j] = true;
          }
        }
      }
    }
    spans.sort(java.util.Comparator.comparingInt(Span::from));
    boolean compare = false;
    boolean weak = false;
    boolean alternatives = false;
    boolean strongAlternatives = false;
    boolean role = false;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String lower = w.raw().toLowerCase(Locale.ROOT);
      boolean insideName = covered[i];
      compare |= COMPARE.contains(lower) || startsWithAny(lower, COMPARE_KO);
      weak |= WEAK_COMPARE.contains(lower) || startsWithAny(lower, WEAK_COMPARE_KO);
      boolean alternative = ALTERNATIVES.contains(lower) || startsWithAny(lower, ALTERNATIVES_KO);
      alternatives |= alternative;
      strongAlternatives |=
          alternative
              && !WEAK_ALTERNATIVES.contains(lower)
              && !startsWithAny(lower, WEAK_ALTERNATIVES_KO);
      alternatives |=
          lower.equals("other")
              && i + 1 < words.size()
              && words.get(i + 1).raw().equalsIgnoreCase("than");
      // Also inside a name: "부하 테스트 툴" names a role and asks for its tools.
      role |= asksForTools(lower);
      // "monitoring software", "software for load testing" ask for tools; "software components",
      // "an instance of the software with …" and "inside your software" describe something.
      role |=
          lower.equals("software")
              && (i + 1 == words.size() && i > 0 && words.get(i - 1).content()
                  || i + 1 < words.size() && words.get(i + 1).raw().equalsIgnoreCase("for"));
      // "뭐 있어", "뭐가 있나요", "뭐 써요", "뭘 쓰세요"
      role |=
          !insideName
              && (lower.startsWith("있") || lower.startsWith("써") || lower.startsWith("쓰"))
              && i > 0
              && (words.get(i - 1).raw().startsWith("뭐") || words.get(i - 1).raw().startsWith("뭘"));
    }
    if (compare || weak) {
      sharedHeads(words, spans, covered);
    }
    // A role named with a word asking what kinds there are ("서비스 메시 종류"), or in the plural
    // ("status page services"), asks for its tools.
    boolean kinds = words.stream().anyMatch(w -> KINDS.contains(w.lower()));
    role |= kinds && spans.stream().anyMatch(s -> s.match().entry().category() == Category.ROLE);
    boolean pluralRole =
        spans.stream()
            .anyMatch(s -> s.match().entry().category() == Category.ROLE && plural(words, s));
    Reading reading = new Reading(words, spans, compare, weak, alternatives, role || pluralRole);
    // "and", "or", "대", "like" ask for a comparison or alternatives beside names, not inside a
    // description that mentions names in passing ("collecting logs, metrics and traces, filtering
    // them and routing them …", "파드가 돌아가는 서버 한 대", "the slash notation like /24 for …"),
    // and a role in the plural asks for its tools only in a short request ("containers and
    // orchestrators" describes).
    if (reading.uncoveredContent() > WEAK_WORDS) {
      return new Reading(words, spans, compare, false, strongAlternatives, role);
    }
    return reading;
  }

  /** Words asking what kinds of a thing there are. */
  private static final Set<String> KINDS = Set.of("종류", "kinds", "kind", "types");

  /** Whether a name was typed in the English plural: its last word matched without its "s". */
  private boolean plural(List<Word> words, Span span) {
    Word last = words.get(span.to() - 1);
    return last.forms().size() > 1
        && last.raw().toLowerCase(Locale.ROOT).endsWith("s")
        && exact.apply(join(words, span.from(), span.to(), last.raw())).isEmpty();
  }

  /**
   * Names compared with the words they share said once ("liveness vs readiness probe", "블루그린이랑 카나리
   * 배포 차이"): a word before a longer name, with that name's words after its first, is a name too.
   */
  private void sharedHeads(List<Word> words, List<Span> spans, boolean[] covered) {
    for (int i = 0; i < words.size(); i++) {
      if (covered[i] || !words.get(i).content()) {
        continue;
      }
      for (Span named : List.copyOf(spans)) {
        if (named.from() <= i || named.to() - named.from() < 2) {
          continue;
        }
        String head = join(words, named.from() + 1, named.to(), words.get(named.to() - 1).raw());
        for (String form : words.get(i).forms()) {
          Optional<GlossaryMatch> match = exact.apply(form + " " + head);
          if (match.isPresent() && !match.get().entry().equals(named.match().entry())) {
            spans.add(new Span(i, i + 1, match.get()));
            covered[i] = true;
            break;
          }
        }
        if (covered[i]) {
          break;
        }
      }
    }
    spans.sort(java.util.Comparator.comparingInt(Span::from));
  }

  /** Content words beside the names beyond which a weak word is part of a description. */
  private static final int WEAK_WORDS = 2;

  private Optional<Span> exactSpan(List<Word> words, int from) {
    int longest = Math.min(LONGEST_NAME, words.size() - from);
    for (int length = longest; length >= 1; length--) {
      Word last = words.get(from + length - 1);
      for (String form : last.forms()) {
        Optional<GlossaryMatch> match = exact.apply(join(words, from, from + length, form));
        if (match.isPresent()) {
          return Optional.of(new Span(from, from + length, match.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean uncoveredContent(List<Word> words, boolean[] covered, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if (covered[i] || !words.get(i).content()) {
        return false;
      }
    }
    return true;
  }

  /** The words from {@code from} to {@code to}, the last one in the given form. */
  private static String join(List<Word> words, int from, int to, String lastForm) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to - 1; i++) {
      text.append(words.get(i).raw()).append(' ');
    }
    return text.append(lastForm).toString();
  }

  private static boolean asksForTools(String lower) {
    return ROLE.contains(lower) || startsWithAny(lower, ROLE_KO);
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
