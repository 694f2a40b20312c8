package dev.jabu.app;

import dev.jabu.core.Clocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** jabu's Main in a child JVM with the test's class path, its shifted clock and real logging. */
final class ChildJabu {
  private ChildJabu() {}

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
