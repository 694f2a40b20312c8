package dev.jabu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against tests that pass only until a calendar date passes. Every read of the wall clock,
 * in code and in tests of every module, goes through {@link Clocks#system()}, and the build runs
 * the tests with that clock shifted a century ahead ({@value Clocks#OFFSET_PROPERTY}): a test that
 * writes {@code start:2026-12-05T19:00} against the real clock fails the day it is written.
 */
class RealClockGuardTest {
  private static final Pattern WALL_CLOCK =
      Pattern.compile(
          "Clock\\.system(UTC|DefaultZone)?\\(|\\b(Instant|LocalDate|LocalDateTime|LocalTime"
              + "|ZonedDateTime|OffsetDateTime)\\.now\\(\\)|System\\.currentTimeMillis\\(\\)");
  private static final List<String> MODULES =
      List.of("bot-core", "discord-adapter", "slack-adapter", "bot-app");

  @Test
  void theBuildShiftsTheClockOfEveryTestRun() {
    assertThat(System.getProperty(Clocks.OFFSET_PROPERTY))
        .as("the parent pom gives surefire -D%s", Clocks.OFFSET_PROPERTY)
        .isNotBlank();
    assertThat(Clocks.system().instant()).isAfter(java.time.Instant.parse("2100-01-01T00:00:00Z"));
  }

  @Test
  void nothingButClocksReadsTheWallClock() {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    for (String module : MODULES) {
      Path src = root.resolve(module).resolve("src");
      if (!Files.isDirectory(src)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(src)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .filter(f -> !f.getFileName().toString().equals("Clocks.java"))
            .filter(f -> !f.getFileName().toString().equals("RealClockGuardTest.java"))
            .forEach(f -> scan(root, f, found));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(found).as("use an injected Clock, or Clocks.system() at the edge").isEmpty();
  }

  private static void scan(Path root, Path file, List<String> found) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = WALL_CLOCK.matcher(lines.get(i));
        if (m.find()) {
          found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
