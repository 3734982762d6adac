package dev.trellis.rules.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The boundaries of the house: core knows no front end, rules touch no file system or git. */
class ArchitectureTest {
  private static final JavaClasses TRELLIS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.trellis");

  @Test
  void coreDependsOnNeitherTheCliNorTheMavenPlugin() {
    noClasses()
        .that()
        .resideInAPackage("dev.trellis.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.trellis.cli..", "dev.trellis.maven..", "picocli..", "org.apache.maven..")
        .because("the CLI and the Maven plugin are thin front ends over core, never the reverse")
        .check(TRELLIS);
  }

  @Test
  void rulesOpenNoFiles() {
    noClasses()
        .that()
        .resideInAPackage("dev.trellis.rules..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(java.io.File.class, java.nio.file.Files.class, java.io.FileInputStream.class)
        .because("rules read the repository through RuleContext.repo() and signals, nothing else")
        .check(TRELLIS);
  }

  @Test
  void rulesWalkNoGitHistoryThemselves() {
    noClasses()
        .that()
        .resideInAPackage("dev.trellis.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.jgit..")
        .because("history is read once, by signals in checker-core, and shared by every rule")
        .check(TRELLIS);
  }

  @Test
  void rulesWriteNothingToTheConsole() {
    noClasses()
        .that()
        .resideInAPackage("dev.trellis.rules..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("rules report problems through RuleContext.report(); only the CLI prints")
        .check(TRELLIS);
  }

  @Test
  void coreWritesNothingToTheConsole() {
    noClasses()
        .that()
        .resideInAPackage("dev.trellis.core..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("core talks to people through EngineListener; only the CLI prints")
        .check(TRELLIS);
  }
}
