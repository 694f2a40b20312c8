package dev.jabu.bench;

import dev.jabu.core.glossary.Glossary;
import dev.jabu.core.glossary.GlossaryIndex;
import dev.jabu.core.glossary.GlossaryLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The heap the glossary's search structures keep (names, typos, 초성, the sentence reader and the
 * index of definitions), at the shipped size and at generated sizes. Nori's dictionaries are loaded
 * once per process whatever the glossary, so a tiny index is built first and they are counted apart
 * (docs/benchmarks.md, issue 18). Run from the project root:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.jabu.bench.GlossaryIndexMemory shipped 10000
 * </pre>
 */
public final class GlossaryIndexMemory {
  private GlossaryIndexMemory() {}

  public static void main(String[] args) throws Exception {
    GlossaryIndex nori = new GlossaryIndex(GeneratedGlossary.of(10, 1));
    nori.warmUp();
    nori.search("쿠버네티스가 뭐야?");
    for (String size : args.length == 0 ? new String[] {"shipped", "10000"} : args) {
      Glossary glossary =
          size.equals("shipped")
              ? GlossaryLoader.load(Path.of(System.getProperty("jabu.glossary", "config/glossary")))
              : GeneratedGlossary.of(Integer.parseInt(size), 7);
      long before = heapAfterCollections();
      GlossaryIndex index = new GlossaryIndex(glossary);
      index.warmUp();
      for (String question : new String[] {"kubernets", "쿠버네티스가 뭐야?", "what does consul do"}) {
        index.search(question);
      }
      long after = heapAfterCollections();
      System.out.printf(
          "%s (%,d entries): the search structures keep %.1f MB of heap%n",
          size, glossary.entries().size(), (after - before) / 1048576.0);
      // keeps the index reachable until it has been measured
      if (index.glossary() != glossary) {
        throw new IllegalStateException();
      }
    }
  }

  private static long heapAfterCollections() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
