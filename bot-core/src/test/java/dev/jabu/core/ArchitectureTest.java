package dev.jabu.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays platform-free: no JDA, no Slack SDK, in its code or on its class path. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.jabu.core");

  @Test
  void coreNeverDependsOnAPlatformLibrary() {
    noClasses()
        .that()
        .resideInAPackage("dev.jabu.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "net.dv8tion..", "com.slack..", "dev.jabu.discord..", "dev.jabu.slack..")
        .because("bot-core holds all behaviour and must not know a chat platform")
        .check(CORE);
  }

  @Test
  void coreDoesNotDependOnTheLauncher() {
    noClasses()
        .that()
        .resideInAPackage("dev.jabu.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.jabu.app..")
        .check(CORE);
  }

  @Test
  void platformLibrariesAreNotOnTheCoreClassPath() {
    assertThatThrownBy(() -> Class.forName("net.dv8tion.jda.api.JDA"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.slack.api.bolt.App"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
