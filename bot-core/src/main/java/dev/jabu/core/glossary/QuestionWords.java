package dev.jabu.core.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A question cut into the words a member typed. Each word keeps the forms it may be read as, from
 * the whole word to its stem: Nori's morphological analysis marks the particles, endings and
 * copulas at its end ("테라폼이랑" → 테라폼, "토일이라는" → 토일이, 토일), so no list of endings is needed. The whole
 * word stays first because Nori misreads some transliterated names (블루 as 블 + particle 루).
 */
final class QuestionWords {
  /** Marks of a word that carry no meaning of their own when they end it. */
  private static final Set<POS.Tag> TRAILING =
      Set.of(
          POS.Tag.E,
          POS.Tag.J,
          POS.Tag.VCP,
          POS.Tag.VCN,
          POS.Tag.XSV,
          POS.Tag.XSA,
          POS.Tag.VX,
          POS.Tag.SF,
          POS.Tag.SE,
          POS.Tag.SC,
          POS.Tag.SSO,
          POS.Tag.SSC,
          POS.Tag.SP);

  /** Parts of speech that carry content: nouns, foreign words, numbers, roots, unknown words. */
  private static final Set<POS.Tag> CONTENT =
      Set.of(
          POS.Tag.NNG,
          POS.Tag.NNP,
          POS.Tag.NR,
          POS.Tag.SL,
          POS.Tag.SH,
          POS.Tag.SN,
          POS.Tag.XR,
          POS.Tag.UNKNOWN);

  /** Particles that join two things being compared: 도커랑 포드맨, 도커와 포드맨. */
  private static final Set<String> JOINING = Set.of("랑", "이랑", "와", "과", "하고", "하구", "vs");

  /**
   * Words that frame a question rather than name its subject: English function words and question
   * frames (what is, how does … work, explain), and the Korean nouns that say what kind of answer
   * is wanted (설명, 뜻, 차이, 추천).
   */
  private static final Set<String> FRAME =
      java.util.stream.Stream.of(
              "a",
              "an",
              "the",
              "is",
              "are",
              "was",
              "be",
              "what",
              "whats",
              "what's",
              "how",
              "why",
              "when",
              "which",
              "who",
              "does",
              "do",
              "did",
              "can",
              "could",
              "should",
              "would",
              "you",
              "me",
              "i",
              "we",
              "it",
              "its",
              "of",
              "to",
              "in",
              "on",
              "for",
              "and",
              "or",
              "with",
              "about",
              "tell",
              "explain",
              "define",
              "definition",
              "meaning",
              "mean",
              "means",
              "stand",
              "stands",
              "describe",
              "work",
              "works",
              "used",
              "use",
              "using",
              "point",
              "please",
              "there",
              "this",
              "that",
              "these",
              "those",
              "my",
              "our",
              "your",
              "exactly",
              "really",
              "some",
              "any",
              "good",
              "best",
              "thing",
              "something",
              "anything",
              "one",
              "vs",
              "versus",
              "like",
              "similar",
              "instead",
              "alternative",
              "alternatives",
              "difference",
              "differences",
              "between",
              "compare",
              "comparison",
              "better",
              "tool",
              "tools",
              "recommend",
              "recommendation",
              "recommendations",
              "options",
              "other",
              "else",
              "here",
              "need",
              "want",
              "replace",
              "replacement",
              "replacing",
              "besides",
              "software",
              "than",
              "top",
              "popular",
              "list",
              // chat: "eli5 gitops pls", "lol", "thoughts?"
              "pls",
              "plz",
              "eli5",
              "lol",
              "tbh",
              "imo",
              "btw",
              "hey",
              "guys",
              "anyone",
              "someone",
              "thoughts",
              "compared",
              "comparing",
              "설명",
              "뜻",
              "의미",
              "정의",
              "말",
              "차이",
              "차이점",
              "비교",
              "추천",
              "대안",
              "대신",
              "대체",
              "대체제",
              "역할",
              "이유",
              "방법",
              "법",
              "약자",
              "줄임말",
              "거",
              "것",
              "뭐",
              "무엇",
              "일",
              "요즘",
              "궁금",
              "도구",
              "툴",
              "중",
              "다른",
              "같은",
              "비슷한")
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Nori with the glossary's Korean names in its user dictionary, so it knows 쿠버네티스 and 린. */
  private final Analyzer morphemes;

