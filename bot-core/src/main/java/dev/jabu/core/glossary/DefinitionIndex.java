package dev.jabu.core.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

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

  static final Analyzer KOREAN =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          KoreanTokenizer tokenizer =
              new KoreanTokenizer(
                  KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                  null,
                  KoreanTokenizer.DecompoundMode.DISCARD,
                  false,
                  true);
          TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, KOREAN_STOP);
          stream = new KoreanReadingFormFilter(stream);
          stream = new StemFilter(stream);
          stream = new org.apache.lucene.analysis.LowerCaseFilter(stream);
          return new TokenStreamComponents(tokenizer, stream);
        }
      };

  static final Analyzer ENGLISH = new EnglishAnalyzer(ENGLISH_STOP);

  /** How many entries are ranked before the share of matched words reorders them. */
  private static final int POOL = 20;

  /** How much the share of the question's words an entry contains weighs on its score. */
  private static final float COVERAGE_WEIGHT = 0.5f;

  private final IndexSearcher searcher;
  private final LeafReader leaf;
  private final int[] entryOfDoc;

  /**
   * One ranked entry.
   *
   * @param matched how many distinct words of the question its text contains
   * @param words how many distinct words the question has after analysis
   */
  record Hit(int entry, float score, int matched, int words) {}

  DefinitionIndex(List<GlossaryEntry> entries) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
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
      this.leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One segment written in order, so document n is entry n.
    this.entryOfDoc = new int[entries.size()];
    for (int i = 0; i < entryOfDoc.length; i++) {
      entryOfDoc[i] = i;
    }
  }

  /** The best few entries for a description, optionally only those of one category. */
  List<Hit> search(String text, Category only, int limit) {
    Set<Term> terms = new LinkedHashSet<>();
    analyze(KOREAN, KO, text, terms);
    analyze(ENGLISH, EN, text, terms);
    if (terms.isEmpty() || leaf == null) {
      return List.of();
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.forEach(t -> words.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
    if (only != null) {
      query.add(new TermQuery(new Term(CATEGORY, only.id())), BooleanClause.Occur.FILTER);
    }
    try {
      // Rank a wider pool, then favour entries that share more of the question's words: BM25
      // alone lets one rare word outweigh a definition that matches the whole description.
      ScoreDoc[] top = searcher.search(query.build(), Math.max(limit, POOL)).scoreDocs;
      int[][] matchedAndWords = matched(top, terms);
      List<Hit> hits = new ArrayList<>(top.length);
      for (int i = 0; i < top.length; i++) {
        int matched = matchedAndWords[i][0];
        int asked = matchedAndWords[i][1];
        float coverage = (float) matched / Math.max(1, asked);
        float score = top[i].score * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage);
        hits.add(new Hit(entryOfDoc[top[i].doc], score, matched, asked));
      }
      hits.sort((a, b) -> Float.compare(b.score(), a.score()));
      return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For each ranked document, how many of the question's words its text contains and how many words
   * the question has, in the language that matched more of them (each analyzer reads the whole
   * question, so counting both would count "containers" and "contain" as two words). Each word's
   * postings are read once for all documents.
   */
  private int[][] matched(ScoreDoc[] top, Set<Term> terms) throws IOException {
    Integer[] order = new Integer[top.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(top[a].doc, top[b].doc));
    int[][] best = new int[top.length][2];
    for (String field : List.of(KO, EN)) {
      int[] found = new int[top.length];
      int words = 0;
      for (Term term : terms) {
        if (!term.field().equals(field)) {
          continue;
        }
        words++;
        PostingsEnum postings = leaf.postings(term, PostingsEnum.NONE);
        if (postings == null) {
          continue;
        }
        for (int i : order) {
          int doc = top[i].doc;
          if (postings.docID() < doc) {
            postings.advance(doc);
          }
          if (postings.docID() == doc) {
            found[i]++;
          }
        }
      }
      for (int i = 0; i < top.length; i++) {
        if (found[i] > best[i][0] || found[i] == best[i][0] && words > best[i][1]) {
          best[i][0] = found[i];
          best[i][1] = words;
        }
      }
    }
    return best;
  }

  private static void analyze(Analyzer analyzer, String field, String text, Set<Term> out) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 0) {
          out.add(new Term(field, term.toString()));
        }
      }
      stream.end();
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
