package dev.jabu.core.glossary;

import dev.jabu.core.glossary.SearchResult.Intent;
import dev.jabu.core.text.Dubeolsik;
import dev.jabu.core.text.EditDistancePattern;
import dev.jabu.core.text.Hangul;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds entries the way people ask for them: exact names and aliases (ignoring case, spaces,
 * hyphens and width), question forms, 초성, Korean typed on an English keyboard, and typos counted
 * over jamo (one edit for short names, two for long ones). Immutable and safe to share.
 */
public final class GlossaryIndex {
  /** Names of at most this many keystrokes allow one typo; longer ones allow two. */
  static final int SHORT_NAME = 5;

  /** Words of a sentence shorter than this many keystrokes are never read as a typo. */
  static final int SENTENCE_TYPO = 6;

  private static final int MAX_SUGGESTIONS = 5;

  /**
   * A one-word name found in at least this many entries' texts is also an everyday word ("서비스" in
   * 80 definitions): beside other content it describes rather than names.
   */
  static final int EVERYDAY_NAME = 25;

  private static final double SUGGESTION_SIMILARITY = 0.35;

  private final Glossary glossary;
  private final List<GlossaryEntry> entries;
  private final NameKeys names;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, List<Integer>> byChoseong = new HashMap<>();
  private final ThreadLocal<Scratch> scratch;
  // Built on first use: Nori's dictionaries and the Lucene index cost a start-up nothing that
  // answers names, /about or anything else.
  private final Lazy<QuestionReader> reader;
  private final Lazy<DefinitionIndex> definitions;
  private final DescriptionConfidence confidence = new DescriptionConfidence();

  /** Per-thread counters for bigram matching, so a lookup allocates almost nothing. */
  private static final class Scratch {
    // Two words' counts: the question's own, which its suggestions may reuse, and any other
    // word's (its keyboard reading in Hangul, a word of it).
    private final BigramCounts asked;
    private final BigramCounts other;
    private String question = "";

