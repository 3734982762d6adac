package dev.trellis.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.declarative.DeclarativeRules;
import dev.trellis.core.docs.DeclarativeDocs;
import dev.trellis.core.docs.RuleDocs;
import dev.trellis.testkit.FixtureExamples;
import dev.trellis.testkit.FixtureIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in docs/declarative-rules.md is what the declarative types and their fixtures
 * generate today. Run with {@code -Dtrellis.docs=write} to regenerate it ({@link
 * RuleDocs#REGENERATE}, with -Dtest=RuleDocsTest,DeclarativeDocsTest).
 */
class DeclarativeDocsTest {
  private static final Path PAGE = Path.of("..").resolve(DeclarativeDocs.PATH);

  @Test
  void theCheckedInDeclarativePageMatchesTheTypesAndTheirFixtures() throws Exception {
    String page =
        DeclarativeDocs.page(
            DeclarativeRules.describe(),
            FixtureExamples.ofDeclarativeTypes(FixtureIndex.scan("fixtures")));
    if ("write".equals(System.getProperty("trellis.docs"))) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    String current = Files.isRegularFile(PAGE) ? Files.readString(PAGE) : "";
    assertThat(current.equals(page))
        .as(
            "%s is out of date with the declarative types and their fixtures. Regenerate it from"
                + " the repository root with:%n  %s%nand commit the result.",
            DeclarativeDocs.PATH, RuleDocs.REGENERATE)
        .isTrue();
  }
}
