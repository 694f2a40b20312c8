package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Jabu;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The guides in docs/ stay true to the code: every command members and moderators can type is in
 * the user guide, every key of config/jabu.yaml and every {@code bin/jabu} subcommand in the
 * operator guide, every exit code of the launcher in troubleshooting.
 */
class GuidesTest {
  private static final Path DOCS = Path.of("../docs");

  @Test
  void everyCommandAndSubcommandOfTheShippedConfigurationIsInTheUserGuide() throws Exception {
    String guide = Files.readString(DOCS.resolve("user-guide.md"));
    List<String> missing = new ArrayList<>();
    try (Database database = TempDatabase.sqlite()) {
      JabuConfig config = ConfigLoader.load(Path.of("../config/jabu.yaml"), Map.of());
      Jabu jabu =
          new Jabu(
              config.core(),
              database,
              MutableClock.at(Instant.parse("2026-05-01T09:00:00Z")),
              Features.from(config).list());
      for (CommandSpec command : jabu.registry().commands()) {
        List<String> paths = new ArrayList<>();
        paths.add("/" + command.name());
        command.subcommands().forEach(sub -> paths.add("/" + command.name() + " " + sub.name()));
        for (String path : paths) {
          if (!guide.contains("`" + path + "`") && !guide.contains("`" + path + " ")) {
            missing.add(path);
          }
        }
      }
    }
    assertThat(missing).as("commands the user guide does not show (as `/command ...`)").isEmpty();
  }

  @Test
  void everyKeyOfTheShippedConfigurationIsInTheOperatorGuideReference() throws Exception {
    String guide = Files.readString(DOCS.resolve("operator-guide.md"));
    JsonNode yaml =
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("../config/jabu.yaml").toFile());
    List<String> keys = new ArrayList<>();
    collectKeys(yaml, "", keys);
    assertThat(keys).hasSizeGreaterThan(50); // the walk reached the nested sections
    assertThat(keys.stream().filter(key -> !guide.contains("`" + key + "`")).toList())
        .as("config keys the operator guide's reference does not name (as `a.b.c`)")
        .isEmpty();
  }

  @Test
  void everyShellCommandIsInTheOperatorGuide() throws Exception {
    String guide = Files.readString(DOCS.resolve("operator-guide.md"));
    List<String> missing =
        new CommandLine(new Main())
            .getSubcommands().keySet().stream()
                .filter(name -> !guide.contains("bin/jabu " + name))
                .toList();
    assertThat(missing).as("bin/jabu subcommands the operator guide does not show").isEmpty();
  }

  @Test
  void everyLauncherExitCodeIsExplainedInTroubleshooting() throws Exception {
    String guide = Files.readString(DOCS.resolve("troubleshooting.md"));
    List<Integer> codes = new ArrayList<>();
    for (Field field : Main.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        codes.add(field.getInt(null));
      }
    }
    assertThat(codes).contains(Main.BAD_CONFIG, Main.NO_DATABASE);
    codes.add(1); // anything unexpected: picocli's and the JVM's own failure
    assertThat(codes.stream().filter(code -> !guide.contains("### Exit code " + code)).toList())
        .as("exit codes without a '### Exit code N' section")
        .isEmpty();
  }

  @Test
  void everyReadinessCheckIsExplainedInTroubleshooting() throws Exception {
    String guide = Files.readString(DOCS.resolve("troubleshooting.md"));
    for (String check : List.of("database", "migrations", "discord", "slack")) {
      assertThat(guide).as("readiness check " + check).contains("`" + check + "`");
    }
  }

  private static void collectKeys(JsonNode node, String prefix, List<String> keys) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      keys.add(key);
      collectKeys(entry.getValue(), key, keys);
    }
  }
}