  /** Whether a text is a name or alias as typed (ignoring case, spaces and hyphens). */
  private final java.util.function.Predicate<String> isName;

  /** Whether a text reads as one name typed with a slip ("클라드우플레어", "코DNS"). */
  private final java.util.function.Predicate<String> slipOfName;

  QuestionWords(List<GlossaryEntry> entries) {
    this(entries, text -> false, text -> false);
  }

  QuestionWords(
      List<GlossaryEntry> entries,
      java.util.function.Predicate<String> isName,
      java.util.function.Predicate<String> slipOfName) {
    this.isName = isName;
    this.slipOfName = slipOfName;
    UserDictionary names = userDictionary(entries);
    this.morphemes =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(
                new KoreanTokenizer(
                    KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                    names,
                    KoreanTokenizer.DecompoundMode.NONE,
                    false,
                    true));
          }
        };
  }

  /** Every Hangul word of two syllables or more in a name, and one-syllable names (린, 콩). */
  private static UserDictionary userDictionary(List<GlossaryEntry> entries) {
    Set<String> words = new java.util.TreeSet<>();
    for (GlossaryEntry entry : entries) {
      for (String name : entry.names()) {
        String[] parts = name.split("[^\\uAC00-\\uD7A3]+");
        for (String part : parts) {
          if (part.length() >= 2 || part.length() == 1 && name.strip().equals(part)) {
            words.add(part);
          }
        }
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    try {
      return UserDictionary.open(new java.io.StringReader(String.join("\n", words)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One word as typed.
   *
   * @param forms the word and its shorter readings without trailing particles or endings, longest
   *     first; never empty
   * @param content whether its stem is a noun, a foreign word or a number rather than a verb,
   *     adverb, pronoun or interjection
   * @param joins whether it ends in a particle that joins it to the next word (랑, 와, 하고)
   */
  record Word(String raw, List<String> forms, boolean content, boolean joins) {
    String stem() {
      return forms.get(forms.size() - 1);
    }

    String lower() {
      return stem().toLowerCase(Locale.ROOT);
    }
  }

  List<Word> of(String query) {
    List<Word> words = new ArrayList<>();
    for (String chunk : query.strip().split("[\\s,;!?？！。…~()\\[\\]{}\"“”]+")) {
      String raw = chunk.replaceAll("^[.:'‘’`]+|[.:'‘’`]+$", "");
      if (raw.isEmpty() || chatNoise(raw)) {
        continue;
      }
      if (!containsSyllable(raw)) {
        words.add(latin(raw));
        continue;
      }
      List<Morpheme> morphemes = morphemes(raw);
      int from = 0;
      for (int cut : missingSpaces(raw, morphemes)) {
        // Only after a name ("istio가|뭐야", "젠킨스|vs") or a joining word ("vs|깃헙액션"): Nori
        // reads a name it does not know, typed with a slip, as pieces with endings between them
        // ("클라드우플레어", "커로스트"), and those pieces are no words of the question.
        Word before = word(raw.substring(from, cut), shift(morphemes, from, cut));
        if (before.joins() || before.forms().stream().anyMatch(isName)) {
          words.add(before);
          from = cut;
        }
      }
      addCompound(words, raw.substring(from), shift(morphemes, from, raw.length()));
    }
    return words;
  }

  /**
   * Adds a word, or the words of a compound typed without spaces that begins with a name ("그라파나차이",
   * "서비스메시종류", "쿠버네티스클러스터"): cut after the longest name that ends where a noun ends and another
   * begins. A word that is a name as a whole, or begins with none, stays whole, so a typo of a long
   * name is still read as one word.
   */
  private void addCompound(List<Word> words, String raw, List<Morpheme> morphemes) {
    Word whole = word(raw, morphemes);
    if (whole.forms().stream().anyMatch(isName)) {
      words.add(whole);
      return;
    }
    for (int k = morphemes.size() - 1; k > 0; k--) {
      int cut = morphemes.get(k).start();
      if (NOUNS.contains(morphemes.get(k - 1).endTag())
          && NOUNS.contains(morphemes.get(k).tag())
          && isName.test(raw.substring(0, cut))) {
        if (slipOfName.test(raw)) {
          break; // the whole is one name typed with a slip: no cut anywhere
        }
        words.add(word(raw.substring(0, cut), shift(morphemes, 0, cut)));
        addCompound(words, raw.substring(cut), shift(morphemes, cut, raw.length()));
        return;
      }
    }
    words.add(whole);
  }

  /** Morphemes a compound noun is made of. */
  private static final Set<POS.Tag> NOUNS =
      Set.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.UNKNOWN);

  /**
   * One morpheme of a word: where it sits in the word and its part of speech, at its start and at
   * its end (Nori reads "란" as one token, the copula 이 with an ending).
   */
  private record Morpheme(int start, int end, POS.Tag tag, POS.Tag endTag) {}

  /**
   * Where words typed without a space between them begin ("istio가뭐야", "런북이란게", "젠킨스vs깃헙액션"): a
   * morpheme that carries meaning after a particle or an ending, which close a word, and a change
   * between Hangul and Latin letters that is not a particle on a Latin name ("SLA의").
   */
  private static List<Integer> missingSpaces(String raw, List<Morpheme> morphemes) {
    List<Integer> cuts = new ArrayList<>();
    for (int k = 1; k < morphemes.size(); k++) {
      Morpheme before = morphemes.get(k - 1);
      Morpheme at = morphemes.get(k);
      boolean closed = before.endTag() == POS.Tag.J || before.endTag() == POS.Tag.E;
      boolean scriptChange = LATIN.contains(before.tag()) != LATIN.contains(at.tag());
      // loose jamo is no word of its own: "ㄹ미챝" (Latin read on the Korean keyboard) would leave
      // "ㄹ", the 초성 of 린
      boolean jamo = jamoOnly(raw, before) || jamoOnly(raw, at);
      if (!TRAILING.contains(at.tag()) && (closed || scriptChange) && !jamo) {
        cuts.add(at.start());
      }
    }
    return cuts;
  }

  private static boolean jamoOnly(String raw, Morpheme m) {
    return raw.substring(m.start(), m.end()).chars().allMatch(c -> c >= 0x3131 && c <= 0x318E);
  }

  /** Morphemes written in Latin letters, digits or Hanja rather than Hangul. */
  private static final Set<POS.Tag> LATIN = Set.of(POS.Tag.SL, POS.Tag.SN, POS.Tag.SH);

  /** The morphemes between two offsets of a word, counted from the first. */
  private static List<Morpheme> shift(List<Morpheme> morphemes, int from, int to) {
    List<Morpheme> part = new ArrayList<>();
    for (Morpheme m : morphemes) {
      if (m.start() >= from && m.end() <= to) {
        part.add(new Morpheme(m.start() - from, m.end() - from, m.tag(), m.endTag()));
      }
    }
    return part;
  }

  private Word word(String raw, List<Morpheme> morphemes) {
    return containsSyllable(raw) ? korean(raw, morphemes) : latin(raw);
  }

  /**
   * Laughter, tears and emoji carry no question: "ㅋㅋ", "ㅠㅠ", "🤔". A run of one repeated jamo or of
   * vowels alone is never 초성 (which has no vowels and hardly repeats a consonant throughout).
   */
  static boolean chatNoise(String raw) {
    if (raw.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true;
    }
    boolean jamoOnly = raw.chars().allMatch(c -> c >= 0x3131 && c <= 0x318E);
    if (!jamoOnly || raw.length() < 2) {
      return false;
    }
    boolean vowelsOnly = raw.chars().allMatch(c -> c >= 0x314F);
    return vowelsOnly || raw.chars().distinct().count() == 1;
  }

  private static Word latin(String raw) {
    List<String> forms = new ArrayList<>();
    forms.add(raw);
    String lower = raw.toLowerCase(Locale.ROOT);
    // English plurals and possessives: "canary releases", "Kubernetes's"
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      forms.add(raw.substring(0, raw.length() - 2));
    } else if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      forms.add(raw.substring(0, raw.length() - 1));
    }
    boolean content =
        raw.codePoints().anyMatch(Character::isLetterOrDigit) && !FRAME.contains(lower);
    return new Word(raw, forms, content, JOINING.contains(lower) || lower.equals("or"));
  }

  private List<Morpheme> morphemes(String raw) {
    List<Morpheme> found = new ArrayList<>();
    try (TokenStream tokens = morphemes.tokenStream("q", raw)) {
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokens.addAttribute(PartOfSpeechAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        found.add(
            new Morpheme(
                offset.startOffset(), offset.endOffset(), pos.getLeftPOS(), pos.getRightPOS()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private Word korean(String raw, List<Morpheme> morphemes) {
    List<int[]> spans = new ArrayList<>();
    List<POS.Tag> tags = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    for (Morpheme m : morphemes) {
      spans.add(new int[] {m.start(), m.end()});
      tags.add(m.tag());
      surfaces.add(raw.substring(m.start(), m.end()));
    }
    List<String> forms = new ArrayList<>();
    forms.add(raw);
    int last = tags.size() - 1;
    boolean joins = false;
    // Drop trailing particles and endings one by one; each shorter reading is another form.
    while (last > 0 && TRAILING.contains(tags.get(last))) {
      if (last == tags.size() - 1 && tags.get(last) == POS.Tag.J) {
        joins = JOINING.contains(surfaces.get(last));
      }
      int start = spans.get(last)[0];
      // "엔보이란" may be 엔보이 + 란 as well as 엔보 + 이란.
      if (surfaces.get(last).length() > 1 && surfaces.get(last).startsWith("이")) {
        addForm(forms, raw.substring(0, start + 1));
      }
      addForm(forms, raw.substring(0, start));
      last--;
    }
    // A Latin name with a particle Nori kept on it: "SLA의", "HPA가".
    java.util.regex.Matcher latin = LATIN_THEN_HANGUL.matcher(raw);
    if (latin.matches()) {
      addForm(forms, latin.group(1));
    }
    boolean content = false;
    for (int i = 0; i <= last && i < tags.size(); i++) {
      content |= CONTENT.contains(tags.get(i));
    }
    String stem = forms.get(forms.size() - 1);
    return new Word(raw, forms, content && !FRAME.contains(stem) && !asks(raw), joins);
  }

  /**
   * Whether a word is the question's "what" in any chat spelling ("뭐임", "뭐의", "뭔데", "무슨"), which
   * Nori does not always read as a pronoun.
   */
  private static boolean asks(String raw) {
    return raw.startsWith("뭐")
        || raw.startsWith("뭔")
        || raw.startsWith("뭘")
        || raw.startsWith("무슨");
  }

  private static final java.util.regex.Pattern LATIN_THEN_HANGUL =
      java.util.regex.Pattern.compile("([A-Za-z0-9][A-Za-z0-9.+#/-]*)[\\uAC00-\\uD7A3]{1,2}");

  private static void addForm(List<String> forms, String form) {
    String f = form.strip();
    if (!f.isEmpty() && !forms.contains(f)) {
      forms.add(f);
    }
  }

  private static boolean containsSyllable(String text) {
    return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
  }
}
