package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Fingerprints;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
  @TempDir Path scratch;

  @Test
  void theSampleReportIsPinnedByItsGoldenFile() throws Exception {
    String md =
        Golden.render(
            new MarkdownReport(), SampleResult.create(scratch), SampleResult.OPTIONS, scratch);

    Golden.assertMatches(md, "sample.md");
  }

  @Test
  void aCleanRunIsOneVerdictLineTheCountsAndTheTable() throws Exception {
    String md =
        Golden.render(new MarkdownReport(), SampleResult.clean(scratch), SampleResult.OPTIONS);

    assertThat(md)
        .isEqualTo(
            "## ✅ Trellis: passed\n\n"
                + "**0 errors, 0 warnings, 0 info**. The run fails on error.\n\n"
                + "Checked `payments` (work tree) on 2026-11-27 against acme-baseline v3, payments"
                + " with Trellis 1.4.0 (4 rules).\n\n"
                + "| error | warn | info | waived | accepted |\n"
                + "| ---: | ---: | ---: | ---: | ---: |\n"
                + "| 0 | 0 | 0 | 0 | 0 |\n");
  }

  @Test
  void theMostSevereLevelWithFindingsIsShownOpenAndTheRestFolded() throws Exception {
    CheckResult base = SampleResult.create(scratch);
    CheckResult noErrors =
        new CheckResult(
            base.root(),
            base.point(),
            base.today(),
            base.policy(),
            base.rules(),
            base.findings().stream().filter(f -> f.level() != Level.ERROR).toList(),
            Map.of());

    String md = Golden.render(new MarkdownReport(), noErrors, SampleResult.OPTIONS);

    assertThat(md)
        .startsWith("## ✅ Trellis: passed\n")
        .contains("\n### Warnings (1)\n\n| rule | where | finding |\n")
        .contains("\n<details><summary>Info (1)</summary>\n")
        .doesNotContain("Errors");
  }

  @Test
  void textFromFindingsShowsLiterallyInsideTables() {
    assertThat(MarkdownReport.escape("a|b `c` *d* <script>&amp; [x](y) _z_ # h"))
        .isEqualTo("a\\|b \\`c\\` \\*d\\* &lt;script\\>&amp;amp; \\[x\\](y) \\_z\\_ \\# h");
    assertThat(MarkdownReport.code("build|tools")).isEqualTo("`build\\|tools`");
    assertThat(MarkdownReport.code("a `b` c")).isEqualTo("``a `b` c``");
    assertThat(MarkdownReport.code("`edge`")).isEqualTo("`` `edge` ``");
    assertThat(MarkdownReport.escape("two\nlines")).isEqualTo("two lines");
    assertThat(MarkdownReport.escape("ask @acme/payments")).isEqualTo("ask @&#8203;acme/payments");
  }

  @Test
  void bigResultsAreCappedPerTableWithACountOfTheRest() throws Exception {
    CheckResult base = SampleResult.create(scratch);
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < MarkdownReport.MAX_ROWS + 7; i++) {
      String path = String.format("docs/adr/%04d.md", i);
      many.add(
          new Finding(
              "adr/status",
              Level.ERROR,
              path + " has no status.",
              Location.line(path, 1),
              Fingerprints.of("adr/status", path, "status"),
              "",
              Finding.Status.OPEN,
              Optional.empty()));
    }
    CheckResult big =
        new CheckResult(
            base.root(), base.point(), base.today(), base.policy(), base.rules(), many, Map.of());

    String md = Golden.render(new MarkdownReport(), big, SampleResult.OPTIONS);

    assertThat(md).contains("### Errors (57)\n");
    assertThat(md.lines().filter(l -> l.startsWith("| `adr/status` |"))).hasSize(50);
    assertThat(md)
        .contains("| `adr/status` | `docs/adr/0049.md:1` | docs/adr/0049.md has no status. |\n\n")
        .contains("_…and 7 more; the full list is in the JSON, SARIF or HTML report._\n")
        .doesNotContain("0050.md");
  }
}
