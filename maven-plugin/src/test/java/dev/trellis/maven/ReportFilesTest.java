package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.report.Report;
import dev.trellis.core.report.ReportOptions;
import dev.trellis.core.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @Test
  void reportJsonIsAlwaysWrittenAndTextGoesToTheLog() throws Exception {
    assertThat(ReportFiles.of(List.of("text")))
        .extracting(Report::fileName)
        .containsExactly("report.json");
    assertThat(ReportFiles.of(List.of(" JSON ", "text"))).hasSize(1);
    assertThat(ReportFiles.logsText(List.of("json", " text"))).isTrue();
    assertThat(ReportFiles.logsText(List.of("json"))).isFalse();
  }

  @Test
  void reportsOfAnEarlierRunThatThisRunDidNotWriteAreDeleted(@TempDir Path dir) throws Exception {
    List<Path> earlier =
        ReportFiles.write(
            FindingLogTest.result(List.of()),
            ReportFiles.of(List.of("html", "sarif", "markdown")),
            dir,
            ReportOptions.defaults());
    Path notOurs = Files.writeString(dir.resolve("notes.html"), "mine");

    List<Path> removed = ReportFiles.removeStale(dir, List.of(earlier.get(0), earlier.get(2)));

    assertThat(earlier)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("report.json", "report.html", "report.sarif", "report.md");
    assertThat(removed).containsExactlyInAnyOrder(earlier.get(1), earlier.get(3));
    assertThat(dir.resolve("report.html")).doesNotExist();
    assertThat(dir.resolve("report.md")).doesNotExist();
    assertThat(earlier.get(0)).exists();
    assertThat(earlier.get(2)).exists();
    assertThat(notOurs).exists();
    assertThat(ReportFiles.removeStale(dir.resolve("never-made"), List.of())).isEmpty();
  }

  @Test
  void aSharedFoldersReportFilesThatTrellisDidNotWriteSurvive(@TempDir Path dir) throws Exception {
    Path html =
        Files.writeString(
            dir.resolve("report.html"),
            "<!DOCTYPE html>\n<html><head><title>Surefire report</title></head></html>\n");
    Path md = Files.writeString(dir.resolve("report.md"), "# Release notes\n");
    Path txt = Files.writeString(dir.resolve("report.txt"), "");
    Path sarif =
        Files.writeString(
            dir.resolve("report.sarif"),
            "{\"$schema\": \"sarif\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"pmd\"}}}]}");

    assertThat(ReportFiles.removeStale(dir, List.of())).isEmpty();
    assertThat(html).content().contains("Surefire report");
    assertThat(md).exists();
    assertThat(txt).exists();
    assertThat(sarif).exists();
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> ReportFiles.of(List.of("text", "yaml")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "trellis.formats: unknown format 'yaml'. Known formats: "
                + String.join(", ", Reports.formats())
                + ".");
  }
}