    // The last corrections worked out on this thread, as {name index, distance} (index -1: none).
    // One search asks for the same key's correction several times (as a keyboard slip, as a name
    // alone, as a name in a sentence); the index never changes, so an answer stays true.
    final Map<String, int[]> corrections =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > 16;
          }
        };

    Scratch(NameKeys names) {
      asked = new BigramCounts(names);
      other = new BigramCounts(names);
    }

    /** Whether {@code key} is the question itself, whose suggestions may follow. */
    boolean asks(String key) {
      return key.equals(question);
    }

    /** The counts to use for {@code key}. */
    BigramCounts countsFor(String key) {
      return asks(key) ? asked : other;
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
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names));
    this.reader =
        new Lazy<>(
            () ->
                new QuestionReader(
                    new QuestionWords(
                        entries,
                        text -> exactName(text).isPresent(),
                        text -> typoMatch(TermKey.of(text), GlossaryMatch.How.TYPO).isPresent()),
                    this::exactName,
                    this::forgivingInSentence));
    this.definitions = new Lazy<>(() -> new DefinitionIndex(entries));
  }

  public Glossary glossary() {
    return glossary;
  }

  /**
   * Builds now what is otherwise built on the first question (the sentence reader and the index of
   * definitions, a second or two), so that first question on a platform is answered within its
   * acknowledgement window.
   */
  public void warmUp() {
    reader.get();
    definitions.get();
  }

  /**
   * The answer to a question: a name as typed; a question about one name ("테라폼은 뭐하는 도구야", "what
   * does Consul do"); a comparison, alternatives or the tools of a role; a description matched
   * against the definitions; otherwise ranked guesses, or nothing when nothing is close.
   */
  public SearchResult search(String query) {
    SearchResult whole = search(query, true);
    if (whole.found()) {
      return whole;
    }
    // "온콜 서는 게 뭐예요? 신입이라 잘 몰라서요": a second sentence tells about the member, not the
    // term, and its words blur the question. A sentence that on its own names what is asked, by
    // a name or alias as typed, answers it; one only described or read as a typo ("thanks!" for
    // Thanos) is no surer than the whole.
    String[] sentences = SENTENCE_END.split(query.strip());
    if (sentences.length > 1) {
      for (String sentence : sentences) {
        SearchResult alone = search(sentence, true);
        if (alone.found() && exactly(alone.best().get())) {
          return alone;
        }
      }
    }
    return whole;
  }

  /** Where one sentence of a chat line ends and the next begins ("뭔가요? 개발자랑 …"). */
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[?!？！。])\\s+|\\R");

  /**
   * @param describe whether to rank definitions when no name answers; a keyboard re-reading does
   *     not, since a description found for letters typed in the wrong layout is no answer
   */
  private SearchResult search(String query, boolean describe) {
    String text = query.strip();
    // Most queries are a name as typed: answer those before reading a question.
    String key = TermKey.of(text);
    Optional<GlossaryMatch> direct = exactMatch(key);
    if (direct.isPresent()) {
      return SearchResult.of(Intent.DEFINE, text, List.of(direct.get()));
    }
    if (describe) {
      scratch.get().question = key;
    }
    QuestionReader.Reading reading = reader.get().read(text);
    if (reading.words().isEmpty()) {
      return SearchResult.notFound("", List.of());
    }
    boolean exactNames = reading.spans().stream().anyMatch(span -> exactly(span.match()));
    if (!exactNames) {
      Optional<SearchResult> keyboard = rereadAsKorean(text);
      if (keyboard.isPresent()) {
        return keyboard.get();
      }
    }
    // A name typed alone, forgivingly, as a whole: "서비스 매쉬" is a typo of one name, not the
    // name 서비스 and a stray word.
    boolean asks =
        reading.compare() || reading.alternatives() || reading.role() || reading.weakCompare();
    if (reading.words().size() <= 3 && !asks && reading.uncoveredContent() > 0) {
      Optional<GlossaryMatch> name = forgiving(text);
      if (name.isPresent()) {
        return SearchResult.of(Intent.DEFINE, text, List.of(name.get()));
      }
    }
    if (!describe
        && reading.spans().isEmpty()
        && !reading.role()
        && nameAlone(text, reading).isEmpty()) {
      // A keyboard re-reading keeps only an answer by name. With no name in it and no tools asked
      // for, the answer below can only be a ranking of definitions or nothing, and no name follows:
      // ranking the definitions ("얀ㅜ믻 ㅁㅔㅔ갸ㅊㅁ샤ㅐㅜ") would change nothing.
      return SearchResult.notFound(text, List.of());
    }
    Optional<SearchResult> asked = answer(text, reading);
    if (asked.isPresent()) {
      return asked.get();
    }
    Optional<GlossaryMatch> name = nameAlone(text, reading);
    if (name.isPresent()) {
      return SearchResult.of(Intent.DEFINE, text, List.of(name.get()));
    }
    if (reading.role() && !reading.alternatives() || !describe) {
      // "커피 추천해줘": a request for tools of no role this glossary knows.
      return SearchResult.notFound(text, List.of());
    }
    return describe(text, reading);
  }

  /** A short question read as one name typed forgivingly: "kubernets", "ㅋㅂㄴㅌㅅ", "Dev Sec Opz". */
  private Optional<GlossaryMatch> nameAlone(String text, QuestionReader.Reading reading) {
    if (reading.words().size() > 3) {
      return Optional.empty();
    }
    Optional<GlossaryMatch> name = forgiving(text);
    if (name.isEmpty() && reading.words().size() > 1) {
      name = forgivingInSentence(reading.words().get(0).stem(), true);
    }
    return name;
  }

  /** A whole question typed with the keyboard in English: "znqjspxltmrk anjdi". */
  private Optional<SearchResult> rereadAsKorean(String text) {
    if (!Dubeolsik.looksMistyped(text)) {
      return Optional.empty();
    }
    String hangul = Dubeolsik.toHangul(text);
    if (!Hangul.containsHangul(hangul) || hangul.equals(text)) {
      return Optional.empty();
    }
    SearchResult reread = search(hangul, false);
    if (!reread.found() || reread.best().get().how() == GlossaryMatch.How.DESCRIPTION) {
      return Optional.empty();
    }
    return Optional.of(
        new SearchResult(
            reread.intent(),
            text,
            reread.matches().stream()
                .map(
                    m ->
                        exactly(m)
                            ? new GlossaryMatch(
                                m.entry(), GlossaryMatch.How.KEYBOARD, m.matchedName(), 0)
                            : m)
                .toList(),
            List.of()));
  }

  /** Answers from the names found in the question, if any were. */
  private Optional<SearchResult> answer(String text, QuestionReader.Reading reading) {
    List<GlossaryMatch> subjects = new ArrayList<>();
    String typed = text;
    for (QuestionReader.Span span : reading.spans()) {
      if (subjects.stream().noneMatch(m -> m.entry().id().equals(span.match().entry().id()))) {
        if (subjects.isEmpty()) {
          typed = reading.typed(span);
        }
        subjects.add(span.match());
      }
    }
    // Asking for a comparison takes two names, for alternatives a tool: "다른 서비스로 번지는" asks
    // neither.
    long distinct = subjects.stream().map(m -> m.entry().id()).distinct().count();
    boolean asksSomething =
        reading.role()
            || (reading.compare() || reading.weakCompare()) && distinct >= 2
            || reading.alternatives()
                && subjects.stream().anyMatch(m -> m.entry().category() == Category.TOOL);
    // A name that is also an everyday word of many definitions ("서비스", "트래픽", "logging") is
    // read as a word of a description, not as its subject, when other content surrounds it.
    List<GlossaryMatch> everyday = new ArrayList<>();
    int describing = reading.uncoveredContent();
    if (describing >= 1 && !asksSomething) {
      for (QuestionReader.Span span : reading.spans()) {
        if (definitions.get().entriesUsing(span.match().matchedName()) >= EVERYDAY_NAME) {
          everyday.add(span.match());
          describing += span.to() - span.from();
        }
      }
    }
    if (describing >= 2) {
      // A description that mentions a name in passing ("운영 트래픽을 복사해서 …"): a typo reading
      // of an ordinary word never answers it, and a clear match of the description wins.
      subjects.removeIf(m -> m.how() == GlossaryMatch.How.TYPO);
      if (!asksSomething) {
        List<DefinitionIndex.Hit> hits =
            definitions
                .get()
                .search(
                    reading.namesWritten(
                        alias ->
                            !alias.contains(" ") && definitions.get().entriesUsing(alias) == 0),
                    null,
                    DescriptionConfidence.OFFERED);
        Optional<DefinitionIndex.Hit> winner = confidence.confident(hits, this::related);
        if (winner.isPresent()) {
          return Optional.of(described(text, winner.get()));
        }
        // Names beside several other words ("kubernetes operator pattern") may be part of a
        // longer term the glossary lacks: offer them after the closest definitions, which were
        // ranked on the names' words and all the others ("인증서 … 갱신해주는 쿠버 애드온" is
        // cert-manager sooner than Kubernetes).
        java.util.LinkedHashSet<GlossaryEntry> guesses = new java.util.LinkedHashSet<>();
        confidence.offered(hits).forEach(h -> guesses.add(entries.get(h.entry())));
        subjects.stream().filter(m -> !everyday.contains(m)).forEach(m -> guesses.add(m.entry()));
        everyday.forEach(m -> guesses.add(m.entry()));
        if (!guesses.isEmpty()) {
          return Optional.of(
              SearchResult.notFound(text, guesses.stream().limit(MAX_SUGGESTIONS).toList()));
        }
      }
    }
    String term = typed;
    if (subjects.size() >= 2 && reading.compare()) {
      return Optional.of(compare(text, subjects));
    }
    Optional<GlossaryMatch> tool =
        subjects.stream().filter(m -> m.entry().category() == Category.TOOL).findFirst();
    if (reading.alternatives() && tool.isPresent()) {
      return Optional.of(SearchResult.of(Intent.ALTERNATIVES, term, List.of(tool.get())));
    }
    if (subjects.size() >= 2 && (reading.weakCompare() || reading.joined())) {
      return Optional.of(compare(text, subjects));
    }
    Optional<GlossaryMatch> role =
        subjects.stream().filter(m -> m.entry().category() == Category.ROLE).findFirst();
    if (reading.role() && role.isEmpty()) {
      role = roleNamedAround(reading);
    }
    if (reading.role() && role.isEmpty() && tool.isEmpty()) {
      String described = reading.contentText();
      role =
          subjects.isEmpty()
              ? roleDescribed(described)
              : roleOf(subjects.get(0), described, reading.uncoveredContent() > 0);
      if (role.isEmpty() && subjects.isEmpty()) {
        role = roleDescribed(reading.requestText());
      }
    }
    if (reading.role() && role.isEmpty() && tool.isPresent() && reading.uncoveredContent() > 0) {
      // "tools for managing kubernetes manifests": a tool's name inside a request for a role.
      role = roleDescribed(text);
    }
    if (role.isPresent() && reading.role()) {
      return Optional.of(SearchResult.of(Intent.TOOLS_FOR_ROLE, term, List.of(role.get())));
    }
    if (!subjects.isEmpty()) {
      Optional<QuestionReader.Span> head = head(reading, subjects);
      if (head.isPresent()) {
        return Optional.of(
            SearchResult.of(Intent.DEFINE, reading.typed(head.get()), List.of(head.get().match())));
      }
      return Optional.of(SearchResult.of(Intent.DEFINE, term, List.of(subjects.get(0))));
    }
    return Optional.empty();
  }

  private static boolean exactly(GlossaryMatch match) {
    return match.how() == GlossaryMatch.How.NAME || match.how() == GlossaryMatch.How.ALIAS;
  }

  /**
   * The name a run of names typed side by side is about: the last, as in any compound ("k8s 파드",
   * "쿠버네티스에서 데몬셋", "Prometheus Alertmanager"), when nothing but the question's frame follows: the
   * names before it say where it belongs.
   */
  private static Optional<QuestionReader.Span> head(
      QuestionReader.Reading reading, List<GlossaryMatch> subjects) {
    List<QuestionReader.Span> spans = reading.spans();
    // A run that starts with a typo reading may be one longer name typed wrong ("Traivs CI",
    // "Synthtic monitoring"): its last word is no surer a subject than the whole.
    if (spans.size() < 2
        || !subjects.contains(spans.get(0).match())
        || !exactly(spans.get(0).match())) {
      return Optional.empty();
    }
    QuestionReader.Span head = spans.get(0);
    // A typo reading is a guess: it never takes the question over from a name typed exactly.
    for (int i = 1;
        i < spans.size() && spans.get(i).from() == head.to() && exactly(spans.get(i).match());
        i++) {
      head = spans.get(i);
    }
    // Only when the run ends the phrase: in "terraform aws provider" or "프로메테우스 그라파나 연동"
    // the phrase is about a word after the names, and the first name stays the subject.
    boolean endsPhrase =
        head.to() == reading.words().size() || !reading.words().get(head.to()).content();
    return head == spans.get(0) || !subjects.contains(head.match()) || !endsPhrase
        ? Optional.empty()
        : Optional.of(head);
  }

  /**
   * The role whose tools a member asks for by naming the practice or concept ("which tools do
   * secrets management", "GitOps 툴"): the role named after it ("GitOps tool"), else the one role
   * the tools related to it play, else the role its words describe; the words first when the
   * request has more of them than the name.
   */
  private Optional<GlossaryMatch> roleOf(GlossaryMatch subject, String text, boolean moreWords) {
    // "what tools do log collection": words beside the name describe the role better than a role
    // named after one of the name's other forms ("logging tool").
    if (moreWords) {
      Optional<GlossaryMatch> described = roleDescribed(text);
      if (described.isPresent()) {
        return described;
      }
    }
    for (String suffix : List.of(" tool", " 도구", " tools", " 툴")) {
      for (String name : subject.entry().names()) {
        Optional<GlossaryMatch> named = exactMatch(TermKey.of(name + suffix));
        if (named.isPresent() && named.get().entry().category() == Category.ROLE) {
          return named;
        }
      }
    }
    Optional<GlossaryMatch> described = roleDescribed(text);
    if (described.isPresent()) {
      return described;
    }
    // "컨테이너 이미지 저장소 추천": a role linked to the subject that the words describe as well as any
    // other role (none is clearly ahead of it). The subject picks among roles the words alone
    // cannot tell apart (container registry and artifact repository both store what builds make).
    Set<String> linked = linkedRoles(subject.entry());
    List<DefinitionIndex.Hit> roles =
        definitions.get().search(text, Category.ROLE, DescriptionConfidence.OFFERED);
    for (DefinitionIndex.Hit hit : roles) {
      GlossaryEntry role = entries.get(hit.entry());
      boolean close = roles.get(0).score() < DescriptionConfidence.LEAD * hit.score();
      if (hit.matched() >= 2 && close && linked.contains(role.id())) {
        return Optional.of(new GlossaryMatch(role, GlossaryMatch.How.DESCRIPTION, "", 0));
      }
    }
    Map<String, Integer> played = new HashMap<>();
    for (String id : subject.entry().related()) {
      glossary.get(id).ifPresent(e -> e.isA().forEach(r -> played.merge(r, 1, Integer::sum)));
    }
    Optional<GlossaryEntry> mostPlayed =
        played.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .max(Map.Entry.comparingByValue())
            .flatMap(e -> glossary.get(e.getKey()));
    if (mostPlayed.isPresent()) {
      return mostPlayed.map(r -> new GlossaryMatch(r, subject.how(), subject.matchedName(), 0));
    }
    return Optional.empty();
  }

  /**
   * The role named by the nouns before the word that asks for tools, without the verb between them:
   * "대시보드 만드는 도구" asks for the 대시보드 도구, "쿠버네티스 백업하는 툴" for the 백업 도구. The longest run of nouns
   * that, with a role word, is a role's name wins.
   */
  private Optional<GlossaryMatch> roleNamedAround(QuestionReader.Reading reading) {
    List<QuestionWords.Word> words = reading.words();
    for (int r = 1; r < words.size(); r++) {
      if (!ROLE_WORDS.contains(words.get(r).lower())) {
        continue;
      }
      List<String> nouns = new ArrayList<>();
      for (int i = 0; i < r; i++) {
        if (words.get(i).content()) {
          nouns.add(words.get(i).stem());
        }
      }
      for (int from = 0; from < nouns.size(); from++) {
        String run = String.join(" ", nouns.subList(from, nouns.size()));
        for (String word : ROLE_WORDS) {
          Optional<GlossaryMatch> named = exactName(run + " " + word);
          if (named.isPresent() && named.get().entry().category() == Category.ROLE) {
            return named;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Words after which a request names the kind of tool it wants. */
  private static final List<String> ROLE_WORDS = List.of("도구", "툴", "tool", "tools");

  /** The roles an entry points at or that point at it. */
  private Set<String> linkedRoles(GlossaryEntry subject) {
    Set<String> linked = new java.util.HashSet<>();
    for (String id : subject.related()) {
      glossary.get(id).filter(e -> e.category() == Category.ROLE).ifPresent(e -> linked.add(id));
    }
    for (GlossaryEntry e : entries) {
      if (e.category() == Category.ROLE && e.related().contains(subject.id())) {
        linked.add(e.id());
      }
    }
    return linked;
  }

  /** Whether either entry lists the other as related. */
  private boolean related(int a, int b) {
    GlossaryEntry first = entries.get(a);
    GlossaryEntry second = entries.get(b);
    return first.related().contains(second.id()) || second.related().contains(first.id());
  }

  private SearchResult described(String text, DefinitionIndex.Hit hit) {
    GlossaryEntry entry = entries.get(hit.entry());
    return SearchResult.of(
        Intent.DEFINE,
        text,
        List.of(new GlossaryMatch(entry, GlossaryMatch.How.DESCRIPTION, entry.name(), 0)));
  }

  private static SearchResult compare(String text, List<GlossaryMatch> subjects) {
    return SearchResult.of(Intent.COMPARE, text, subjects.subList(0, 2));
  }

  /** The role a request describes in words rather than by name: "which tools build images". */
  private Optional<GlossaryMatch> roleDescribed(String text) {
    List<DefinitionIndex.Hit> hits = definitions.get().search(text, Category.ROLE, 2);
    return confidence
        .confidentRole(hits)
        .map(h -> new GlossaryMatch(entries.get(h.entry()), GlossaryMatch.How.DESCRIPTION, "", 0));
  }

  /** No name in the question: rank the definitions, answer a clear winner, offer a close few. */
  private SearchResult describe(String text, QuestionReader.Reading reading) {
    List<DefinitionIndex.Hit> hits =
        definitions.get().search(text, null, DescriptionConfidence.OFFERED);
    Optional<DefinitionIndex.Hit> winner = confidence.confident(hits, this::related);
    if (winner.isPresent()) {
      return described(text, winner.get());
    }
    List<GlossaryEntry> offered =
        confidence.offered(hits).stream().map(h -> entries.get(h.entry())).toList();
    if (!offered.isEmpty()) {
      return SearchResult.notFound(text, offered);
    }
    return SearchResult.notFound(
        text, reading.words().size() <= 3 ? suggestions(TermKey.of(text)) : List.of());
  }

  /**
   * A word of a sentence read forgivingly, more strictly than a name typed alone: at least six
   * keystrokes, one edit (two from eight Latin letters or ten jamo), and a Latin word keeps its
   * first letter, so "service" never becomes "CI service". Among other words, a word the
   * definitions use in several entries is one of them, not a slip ({@code amongOthers}).
   */
  private Optional<GlossaryMatch> forgivingInSentence(String candidate, boolean amongOthers) {
    return forgiving(candidate)
        .filter(
            m -> {
              // Exact readings pass; a typo, also of a keyboard misreading ("tie" → 샫 → 샤드),
              // must be long enough to be one.
              if (m.distance() == 0) {
                return true;
              }
              String key = TermKey.of(candidate);
              int[] typed = Hangul.keystrokes(key);
              int[] name = Hangul.keystrokes(TermKey.of(m.matchedName()));
              boolean latin = key.charAt(0) < 0x80;
              int allowed = typed.length >= (latin ? 8 : 10) ? 2 : 1;
              return typed.length >= SENTENCE_TYPO
                  && m.distance() <= allowed
                  && name.length > 0
                  && (!latin || name[0] == typed[0])
                  && !(amongOthers
                      && definitions.get().ordinaryWordBeside(candidate, m.matchedName()));
            });
  }

  /** A name read forgivingly: 초성, Korean typed on an English keyboard, or a typo. */
  private Optional<GlossaryMatch> forgiving(String candidate) {
    String key = TermKey.of(candidate);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<GlossaryMatch> match = choseongMatch(key);
    boolean acronym = Acronyms.typedAsAcronym(candidate.strip());
    if (match.isEmpty() && !acronym && Dubeolsik.looksMistyped(key)) {
      // The raw text, not the key: shift picks ㅆ over ㅅ, and the key is lower case.
      match = keyboardMatch(key, candidate.replaceAll("\\s+", ""));
    }
    if (match.isEmpty() && !acronym) {
      match = typoMatch(key, GlossaryMatch.How.TYPO);
    }
    return match;
  }

  /** A name, Korean name or alias as typed (ignoring case, spaces, hyphens and width). */
  Optional<GlossaryMatch> exactName(String text) {
    return exactMatch(TermKey.of(text));
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
    // one consonant is any name that starts with it, or a stray key ("ㄹ" of a misread word)
    if (key.length() < 2 || !Hangul.isChoseongOnly(key)) {
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
    Scratch memo = scratch.get();
    int[] found = memo.corrections.get(key);
    if (found == null) {
      found = correct(key, memo);
      memo.corrections.put(key, found);
    }
    int best = found[0];
    if (best < 0) {
      return Optional.empty();
    }
    return Optional.of(new GlossaryMatch(entryOf(best), how, names.display[best], found[1]));
  }

  /**
   * The closest name within the allowed edits, as {name index, distance}, or index -1. Names one
   * edit away are looked for first, among the few that share nearly every bigram with the query;
   * only when none is that close are the looser candidates measured for two edits. The answer is
   * the same as measuring every candidate at once, at a fraction of the cost.
   */
  private int[] correct(String key, Scratch memo) {
    int[] query = Hangul.keystrokes(key);
    if (query.length < 3) {
      return new int[] {-1, 0};
    }
    int maxEdits = query.length <= SHORT_NAME ? 1 : 2;
    // A name within reach shares all but three of a word's bigrams per edit (see closestWithin),
    // so the word's most common bigrams need not bring in names sharing nothing else. The
    // question's own short word is the exception: its names are all counted, so that if none is
    // close its suggestions reuse every count (a keyboard re-reading has no suggestions).
    boolean suggestionsFollow = maxEdits == 1 && memo.asks(key);
    int needed = suggestionsFollow ? 1 : Math.max(1, query.length + 1 - 3 * maxEdits);
    BigramCounts counts = memo.countsFor(key);
    counts.count(key, query, query.length - maxEdits, query.length + maxEdits, needed);
    int[] found = {-1, Integer.MAX_VALUE};
    EditDistancePattern pattern = EditDistancePattern.of(query);
    for (int edits = 1; edits <= maxEdits && found[0] < 0; edits++) {
      closestWithin(query, pattern, key, edits, counts, found);
    }
    return found;
  }

  /** Measures the candidates that may lie within {@code edits} of the query; keeps the best. */
  private void closestWithin(
      int[] query,
      EditDistancePattern pattern,
      String key,
      int edits,
      BigramCounts counts,
      int[] found) {
    // Each edit can break at most three of a word's padded bigrams, the query's or the name's: a
    // name within reach shares at least the longer one's count less three per edit.
    int needed = Math.max(1, query.length + 1 - 3 * edits);
    // A short word is corrected only into a name of its own script: "tie" is an English word,
    // not a typo of 샤드 typed on an English keyboard (that reading is the keyboard search's job).
    boolean shortQuery = query.length <= SHORT_NAME;
    boolean hangulQuery = Hangul.containsHangul(key);
    long symbols = NameKeys.symbols(query);
    for (int t = 0; t < counts.size; t++) {
      int i = counts.touched[t];
      if (counts.count[i] < needed
          || counts.count[i] < names.strokeCount[i] + 1 - 3 * edits
          || Math.abs(names.strokeCount[i] - query.length) > edits
          || names.acronym[i] && query.length <= Acronyms.LONGEST
          || shortQuery && names.hangul[i] != hangulQuery
          || Long.bitCount(symbols & ~names.symbols[i]) > edits
          || Long.bitCount(names.symbols[i] & ~symbols) > edits) {
        continue;
      }
      int d = pattern.distanceUpTo(names.strokes[i], edits);
      if (d <= edits && (d < found[1] || d == found[1] && better(i, found[0]))) {
        found[0] = i;
        found[1] = d;
      }
    }
  }

  private boolean better(int candidate, int current) {
    if (names.primary[candidate] != names.primary[current]) {
      return names.primary[candidate];
    }
    return names.key[candidate].compareTo(names.key[current]) < 0;
  }

  /** Up to five entries whose names share the most bigrams with the query (Dice similarity). */
  public List<GlossaryEntry> suggestions(String key) {
    int[] query = Hangul.keystrokes(key);
    if (query.length == 0) {
      return List.of();
    }
    int bigrams = query.length + 1;
    // The best few entries kept as they come, each with its best name: a short word shares a bigram
    // with thousands of names in a large glossary, and boxing and sorting them all cost more than
    // the counting.
    int[] best = new int[MAX_SUGGESTIONS];
    double[] score = new double[MAX_SUGGESTIONS];
    int size = 0;
    BigramCounts counts = scratch.get().countsFor(key);
    // Names within an edit of the query's length first (its correction has usually counted them).
    // They fill the list; then one length at a time, the next most similar a name could be, while
    // a name that long could still enter the list: the shares of the query's bigrams it could hold
    // at most (see mostShared) leave most lengths out of reach, and at the lengths in reach the
    // list's fifth tells how many bigrams a name must share to be counted at all.
    int shortest = query.length - 1;
    int longest = query.length + 1;
    counts.count(
        key, query, shortest, longest, leastShared(bigrams, shortest, SUGGESTION_SIMILARITY));
    size = keepSimilar(counts, 0, bigrams, best, score, size);
    int repeats = mostRepeatedBigram(query);
    while (true) {
      double floor = size < best.length ? SUGGESTION_SIMILARITY : score[size - 1];
      double shorter = shortest > 0 ? mostShared(bigrams, shortest - 1, repeats) : -1;
      double longer = mostShared(bigrams, longest + 1, repeats);
      if (Math.max(shorter, longer) < floor) {
        break; // and further out a name can only share less
      }
      int length = shorter >= longer ? --shortest : ++longest;
      int from = counts.count(key, query, length, length, leastShared(bigrams, length, floor));
      size = keepSimilar(counts, from, bigrams, best, score, size);
    }
    List<GlossaryEntry> found = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      found.add(entries.get(best[k]));
    }
    return found;
  }

  /** Offers the counted names from {@code from} on to the best-first list; returns its size. */
  private int keepSimilar(
      BigramCounts counts, int from, int bigrams, int[] best, double[] score, int size) {
    // Most names counted share a bigram or two, too few to reach the list even at the shortest
    // length: they are passed over without reading their length or dividing.
    int least =
        leastShared(bigrams, 1, size < best.length ? SUGGESTION_SIMILARITY : score[size - 1]);
    for (int t = from; t < counts.size; t++) {
      int i = counts.touched[t];
      if (counts.count[i] < least) {
        continue;
      }
      double dice = 2.0 * counts.count[i] / (bigrams + names.strokeCount[i] + 1);
      // Below the fifth of a full list a name can neither enter it nor raise its entry there.
      if (dice >= SUGGESTION_SIMILARITY && (size < best.length || dice >= score[size - 1])) {
        size = keepBest(best, score, size, names.entry[i], dice);
        if (size == best.length) {
          least = leastShared(bigrams, 1, score[size - 1]);
        }
      }
    }
    return size;
  }

  /**
   * The fewest shared bigrams with which a name of {@code length} keystrokes (or more) reaches
   * {@code similarity}.
   */
  private static int leastShared(int bigrams, int length, double similarity) {
    int shared = 0;
    while (2.0 * shared / (bigrams + Math.max(0, length) + 1) < similarity) {
      shared++;
    }
    return shared;
  }

  /**
   * The highest similarity a name of {@code length} strokes can have: it holds at most length + 1
   * distinct bigrams, each counted as often as the query repeats it, and at most all the query's.
   */
  private static double mostShared(int bigrams, int length, int repeats) {
    return 2.0 * Math.min(bigrams, (long) (length + 1) * repeats) / (bigrams + length + 1);
  }

  private static int mostRepeatedBigram(int[] query) {
    long[] sorted = NameKeys.bigrams(query);
    java.util.Arrays.sort(sorted);
    int most = 1;
    int run = 1;
    for (int i = 1; i < sorted.length; i++) {
      run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
      most = Math.max(most, run);
    }
    return most;
  }

  /**
   * Puts an entry with its similarity into the best-first list {@code best} (ties by entry id), or
   * raises its similarity if it is there; returns the list's new size.
   */
  private int keepBest(int[] best, double[] score, int size, int entry, double dice) {
    for (int k = 0; k < size; k++) {
      if (best[k] == entry) {
        if (dice <= score[k]) {
          return size;
        }
        System.arraycopy(best, k + 1, best, k, size - k - 1);
        System.arraycopy(score, k + 1, score, k, size - k - 1);
        size--;
        break;
      }
    }
    int at = size;
    while (at > 0 && ahead(entry, dice, best[at - 1], score[at - 1])) {
      at--;
    }
    if (at >= best.length) {
      return size;
    }
    int moved = Math.min(size, best.length - 1) - at;
    System.arraycopy(best, at, best, at + 1, moved);
    System.arraycopy(score, at, score, at + 1, moved);
    best[at] = entry;
    score[at] = dice;
    return Math.min(size + 1, best.length);
  }

  private boolean ahead(int entry, double dice, int other, double otherDice) {
    return dice > otherDice
        || dice == otherDice && entries.get(entry).id().compareTo(entries.get(other).id()) < 0;
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

  /** A value made once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> make;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> make) {
      this.make = make;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            value = v = make.get();
          }
        }
      }
      return v;
    }
  }

  private GlossaryEntry entryOf(int keyIndex) {
    return entries.get(names.entry[keyIndex]);
  }
}
