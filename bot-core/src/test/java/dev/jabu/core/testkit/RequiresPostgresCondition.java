package dev.jabu.core.testkit;

import dev.jabu.core.store.DatabaseUrl;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The rule behind {@link RequiresPostgres}; PostgreSQL is probed once per JVM. */
public final class RequiresPostgresCondition implements ExecutionCondition {
  private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^/?]+)");
  private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();
  private static volatile String unreachableBecause;
  private static volatile boolean probed;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    DatabaseUrl url = TestPostgres.url();
    String problem = probe(url);
    if (problem == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI requires PostgreSQL at " + url + " but it is not reachable: " + problem);
    }
    if (NOTICE_PRINTED.compareAndSet(false, true)) {
      printToConsole(notice(url));
    }
    return ConditionEvaluationResult.disabled("PostgreSQL not reachable: " + problem);
  }

  /**
   * Surefire redirects {@code System.err} into report files here, where nobody would see the
   * notice; the process's own stderr still reaches the console.
   */
  private static void printToConsole(String line) {
    PrintStream console =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    console.println(line);
  }

  /** The one line shown when the tests are left out on a developer machine. */
  static String notice(DatabaseUrl url) {
    Matcher hostPort = HOST_PORT.matcher(url.jdbcUrl());
    String where = hostPort.find() ? hostPort.group(1) : url.toString();
    return "jabu: PostgreSQL not reachable at "
        + where
        + " — PostgreSQL tests left out (set CI=true to require them)";
  }

  /** Null when reachable, else why not; the answer is kept for the rest of the JVM's life. */
  private static synchronized String probe(DatabaseUrl url) {
    if (!probed) {
      try (Connection connection = url.connect()) {
        unreachableBecause = connection.isValid(5) ? null : "connection not valid";
      } catch (SQLException e) {
        unreachableBecause = e.getMessage();
      }
      probed = true;
    }
    return unreachableBecause;
  }
}
