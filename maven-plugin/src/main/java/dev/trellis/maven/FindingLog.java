package dev.trellis.maven;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.ConfigException;
import dev.trellis.core.report.Reports;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Findings in Maven's words: log lines at their level, and the build's one-line verdict. */
final class FindingLog {
  /** Findings listed in the failure message; the log and the report files have all of them. */
  static final int MAX_LISTED = 20;

  private FindingLog() {}

  /** {@code error}, {@code warn} or {@code never}, as {@code trellis.failOn} takes them. */
  static Level failOn(String text) throws MojoExecutionException {
    return Level.failOn(text)
        .orElseThrow(
            () ->
                new MojoExecutionException(
                    "trellis.failOn takes error, warn or never, not '" + text + "'."));
  }

  /** One line per finding ({@code path:line: message [rule]}), its fix hint beneath it. */
  static void log(Log log, CheckResult result) {
    for (Finding f : result.findings()) {
      String line = f.location() + ": " + f.message() + " [" + f.ruleId() + "]";
      if (!f.counts()) {
        log.info(line + " (" + f.status().name().toLowerCase(Locale.ROOT) + note(f) + ")");
        continue;
      }
      Consumer<CharSequence> out =
          switch (f.level()) {
            case ERROR -> log::error;
            case WARN -> log::warn;
            default -> log::info;
          };
      out.accept(line);
      if (!f.hint().isEmpty()) {
        out.accept("  fix: " + f.hint());
      }
    }
  }

  private static String note(Finding f) {
    return f.note().map(n -> ": " + n).orElse("");
  }

  /** {@code 2 errors, 1 warning, 0 info} (plus waived or accepted ones when there are any). */
  static String counts(CheckResult result) {
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARN);
    long set = result.findings().stream().filter(f -> !f.counts()).count();
    return plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + ", "
        + result.count(Level.INFO)
        + " info"
        + (set > 0 ? ", " + set + " waived or accepted" : "");
  }

  /**
   * The log's closing line: the counts, and, when errors or warnings do not fail the build, that
   * {@code trellis.failOn} lets it pass ({@code 1 error, 0 warnings, 0 info; the build passes
   * (trellis.failOn=never).}), so a successful build's {@code [ERROR]} lines are not a puzzle.
   */
  static String summary(CheckResult result, Level failOn) {
    boolean tolerated =
        !result.fails(failOn) && result.count(Level.ERROR) + result.count(Level.WARN) > 0;
    return "Trellis: "
        + counts(result)
        + (tolerated ? "; the build passes (trellis.failOn=" + failOn.failOnName() + ")." : ".");
  }

  /** The failure message: the counts, and the findings that broke the build. */
  static String verdict(CheckResult result, Level failOn) {
    List<Finding> breaking =
        result.findings().stream().filter(f -> f.counts() && f.level().atLeast(failOn)).toList();
    String listed =
        breaking.stream()
            .limit(MAX_LISTED)
            .map(f -> "  " + f.level().id() + " " + f.location() + ": " + f.message())
            .collect(Collectors.joining("\n"));
    String more =
        breaking.size() > MAX_LISTED
            ? "\n  ... and " + (breaking.size() - MAX_LISTED) + " more (see the log above)"
            : "";
    return "Trellis found "
        + counts(result)
        + "; the build fails on "
        + failOn.failOnName()
        + " (trellis.failOn):\n"
        + listed
        + more;
  }

  /** A policy that cannot be used: every problem, one a line, with file:line and hint. */
  static String configProblems(ConfigException e) {
    return "Trellis cannot use its policy; fix these and run again:\n"
        + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** The first line of the log: what was checked, at which point, under which policies. */
  static String header(CheckResult result) {
    return "Trellis: checked " + Reports.whatWasChecked(result);
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
