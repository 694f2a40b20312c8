package dev.jabu.app.web;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's {@code chromium} and {@code chromium-driver}. Where they are missing
 * the tests are left out with one line saying so, like the PostgreSQL tests; with {@code CI=true}
 * they are required, and a missing browser fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {
  Path BROWSER = Path.of("/usr/bin/chromium");
  Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** The rule behind the annotation. */
  final class Condition implements ExecutionCondition {
    private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
        return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
      }
      String missing = BROWSER + " and " + DRIVER;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI requires "
                + missing
                + " for the browser tests: apt-get install -y chromium chromium-driver");
      }
      if (NOTICE_PRINTED.compareAndSet(false, true)) {
        // surefire keeps System.err in its report files; the process's own stderr reaches people
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
            .println(
                "jabu: chromium not installed — browser tests left out"
                    + " (apt-get install -y chromium chromium-driver; CI=true requires them)");
      }
      return ConditionEvaluationResult.disabled("no " + missing);
    }
  }
}
