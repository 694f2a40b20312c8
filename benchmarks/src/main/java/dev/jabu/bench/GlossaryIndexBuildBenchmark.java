package dev.jabu.bench;

import dev.jabu.core.glossary.Glossary;
import dev.jabu.core.glossary.GlossaryIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the search index for 10,000 entries: the names alone (target: at most 300 ms, issue 3),
 * and everything a platform builds before it connects — names, the sentence reader and the index of
 * definitions (target: at most 1 s, issue 18).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
public class GlossaryIndexBuildBenchmark {
  private Glossary glossary;

  @Setup
  public void setUp() {
    glossary = GeneratedGlossary.of(10_000, 7);
  }

  @Benchmark
  public GlossaryIndex build() {
    return new GlossaryIndex(glossary);
  }

  @Benchmark
  public GlossaryIndex buildWithSentencesAndDefinitions() {
    GlossaryIndex index = new GlossaryIndex(glossary);
    index.warmUp();
    return index;
  }
}
