package dev.jabu.core.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Entries ranked by how well their definitions, in both languages, match a description ("배포를 조금씩
 * 나눠서 내보내는 거"): BM25 over an in-memory Lucene index, Korean analysed by Nori (particles and endings
 * dropped, verbs reduced to their stems), English by Lucene's English analyzer.
 */
final class DefinitionIndex {
  private static final String KO = "ko";
  private static final String EN = "en";
  private static final String CATEGORY = "category";

  /** English question frames are no evidence for any entry. */
  private static final CharArraySet ENGLISH_STOP = englishStop();

  /** Nori's default stop tags, plus bound nouns (것, 거), pronouns (뭐) and copulas. */
  private static final Set<POS.Tag> KOREAN_STOP = koreanStop();

  /**
   * The light verbs 하다 ("do") and 되다 ("become") standing alone ("몇 번 하는지") say no more than the
   * English stop words do, does and be: nearly every definition has them.
   */
  private static final Set<String> LIGHT_VERBS = Set.of("하", "되");

  private static final List<String> BRIDGE_LINES = WordBridge.lines();

  /**
   * Adverbs are stop words, except those the bridge knows: "일부러", "미리" and "골고루" say as much about
   * a practice as its nouns do.
   */
  private static final Set<String> TELLING_ADVERBS = WordBridge.koreanWords(BRIDGE_LINES);

  /**
   * Parts of speech a noun may be misread as: nouns, numbers, noun prefixes and suffixes, and a
   * pronoun or determiner taken off its front (저장소 as 저 + 장소).
   */
  private static final Set<POS.Tag> NOUN_PARTS =
      EnumSet.of(
          POS.Tag.NNG,
          POS.Tag.NNP,
          POS.Tag.NNB,
          POS.Tag.NNBC,
          POS.Tag.NR,
          POS.Tag.XPN,
          POS.Tag.XSN,
          POS.Tag.NP,
          POS.Tag.MM);

  /**
   * The bridge's nouns that Nori, left alone, splits into parts that say something else (저장소 into 저
   * and 장소 "place", 재시작 into 시작 "start", 실시간 into 실 and 시간): read whole, so a question and a
   * definition meet on the word written and the bridge can translate it.
   */
  private static final UserDictionary WHOLE_NOUNS = wholeNouns(BRIDGE_LINES);

