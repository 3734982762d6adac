package dev.trellis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckRequest;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codeowners/present} says what is missing in its message and what to write in its fix, once
 * each: a build log prints both, one beneath the other.
 */
class CodeownersPresentHintTest {

  private static Finding present(Path repo, String policy) throws Exception {
    Files.writeString(repo.resolve("README.md"), "# x\n");
    Files.writeString(repo.resolve("trellis.yml"), policy);
    CheckResult result = new Engine().check(CheckRequest.of(repo));
    return result.findings().stream()
        .filter(f -> f.ruleId().equals("codeowners/present"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMissingFileIsReportedOnceAndTheFixNamesTheFileGitHubReadsFirst(@TempDir Path repo)
      throws Exception {
    Finding f = present(repo, "rules:\n  codeowners/present: error\n");

    assertThat(f.message()).endsWith("docs/CODEOWNERS).").doesNotContain("Create");
    assertThat(f.hint())
        .isEqualTo(
            "Create .github/CODEOWNERS with a default owner, such as `* @org/team`, and lines for"
                + " the areas other teams own.");
  }

  @Test
  void onGitLabTheFixNamesCodeownersAtTheRoot(@TempDir Path repo) throws Exception {
    Finding f =
        present(repo, "codeowners: { dialect: gitlab }\nrules:\n  codeowners/present: error\n");

    assertThat(f.hint()).startsWith("Create CODEOWNERS with a default owner");
  }

  @Test
  void aFileWithoutRulesAsksForADefaultOwnerInTheFix(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("CODEOWNERS"), "# nobody yet\n");
    Finding f = present(repo, "rules:\n  codeowners/present: error\n");

    assertThat(f.message()).isEqualTo("There is no rule line in it, so no file has a code owner.");
    assertThat(f.hint()).startsWith("Add a default owner, such as `* @org/team`");
  }
}
