package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Level;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {
  @TempDir Path scratch;

  @Test
  void findingsAreGroupedByRuleEachWithItsFixHint() throws Exception {
    String text =
        Golden.render(
            new TextReport(), SampleResult.create(scratch), SampleResult.OPTIONS, scratch);

    Golden.assertMatches(text, "sample.txt");
  }

  @Test
  void coloursAppearOnlyWhenAskedFor() throws Exception {
    String plain =
        Golden.render(new TextReport(), SampleResult.create(scratch), SampleResult.OPTIONS);
    String coloured =
        Golden.render(
            new TextReport(), SampleResult.create(scratch), SampleResult.OPTIONS.withColor(true));

    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured)
        .contains("\u001b[1madr/status\u001b[0m  Every decision record states its status\n")
        .contains("  \u001b[31merror   \u001b[0m docs/adr/0004 use kafka.md:1: ")
        .contains("\u001b[1;31mFAIL\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void aPlainDirectoryIsNamedOnceAndSaidToBeNoGitRepository() throws Exception {
    CheckResult r = SampleResult.clean(scratch);
    CheckResult plain =
        new CheckResult(
            r.root(),
            "directory " + r.root(),
            r.today(),
            r.policy(),
            r.rules(),
            r.findings(),
            r.timings());

    assertThat(Golden.render(new TextReport(), plain, SampleResult.OPTIONS))
        .startsWith(
            "Trellis checked /work/acme/payments (plain directory, not a git repository) against"
                + " acme-baseline v3, payments\n");
  }

  @Test
  void theVerdictFollowsTheFailLevel() throws Exception {
    String never =
        Golden.render(
            new TextReport(),
            SampleResult.create(scratch),
            SampleResult.OPTIONS.withFailOn(Level.OFF));
    String clean =
        Golden.render(new TextReport(), SampleResult.clean(scratch), SampleResult.OPTIONS);

    assertThat(never)
        .endsWith("\n2 errors, 1 warning, 1 info, 1 waived, 1 accepted: PASS (fail on never)\n");
    assertThat(clean).endsWith("\n0 errors, 0 warnings, 0 info: PASS (fail on error)\n");
  }
}
