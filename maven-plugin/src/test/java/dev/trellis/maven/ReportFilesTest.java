package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.report.Report;
import dev.trellis.core.report.Reports;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

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
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> ReportFiles.of(List.of("text", "yaml")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "trellis.formats: unknown format 'yaml'. Known formats: "
                + String.join(", ", Reports.formats())
                + ".");
  }
}
