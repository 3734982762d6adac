package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir Path scratch;

  @Test
  void everyFormatRecognisesTheFilesItWritesWhetherTheRunFailedOrPassed() throws Exception {
    CheckResult result = SampleResult.create(scratch);
    for (Level failOn : List.of(Level.ERROR, Level.OFF)) {
      for (Report report : Reports.all()) {
        Path file =
            Files.writeString(
                scratch.resolve(report.fileName()),
                Golden.render(report, result, SampleResult.OPTIONS.withFailOn(failOn)));

        assertThat(Reports.isOwnFile(report, file)).as(report.format() + " " + failOn).isTrue();
      }
    }
  }

  @Test
  void aFileOfTheSameNameThatAnotherToolWroteIsNotOurs() throws Exception {
    assertThat(own("html", "<!DOCTYPE html>\n<html><head><title>Trellis failed</title>")).isFalse();
    assertThat(own("html", "<!DOCTYPE html>\n<meta name=\"generator\" content=\"Javadoc\">"))
        .isFalse();
    assertThat(own("markdown", "## ✅ Trellis: passed\n\nOur own notes on the Trellis run.\n"))
        .isFalse();
    assertThat(own("text", "Trellis checked nothing today.\n")).isFalse();
    assertThat(own("json", "{\"schema\": \"other/1\", \"tool\": \"trellis-report/1\"}")).isFalse();
    assertThat(
            own(
                "sarif",
                "{\"$schema\": \"x\", \"runs\": [{\"tool\": {\"driver\": {\"name\": "
                    + "\"spotbugs\"}}}], \"note\": \"trellis\"}"))
        .isFalse();
    assertThat(own("sarif", "")).isFalse();
  }

  @Test
  void oneFormatsReportIsNotAnotherFormats() throws Exception {
    Path sarif =
        Files.writeString(
            scratch.resolve("report.json"),
            Golden.render(new SarifReport(), SampleResult.create(scratch), SampleResult.OPTIONS));

    assertThat(Reports.isOwnFile(new JsonReport(), sarif)).isFalse();
    assertThat(Reports.isOwnFile(new SarifReport(), sarif)).isTrue();
  }

  @Test
  void aMissingFileOrAFolderIsNotOurs() throws Exception {
    assertThat(Reports.isOwnFile(new HtmlReport(), scratch.resolve("report.html"))).isFalse();
    Files.createDirectory(scratch.resolve("report.md"));
    assertThat(Reports.isOwnFile(new MarkdownReport(), scratch.resolve("report.md"))).isFalse();
  }

  @Test
  void stagesListTheRunsStagesInNameOrderInWholeMilliseconds() throws Exception {
    CheckResult base = SampleResult.create(scratch);
    CheckResult timed =
        new CheckResult(
            base.root(),
            base.point(),
            base.today(),
            base.policy(),
            base.rules(),
            base.findings(),
            Map.of(
                "stage:open", 315_900_000L,
                "stage:catalog", 43_000_001L,
                "signal:codeowners", 8_000_000L,
                "adr/status", 1_250_000L));

    assertThat(Reports.stages(timed)).isEqualTo("catalog 43 ms, open 315 ms");
    assertThat(Reports.stages(base)).isEmpty();
  }

  private boolean own(String format, String content) throws Exception {
    Report report = Reports.byFormat(format).orElseThrow();
    Path file = Files.writeString(scratch.resolve("foreign-" + report.fileName()), content);
    return Reports.isOwnFile(report, file);
  }
}
