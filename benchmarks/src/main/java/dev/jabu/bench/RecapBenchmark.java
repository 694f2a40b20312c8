package dev.jabu.bench;

import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.recap.RecapDocument;
import dev.jabu.core.recap.RecapMessages;
import dev.jabu.core.recap.RecapParser;
import dev.jabu.core.recap.RecapRenderer;
import dev.jabu.core.recap.RecapSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * A recap of the largest size allowed (100 KB): the sample recap in {@code docs/recaps} (run from
 * the project root) with its sections repeated until the next copy would pass the limit. Each call
 * parses it (front matter, containers, tables), summarizes it into the parent post and cuts the
 * thread: for Discord alone, and for Discord, Slack and the console together. Target: at most 50
 * ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RecapBenchmark {
  @Param({"sample", "table"})
  public String recap;

  private String markdown;
  private final RecapRenderer renderer = new RecapRenderer(Locale.KOREAN);

  @Setup
  public void setUp() throws Exception {
    String sample =
        Files.readString(
            Path.of(System.getProperty("jabu.recap", "docs/recaps/2026-11-devops-korea.md")));
    markdown = recap.equals("table") ? table() : largest(sample);
    int bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > RecapSettings.MAX_BYTES || bytes < RecapSettings.MAX_BYTES * 9 / 10) {
      throw new IllegalStateException("the benchmark recap is " + bytes + " bytes");
    }
    RecapParser.parse(markdown); // fails the setup, not the measurement, if it is not a recap
  }

  /** The sample's head, then its sections again and again, renamed, up to the size limit. */
  static String largest(String sample) {
    int firstSection = sample.indexOf("\n## ");
    String head = sample.substring(0, firstSection + 1);
    String sections = sample.substring(firstSection + 1);
    StringBuilder out = new StringBuilder(head);
    for (int copy = 1; ; copy++) {
      String next = sections.replace("\n## ", "\n## (" + copy + ") ");
      next = next.startsWith("## ") ? "## (" + copy + ") " + next.substring(3) : next;
      int size = (out + next).getBytes(StandardCharsets.UTF_8).length;
      if (size > RecapSettings.MAX_BYTES) {
        return out.toString();
      }
      out.append(next).append('\n');
    }
  }

  /** One long table: everyone who came, with their company and role, up to the size limit. */
  static String table() {
    StringBuilder out = new StringBuilder("# 11월 밋업 참석자\n\n| 이름 | 회사 | 역할 |\n|---|---|---|\n");
    for (int i = 1; ; i++) {
      String row = "| 참석자 " + i + " | 회사 " + (i % 97) + " | 플랫폼 엔지니어 |\n";
      if ((out + row).getBytes(StandardCharsets.UTF_8).length > RecapSettings.MAX_BYTES) {
        return out.toString();
      }
      out.append(row);
    }
  }

  @Benchmark
  public List<RichMessage> parseSummarizeAndSplitForDiscord() throws Exception {
    RecapDocument recap = RecapParser.parse(markdown);
    return renderer.render(recap, Optional.empty()).thread(LimitProfiles.DISCORD_CONTENT);
  }

  @Benchmark
  public List<RichMessage> parseSummarizeAndSplitForEveryPlatform() throws Exception {
    RecapMessages messages = renderer.render(RecapParser.parse(markdown), Optional.empty());
    List<RichMessage> all = new ArrayList<>(messages.thread(LimitProfiles.DISCORD_CONTENT));
    all.addAll(messages.thread(LimitProfiles.SLACK));
    all.addAll(messages.thread(LimitProfiles.CONSOLE));
    return all;
  }
}
