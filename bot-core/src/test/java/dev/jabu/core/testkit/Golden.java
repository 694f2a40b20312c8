package dev.jabu.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares rendered output with a golden file named after the test: {@code
 * src/test/resources/golden/<TestClass>/<testMethod>.<ext>}. Run with {@code
 * -Djabu.golden.update=true} to rewrite the files on purpose; the diff then shows in review exactly
 * what a user will see change.
 */
public final class Golden {
  public static final String UPDATE_PROPERTY = "jabu.golden.update";

  private Golden() {}

  /** Checks {@code actual} against the test's {@code .txt} golden file. */
  public static void assertMatches(TestInfo test, String actual) {
    assertMatches(test, "txt", actual);
  }

  public static void assertMatches(TestInfo test, String extension, String actual) {
    String testClass = test.getTestClass().orElseThrow().getSimpleName();
    String method = test.getTestMethod().orElseThrow().getName();
    assertMatchesFile(testClass + "/" + method + "." + extension, actual);
  }

  /**
   * Checks {@code actual} against {@code src/test/resources/golden/<relativePath>}, for tests that
   * write several files or keep a feature's files in one folder.
   */
  public static void assertMatchesFile(String relativePath, String actual) {
    Path file = root().resolve(relativePath);
    String normalized = actual.replace("\r\n", "\n");
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(file, normalized);
      return;
    }
    if (!Files.exists(file)) {
      fail(
          "no golden file " + file + "; run once with -D" + UPDATE_PROPERTY + "=true to create it");
    }
    assertThat(normalized).as("golden file %s", file).isEqualTo(read(file));
  }

  private static Path root() {
    // surefire runs in the module directory; "basedir" is set when run from elsewhere
    String base = System.getProperty("basedir", "");
    return Path.of(base).resolve("src/test/resources/golden").toAbsolutePath();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
