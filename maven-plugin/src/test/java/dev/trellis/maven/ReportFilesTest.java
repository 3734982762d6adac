package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.report.Report;
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
    Path json = Files.writeString(dir.resolve("report.json"), "{}");
    Path html = Files.writeString(dir.resolve("report.html"), "<p>old findings</p>");
    Path sarif = Files.writeString(dir.resolve("report.sarif"), "{}");
    Path notOurs = Files.writeString(dir.resolve("notes.html"), "mine");

    List<Path> removed = ReportFiles.removeStale(dir, List.of(json, sarif));

    assertThat(removed).containsExactly(html);
    assertThat(dir.resolve("report.html")).doesNotExist();
    assertThat(json).exists();
    assertThat(sarif).exists();
    assertThat(notOurs).exists();
    assertThat(ReportFiles.removeStale(dir.resolve("never-made"), List.of())).isEmpty();
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
