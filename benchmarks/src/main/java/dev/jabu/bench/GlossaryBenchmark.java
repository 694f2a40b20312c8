package dev.jabu.bench;

import dev.jabu.core.glossary.Glossary;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.glossary.GlossaryIndex;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.SearchResult;
import dev.jabu.core.text.Hangul;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Glossary lookups on the shipped glossary ({@code config/glossary}, run from the project root) and
 * on a generated one of 10,000 entries. Targets: exact or alias lookup at most 2 µs; typo, 초성 and
 * keyboard lookups at most 200 µs median; autocomplete of a 2-character prefix at most 200 µs. Each
 * call takes the next query from a fixed, seeded list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GlossaryBenchmark {
  @Param({"shipped", "10000"})
  public String glossary;

  private GlossaryIndex index;
  private String[] exact;
  private String[] alias;
  private String[] typo;
  private String[] choseong;
  private String[] keyboard;
  private String[] prefix;
  private String[] sentence;
  private int next;

  /** Descriptions of terms without their names, as members type them (the shipped glossary). */
  private static final String[] DESCRIPTIONS = {
    "배포를 조금씩 나눠서 내보내는 거",
    "같은 요청을 여러 번 보내도 결과가 같은 성질",
    "장애 나고 나서 원인이랑 교훈 정리하는 문서",
    "노드마다 하나씩 꼭 떠 있어야 하는 파드",
    "a helper container running next to the app",
    "storage that outlives the pod",
    "the time it takes to get service back after an outage",
    "점심 뭐 먹지"
  };

  @Setup
  public void setUp() throws Exception {
    Glossary g =
        glossary.equals("shipped")
            ? GlossaryLoader.load(Path.of(System.getProperty("jabu.glossary", "config/glossary")))
            : GeneratedGlossary.of(Integer.parseInt(glossary), 7);
    index = new GlossaryIndex(g);
    Random random = new Random(11);
    List<GlossaryEntry> entries = g.entries();
    List<String> exacts = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    List<String> typos = new ArrayList<>();
    List<String> choseongs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 1024; i++) {
      GlossaryEntry e = entries.get(random.nextInt(entries.size()));
      exacts.add(e.name());
      aliases.add(
          e.aliases().isEmpty() ? e.ko() : e.aliases().get(random.nextInt(e.aliases().size())));
      typos.add(Typos.oneEdit(e.name().length() > 5 ? e.name() : e.name() + "s", random));
      if (Hangul.containsHangul(e.ko())) {
        choseongs.add(Hangul.choseong(e.ko().replace(" ", "")));
        keys.add(Typos.onEnglishKeyboard(e.ko()));
      }
      sentences.add(
          switch (i % 3) {
            case 0 -> e.ko() + "가 뭐야?";
            case 1 -> "what does " + e.name() + " do";
            default -> e.name() + " vs " + entries.get(random.nextInt(entries.size())).name();
          });
      String name = e.name().toLowerCase();
      prefixes.add(name.substring(0, Math.min(2, name.length())));
    }
    exact = exacts.toArray(String[]::new);
    alias = aliases.toArray(String[]::new);
    typo = typos.toArray(String[]::new);
    choseong = choseongs.toArray(String[]::new);
    keyboard = keys.toArray(String[]::new);
    prefix = prefixes.toArray(String[]::new);
    sentence = sentences.toArray(String[]::new);
    index.warmUp();
  }

  private String pick(String[] queries) {
    next = (next + 1) & 1023;
    return queries[next % queries.length];
  }

  @Benchmark
  public SearchResult exactName() {
    return index.search(pick(exact));
  }

  @Benchmark
  public SearchResult alias() {
    return index.search(pick(alias));
  }

  @Benchmark
  public SearchResult typo() {
    return index.search(pick(typo));
  }

  @Benchmark
  public SearchResult choseong() {
    return index.search(pick(choseong));
  }

  @Benchmark
  public SearchResult keyboard() {
    return index.search(pick(keyboard));
  }

  /** A name inside a question or a comparison: "X가 뭐야?", "what does X do", "X vs Y". */
  @Benchmark
  public SearchResult sentence() {
    return index.search(pick(sentence));
  }

  /** No name: the definitions ranked (BM25), or an off-topic line refused. */
  @Benchmark
  public SearchResult description() {
    return index.search(pick(DESCRIPTIONS));
  }

  @Benchmark
  public List<GlossaryEntry> autocompleteTwoCharacters() {
    return index.autocomplete(pick(prefix), 25);
  }
}
