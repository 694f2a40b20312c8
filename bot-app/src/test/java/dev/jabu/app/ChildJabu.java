package dev.jabu.app;

import dev.jabu.core.Clocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** jabu's Main in a child JVM with the test's class path, its shifted clock and real logging. */
final class ChildJabu {
  private ChildJabu() {}

  /** What jabu reads from the environment; a child gets only those its test gives it. */
  private static final List<String> SECRETS_AND_PLACES =
      List.of(
          "DISCORD_TOKEN",
          "SLACK_BOT_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_APP_TOKEN",
          "JABU_DATABASE_URL",
          "JABU_LOG_DIR");

  /** jabu run in {@code workDir} with {@code env} and none of the caller's own secrets. */
  static ProcessBuilder process(Path workDir, Map<String, String> env, String... args) {
    ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workDir.toFile());
    SECRETS_AND_PLACES.forEach(builder.environment()::remove);
    builder.environment().putAll(env);
    return builder;
  }

  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Clocks.jvmArguments());
    // The launcher's own logging, as a user has it (the test class path also holds a test config).
    command.add("-Dlogback.configurationFile=logback.xml");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.jabu.app.Main");
    command.addAll(List.of(args));
    return command;
  }
}
