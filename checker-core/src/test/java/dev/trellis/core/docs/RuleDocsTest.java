package dev.trellis.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDocsTest {
  private final RuleInfo coverage =
      RuleInfo.builder("codeowners/coverage")
          .title("Most files have a code owner")
          .rationale("Unowned code gets no reviewer and no one to ask.")
          .defaultLevel(Level.ERROR)
          .option(
              OptionSpec.number("min", 0.95, Looser.LOWER, "Fraction of tracked files | owned."))
          .option(
              OptionSpec.strings("exclude", List.of("docs/**"), Looser.MORE, "Paths not counted."))
          .fix("Add CODEOWNERS lines for the listed directories.")
          .alias("codeowners/owned")
          .example("```\n# CODEOWNERS\n/src/ @acme/payments\n```")
          .build();

  private final RuleInfo readme =
      RuleInfo.builder("purpose/readme")
          .title("The README says what the repository is for")
          .rationale("A newcomer starts there.")
          .defaultLevel(Level.WARN)
          .fix("Add a README.md with a first paragraph.")
          .build();

  @Test
  void aPageShowsWhyOptionsFixExampleAndHowToConfigure() {
    assertThat(RuleDocs.page(coverage))
        .isEqualTo(
            RuleDocs.HEADER
                + "\n"
                + """
                # codeowners/coverage

                **Most files have a code owner**

                Default level: `error` · Also known as: `codeowners/owned`

                ## Why it matters

                Unowned code gets no reviewer and no one to ask.

                ## Options

                | Option | Type | Default | Looser when | What it sets |
                | --- | --- | --- | --- | --- |
                | `min` | number | `0.95` | lower | Fraction of tracked files \\| owned. |
                | `exclude` | list of strings | `[docs/**]` | more entries | Paths not counted. |

                ## How to fix

                Add CODEOWNERS lines for the listed directories.

                ## Example

                ```
                # CODEOWNERS
                /src/ @acme/payments
                ```

                ## Configure

                ```yaml
                rules:
                  codeowners/coverage: { level: error, min: 0.95, exclude: [docs/**] }
                ```
                """);
  }

  @Test
  void theIndexGroupsRulesByAreaAndLinksTheirPages() {
    assertThat(RuleDocs.index(List.of(readme, coverage)))
        .isEqualTo(
            RuleDocs.HEADER
                + "\n"
                + """
                # Rules

                Each rule is `area/name`. The policy (`trellis.yml` or a baseline) sets its level\
                 and options; the level below is the default.

                ## codeowners

                | Rule | Default level | What a passing repository does |
                | --- | --- | --- |
                | [`codeowners/coverage`](codeowners/coverage.md) | error | Most files have a code\
                 owner |

                ## purpose

                | Rule | Default level | What a passing repository does |
                | --- | --- | --- |
                | [`purpose/readme`](purpose/readme.md) | warn | The README says what the\
                 repository is for |
                """);
  }

  @Test
  void writtenPagesAreUpToDateAndPagesOfRemovedRulesAreDeleted(@TempDir Path dir) throws Exception {
    assertThat(RuleDocs.stale(dir, List.of(coverage, readme)))
        .containsExactly(
            "missing   README.md",
            "missing   codeowners/coverage.md",
            "missing   purpose/readme.md");
    RuleDocs.write(dir, List.of(coverage, readme));
    Files.writeString(dir.resolve("notes.md"), "# Hand-written, never touched\n");
    assertThat(RuleDocs.stale(dir, List.of(coverage, readme))).isEmpty();

    assertThat(RuleDocs.stale(dir, List.of(readme)))
        .containsExactly("outdated  README.md", "obsolete  codeowners/coverage.md");
    assertThat(RuleDocs.write(dir, List.of(readme)))
        .containsExactly("deleted codeowners/coverage.md", "wrote README.md");
    assertThat(dir.resolve("codeowners/coverage.md")).doesNotExist();
    assertThat(dir.resolve("notes.md")).exists();
  }

  @Test
  void aFixtureExampleShowsTheBrokenFilesWhatTrellisReportsAndTheFix() {
    RuleDocs.Example example =
        new RuleDocs.Example(
            "fixtures/purpose/readme/empty",
            List.of(new RuleDocs.ExampleFile("README.md", "# Service\n")),
            List.of("README.md purpose/readme README.md does not say what the service is for."),
            Optional.of("fixtures/purpose/readme/clean"),
            List.of(new RuleDocs.ExampleFile("README.md", "# Service\n\n```\nrun\n```\n")),
            List.of());
    assertThat(RuleDocs.page(readme, Optional.of(example)))
        .endsWith(
            """
            ## How to fix

            Add a README.md with a first paragraph.

            ## Example

            From the fixture `fixtures/purpose/readme/empty`, which the build runs. In a repository\
             with this file (`expect:` comments mark where the test expects findings):

            `README.md`

            ```markdown
            # Service
            ```

            Trellis reports:

            ```text
            README.md purpose/readme README.md does not say what the service is for.
            ```

            Fixed, as in the fixture `fixtures/purpose/readme/clean`, which passes:

            `README.md`

            ````markdown
            # Service

            ```
            run
            ```
            ````

            ## Configure

            ```yaml
            rules:
              purpose/readme: { level: warn }
            ```
            """);
  }

  @Test
  void optionValuesAreWrittenAsAPolicyWouldWriteThem() {
    assertThat(RuleDocs.yaml("madr")).isEqualTo("madr");
    assertThat(RuleDocs.yaml("**/.env")).isEqualTo("\"**/.env\"");
    assertThat(RuleDocs.yaml("off")).isEqualTo("\"off\"");
    assertThat(RuleDocs.yaml("")).isEqualTo("\"\"");
    assertThat(RuleDocs.yaml(List.of())).isEqualTo("[]");
    assertThat(RuleDocs.yaml(3L)).isEqualTo("3");
  }
}