  static final Analyzer KOREAN =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          KoreanTokenizer tokenizer =
              new KoreanTokenizer(
                  KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                  WHOLE_NOUNS,
                  KoreanTokenizer.DecompoundMode.DISCARD,
                  false,
                  true);
          TokenStream stream = new KoreanStopFilter(tokenizer);
          stream = new KoreanReadingFormFilter(stream);
          stream = new StemFilter(stream);
          stream = new LightVerbFilter(stream);
          stream = new org.apache.lucene.analysis.LowerCaseFilter(stream);
          return new TokenStreamComponents(tokenizer, stream);
        }
      };

  static final Analyzer ENGLISH = new EnglishAnalyzer(ENGLISH_STOP);

  /** How many entries are ranked before the share of matched words reorders them. */
  private static final int POOL = 20;

  /** How much the share of the question's words an entry contains weighs on its score. */
  private static final float COVERAGE_WEIGHT = 0.5f;

  /** Weight of a word's translation through the bridge ("장애" meeting "outage"). */
  static final float TRANSLATED = 0.7f;

  /** Weight of a same-language word that shares a translation ("수집" standing in for "모으다"). */
  static final float ALIKE = 0.5f;

  private static final WordBridge BRIDGE =
      new WordBridge(WordBridge.lines(), w -> terms(KOREAN, KO, w), w -> terms(ENGLISH, EN, w));

  private final IndexSearcher searcher;
  private final LeafReaderContext leafContext;
  private final LeafReader leaf;
  private final int[] entryOfDoc;

  /**
   * One ranked entry.
   *
   * @param matched how many distinct words of the question its text contains
   * @param words how many distinct words the question has after analysis
   * @param unknown how many words of the question no entry's text uses in any form: a line about
   *     friends or bakeries speaks of a world the glossary does not describe
   */
  record Hit(int entry, float score, int matched, int words, int unknown) {}

  DefinitionIndex(List<GlossaryEntry> entries) {
    // Each file as one buffer: every term lookup clones its input, and a file kept as the many
    // small blocks it was written in is cloned block by block (most of a lookup's time).
    ByteBuffersDirectory directory =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    Analyzer analyzer = new PerFieldAnalyzerWrapper(KOREAN, Map.of(EN, ENGLISH));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (GlossaryEntry entry : entries) {
        String names = String.join(" ", entry.names());
        Document doc = new Document();
        doc.add(new TextField(KO, names + "\n" + entry.definitionKo(), Field.Store.NO));
        doc.add(new TextField(EN, names + "\n" + entry.definitionEn(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, entry.category().id(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.leafContext = reader.leaves().isEmpty() ? null : reader.leaves().get(0);
      this.leaf = leafContext == null ? null : leafContext.reader();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One segment written in order, so document n is entry n.
    this.entryOfDoc = new int[entries.size()];
    for (int i = 0; i < entryOfDoc.length; i++) {
      entryOfDoc[i] = i;
    }
  }

  /**
   * In how many entries' texts a one-word name also appears: "서비스", "트래픽" or "logging" name an
   * entry but are everyday words of many definitions. Names of several words count 0.
   */
  int entriesUsing(String name) {
    if (leaf == null) {
      return 0;
    }
    boolean hangul = hasHangul(name);
    List<String> terms = hangul ? terms(KOREAN, KO, name) : terms(ENGLISH, EN, name);
    if (terms.size() != 1) {
      return 0;
    }
    try {
      return leaf.docFreq(new Term(hangul ? KO : EN, terms.get(0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a word of a question is a word of the glossary's own prose rather than a slip on a
   * name: "builds" is in many definitions and no typo of buildx, while "kubernets" is read as the
   * same word as Kubernetes.
   */
  boolean ordinaryWordBeside(String word, String name) {
    if (leaf == null) {
      return false;
    }
    boolean hangul = hasHangul(word);
    Analyzer analyzer = hangul ? KOREAN : ENGLISH;
    String field = hangul ? KO : EN;
    List<String> terms = terms(analyzer, field, word);
    if (terms.size() != 1 || terms(analyzer, field, name).equals(terms)) {
      return false;
    }
    try {
      return leaf.docFreq(new Term(field, terms.get(0))) >= ORDINARY;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** In how many entries' texts a word must be to be a word of the prose rather than a slip. */
  private static final int ORDINARY = 2;

  /**
   * One word of the question and the terms that stand for it, with their weights: the word as each
   * analyzer reads it, its translations and the words that share them. An entry either contains the
   * word in some form or not; the best form counts once.
   */
  record Concept(List<Term> terms, List<Float> weights) {}

  /** The best few entries for a description, optionally only those of one category. */
  List<Hit> search(String text, Category only, int limit) {
    List<Concept> concepts = concepts(text);
    if (concepts.isEmpty() || leaf == null) {
      return List.of();
    }
    try {
      Map<Term, TermStates> states = lookUp(concepts);
      int unknown = 0;
      for (Concept concept : concepts) {
        if (unused(concept, states)) {
          unknown++;
        }
      }
      if (unknown == concepts.size()) {
        // No entry's text holds any of the words ("kubrnts", a typo no name is near): nothing to
        // rank.
        return List.of();
      }
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      for (Concept concept : concepts) {
        List<Query> forms = new ArrayList<>(concept.terms().size());
        for (int i = 0; i < concept.terms().size(); i++) {
          Term term = concept.terms().get(i);
          Query query = new TermQuery(term, states.get(term));
          float weight = concept.weights().get(i);
          forms.add(weight == 1f ? query : new BoostQuery(query, weight));
        }
        words.add(new DisjunctionMaxQuery(forms, 0.3f), BooleanClause.Occur.SHOULD);
      }
      BooleanQuery.Builder query =
          new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
      if (only != null) {
        query.add(new TermQuery(new Term(CATEGORY, only.id())), BooleanClause.Occur.FILTER);
      }
      // Rank a wider pool, then favour entries that share more of the question's words: BM25
      // alone lets one rare word outweigh a definition that matches the whole description.
      ScoreDoc[] top = searcher.search(query.build(), Math.max(limit, POOL)).scoreDocs;
      int[] matched = matched(top, concepts, states);
      int asked = concepts.size();
      List<Hit> hits = new ArrayList<>(top.length);
      for (int i = 0; i < top.length; i++) {
        float coverage = (float) matched[i] / asked;
        float score = top[i].score * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage);
        hits.add(new Hit(entryOfDoc[top[i].doc], score, matched[i], asked, unknown));
      }
      hits.sort((a, b) -> Float.compare(b.score(), a.score()));
      return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each term of the question looked up once in the term dictionary, one enumeration per field: the
   * unknown-word count, the ranking and the matched-word count all start from these states instead
   * of seeking the same term three times.
   */
  private Map<Term, TermStates> lookUp(List<Concept> concepts) throws IOException {
    IndexReaderContext context = searcher.getTopReaderContext();
    Map<Term, TermStates> states = new HashMap<>();
    Map<String, TermsEnum> fields = new HashMap<>();
    for (Concept concept : concepts) {
      for (Term term : concept.terms()) {
        if (states.containsKey(term)) {
          continue;
        }
        if (!fields.containsKey(term.field())) {
          Terms terms = leaf.terms(term.field());
          fields.put(term.field(), terms == null ? null : terms.iterator());
        }
        TermsEnum dictionary = fields.get(term.field());
        states.put(
            term,
            dictionary != null && dictionary.seekExact(term.bytes())
                ? new TermStates(
                    context,
                    dictionary.termState(),
                    0,
                    dictionary.docFreq(),
                    dictionary.totalTermFreq())
                : new TermStates(context));
      }
    }
    return states;
  }

  /**
   * The question's words, each with its forms. Korean text is read by Nori, Latin text by the
   * English analyzer (which also drops English function words the Korean one keeps); a word both
   * read is one word, found by its place in the question.
   */
  static List<Concept> concepts(String text) {
    List<Token> korean = tokens(KOREAN, KO, text);
    List<Token> english = tokens(ENGLISH, EN, text);
    Map<String, Concept> concepts = new LinkedHashMap<>();
    boolean[] used = new boolean[english.size()];
    for (Token ko : korean) {
      boolean hangul = hasHangul(ko.term());
      Forms forms = new Forms();
      forms.add(new Term(KO, ko.term()), 1f);
      for (int i = 0; i < english.size(); i++) {
        Token en = english.get(i);
        if (!used[i] && en.start() < ko.end() && ko.start() < en.end()) {
          used[i] = true;
          if (!hasHangul(en.term())) {
            forms.add(new Term(EN, en.term()), 1f);
            bridgeEnglish(en.term(), forms);
          }
        }
      }
      if (hangul) {
        BRIDGE.english(ko.term()).forEach(t -> forms.add(new Term(EN, t), TRANSLATED));
        BRIDGE.koreanAlike(ko.term()).forEach(t -> forms.add(new Term(KO, t), ALIKE));
      } else if (forms.terms.size() == 1) {
        // A Latin word the English analyzer dropped ("what", "the") says nothing.
        continue;
      }
      concepts.putIfAbsent(ko.term(), forms.concept());
    }
    for (int i = 0; i < english.size(); i++) {
      Token en = english.get(i);
      if (!used[i] && !hasHangul(en.term())) {
        Forms forms = new Forms();
        forms.add(new Term(EN, en.term()), 1f);
        bridgeEnglish(en.term(), forms);
        concepts.putIfAbsent("en:" + en.term(), forms.concept());
      }
    }
    return List.copyOf(concepts.values());
  }

  private static void bridgeEnglish(String term, Forms forms) {
    BRIDGE.korean(term).forEach(t -> forms.add(new Term(KO, t), TRANSLATED));
    BRIDGE.englishAlike(term).forEach(t -> forms.add(new Term(EN, t), ALIKE));
  }

  /** The forms of one word, each once at its highest weight. */
  private static final class Forms {
    final Map<Term, Float> terms = new LinkedHashMap<>();

    void add(Term term, float weight) {
      terms.merge(term, weight, Math::max);
    }

    Concept concept() {
      return new Concept(List.copyOf(terms.keySet()), List.copyOf(terms.values()));
    }
  }

  private record Token(String term, int start, int end) {}

  private static boolean hasHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3131 && c <= 0x318E) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each ranked document, how many of the question's words its text contains in any of their
   * forms. Each form's postings are read once for all documents.
   */
  private int[] matched(ScoreDoc[] top, List<Concept> concepts, Map<Term, TermStates> states)
      throws IOException {
    Integer[] order = new Integer[top.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(top[a].doc, top[b].doc));
    int[] found = new int[top.length];
    boolean[] has = new boolean[top.length];
    for (int c = 0; c < concepts.size(); c++) {
      Concept concept = concepts.get(c);
      java.util.Arrays.fill(has, false);
      for (Term term : concept.terms()) {
        PostingsEnum postings = postings(term, states.get(term));
        if (postings == null) {
          continue;
        }
        for (int i : order) {
          int doc = top[i].doc;
          if (postings.docID() < doc) {
            postings.advance(doc);
          }
          if (postings.docID() == doc) {
            has[i] = true;
          }
        }
      }
      for (int i = 0; i < top.length; i++) {
        if (has[i]) {
          found[i]++;
        }
      }
    }
    return found;
  }

  /** The documents holding a term, from its looked-up state without a second seek. */
  private PostingsEnum postings(Term term, TermStates state) throws IOException {
    TermState found = state.get(leafContext);
    if (found == null) {
      return null;
    }
    TermsEnum dictionary = leaf.terms(term.field()).iterator();
    dictionary.seekExact(term.bytes(), found);
    return dictionary.postings(null, PostingsEnum.NONE);
  }

  /** Whether no entry's text uses the word in any of its forms. */
  private static boolean unused(Concept concept, Map<Term, TermStates> states) {
    for (Term term : concept.terms()) {
      if (states.get(term).docFreq() > 0) {
        return false;
      }
    }
    return true;
  }

  private static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 0) {
          out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    return tokens(analyzer, field, text).stream().map(Token::term).toList();
  }

  /**
   * Each Korean word of the bridge that Nori reads as several nouns or noun parts, or as a shorter
   * noun. Verbs, adverbs and words read with endings (인가 as 이다 + ㄴ가) are left to Nori: as nouns
   * they would swallow question endings.
   */
  private static UserDictionary wholeNouns(List<String> lines) {
    Set<String> whole = new java.util.TreeSet<>();
    for (String word : WordBridge.koreanWords(lines)) {
      if (!word.matches("[\\uAC00-\\uD7A3]{2,}") || word.endsWith("다")) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean nouns = true;
      boolean noun = false;
      try (KoreanTokenizer tokenizer =
          new KoreanTokenizer(
              KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
              null,
              KoreanTokenizer.DecompoundMode.DISCARD,
              false,
              true)) {
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        tokenizer.setReader(new java.io.StringReader(word));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          parts.add(term.toString());
          nouns &= NOUN_PARTS.contains(pos.getLeftPOS()) && NOUN_PARTS.contains(pos.getRightPOS());
          noun |= pos.getLeftPOS() == POS.Tag.NNG || pos.getLeftPOS() == POS.Tag.NNP;
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (nouns && noun && !parts.equals(List.of(word))) {
        whole.add(word);
      }
    }
    if (whole.isEmpty()) {
      return null;
    }
    try {
      return UserDictionary.open(new java.io.StringReader(String.join("\n", whole)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharArraySet englishStop() {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String word :
        List.of(
            "what",
            "whats",
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
            "its",
            "about",
            "tell",
            "explain",
            "define",
            "definition",
            "meaning",
            "mean",
            "means",
            "describe",
            "thing",
            "something",
            "called",
            "term",
            "word",
            "our",
            "my",
            "your",
            "us",
            "all",
            "so",
            "get",
            "gets",
            "got",
            "getting",
            "things",
            "stuff",
            "one")) {
      stop.add(word);
    }
    return CharArraySet.unmodifiableSet(stop);
  }

  private static Set<POS.Tag> koreanStop() {
    Set<POS.Tag> stop = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    stop.addAll(List.of(POS.Tag.NNB, POS.Tag.NP, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX));
    return stop;
  }

  /** Drops particles, endings and other marks, keeping the adverbs the bridge knows. */
  private static final class KoreanStopFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);

    KoreanStopFilter(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      POS.Tag tag = pos.getLeftPOS();
      if (tag == null || !KOREAN_STOP.contains(tag)) {
        return true;
      }
      return tag == POS.Tag.MAG && TELLING_ADVERBS.contains(term.toString());
    }
  }

  /** Drops a light verb read as a verb of its own, after its endings are gone. */
  private static final class LightVerbFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);

    LightVerbFilter(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      return pos.getLeftPOS() != POS.Tag.VV || !LIGHT_VERBS.contains(term.toString());
    }
  }

  /** Reduces an inflected word to its stem (나눠서 → 나누), so a question meets a definition. */
  private static final class StemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);

    StemFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (pos.getPOSType() == POS.Type.INFLECT && pos.getMorphemes() != null) {
        term.setEmpty().append(pos.getMorphemes()[0].surfaceForm);
      }
      return true;
    }
  }
}
