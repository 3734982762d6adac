package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.BaselineRef;
import dev.trellis.core.policy.ConfigException;
import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.policy.EffectivePolicy;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class FindingLogTest {
  private static Finding finding(Level level, String path, int line, String message) {
    return new Finding(
        "acme/rule",
        level,
        message,
        path == null ? Location.REPOSITORY : Location.line(path, line),
        "fp-" + message,
        "Fix it.",
        Finding.Status.OPEN,
        Optional.empty());
  }

  /** A run over {@code /repo}'s work tree that found {@code findings}. */
  static CheckResult result(List<Finding> findings) {
    return result("work tree", findings);
  }

  private static CheckResult result(String point, List<Finding> findings) {
    EffectivePolicy policy =
        new EffectivePolicy(
            List.of(
                new BaselineRef("acme-baseline", "3", "classpath:acme/baseline.yml"),
                new BaselineRef("payments", "", "/repo/trellis.yml")),
            Optional.of("trellis.yml"),
            Map.of(),
            List.of(),
            Map.of(),
            List.of(),
            RuleCatalog.of(List.of()));
    return new CheckResult(
        Path.of("/repo"), point, LocalDate.of(2026, 11, 27), policy, List.of(), findings, Map.of());
  }

  @Test
  void failOnTakesErrorWarnOrNever() throws Exception {
    assertThat(FindingLog.failOn("error")).isEqualTo(Level.ERROR);
    assertThat(FindingLog.failOn("WARN")).isEqualTo(Level.WARN);
    assertThat(FindingLog.failOn("never")).isEqualTo(Level.OFF);
    assertThatThrownBy(() -> FindingLog.failOn("info"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("trellis.failOn takes error, warn or never, not 'info'.");
  }

  @Test
  void theVerdictCountsEverythingAndListsWhatBrokeTheBuild() {
    CheckResult result =
        result(
            List.of(
                finding(Level.ERROR, null, 0, "No CODEOWNERS file."),
                finding(Level.ERROR, "docs/adr/0003-x.md", 4, "The status 'Done' is unknown."),
                finding(Level.WARN, "README.md", 0, "The README does not say why.")));
    assertThat(FindingLog.verdict(result, Level.ERROR))
        .isEqualTo(
            """
            Trellis found 2 errors, 1 warning, 0 info; the build fails on error (trellis.failOn):
              error (repository): No CODEOWNERS file.
              error docs/adr/0003-x.md:4: The status 'Done' is unknown.""");
    assertThat(FindingLog.verdict(result, Level.WARN))
        .endsWith("\n  warn README.md: The README does not say why.");
  }

  @Test
  void aLongVerdictListsTheFirstTwentyAndCountsTheRest() {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      many.add(finding(Level.ERROR, "f" + (100 + i) + ".txt", 1, "Problem " + i + "."));
    }
    String verdict = FindingLog.verdict(result(many), Level.ERROR);
    assertThat(verdict.lines()).hasSize(22);
    assertThat(verdict).endsWith("\n  ... and 5 more (see the log above)");
  }

  @Test
  void theClosingLineSaysWhenFailOnLetsErrorsOrWarningsPass() {
    CheckResult result =
        result(
            List.of(
                finding(Level.ERROR, "a.txt", 1, "Bad."), finding(Level.WARN, null, 0, "Meh.")));
    assertThat(FindingLog.summary(result, Level.OFF))
        .isEqualTo("Trellis: 1 error, 1 warning, 0 info; the build passes (trellis.failOn=never).");
    assertThat(FindingLog.summary(result, Level.ERROR))
        .isEqualTo("Trellis: 1 error, 1 warning, 0 info.");
    CheckResult warningsOnly = result(List.of(finding(Level.WARN, null, 0, "Meh.")));
    assertThat(FindingLog.summary(warningsOnly, Level.ERROR))
        .isEqualTo(
            "Trellis: 0 errors, 1 warning, 0 info; the build passes (trellis.failOn=error).");
    assertThat(
            FindingLog.summary(result(List.of(finding(Level.INFO, null, 0, "Note."))), Level.ERROR))
        .isEqualTo("Trellis: 0 errors, 0 warnings, 1 info.");
  }

  @Test
  void waivedFindingsAreCountedApart() {
    Finding waived =
        finding(Level.ERROR, "legacy/a.txt", 1, "Old.")
            .withStatus(Finding.Status.WAIVED, "waived until 2027-03-31 by @acme/payments");
    CheckResult result = result(List.of(waived, finding(Level.INFO, null, 0, "Note.")));
    assertThat(FindingLog.counts(result))
        .isEqualTo("0 errors, 0 warnings, 1 info, 1 waived or accepted");
    assertThat(result.fails(Level.ERROR)).isFalse();
  }

  @Test
  void theHeaderNamesTheRepositoryThePointAndEveryPolicyInForce() {
    assertThat(FindingLog.header(result(List.of())))
        .isEqualTo("Trellis: checked /repo (work tree) against acme-baseline v3, payments");
  }

  @Test
  void aSourceTreeWithoutGitIsCalledSoInsteadOfNamedTwice() {
    String directory = "directory " + Path.of("/repo");
    assertThat(FindingLog.header(result(directory, List.of())))
        .isEqualTo(
            "Trellis: checked /repo (plain directory, not a git repository) against acme-baseline"
                + " v3, payments");
  }

  @Test
  void configProblemsAreListedOneALineWithFileLineAndHint() {
    ConfigException e =
        new ConfigException(
            List.of(
                new ConfigProblem(
                    "trellis.yml", 3, "unknown key 'rulez'.", "Did you mean 'rules'?"),
                new ConfigProblem("classpath:acme/baseline.yml", 0, "no such resource.", "")));
    assertThat(FindingLog.configProblems(e))
        .isEqualTo(
            """
            Trellis cannot use its policy; fix these and run again:
              trellis.yml:3: unknown key 'rulez'. Did you mean 'rules'?
              classpath:acme/baseline.yml: no such resource.""");
  }

  @Test
  void findingsAreLoggedAtTheirLevelWithPathLineAndFix() {
    List<String> lines = new ArrayList<>();
    SystemStreamLog log =
        new SystemStreamLog() {
          @Override
          public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
          }

          @Override
          public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
          }

          @Override
          public void info(CharSequence content) {
            lines.add("[INFO] " + content);
          }
        };
    Finding waived =
        finding(Level.ERROR, "legacy/a.txt", 0, "Old.")
            .withStatus(Finding.Status.WAIVED, "until 2027-03-31");
    FindingLog.log(
        log,
        result(
            List.of(
                finding(Level.ERROR, "CODEOWNERS", 12, "Never takes effect."),
                finding(Level.WARN, "README.md", 0, "No purpose."),
                waived)));
    assertThat(lines)
        .containsExactly(
            "[ERROR] CODEOWNERS:12: Never takes effect. [acme/rule]",
            "[ERROR]   fix: Fix it.",
            "[WARNING] README.md: No purpose. [acme/rule]",
            "[WARNING]   fix: Fix it.",
            "[INFO] legacy/a.txt: Old. [acme/rule] (waived: until 2027-03-31)");
  }
}
