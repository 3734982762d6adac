package dev.trellis.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.engine.CheckResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a report with its golden file under {@code src/test/resources/reports/}. After an
 * intended change, run the test with {@code -Dtrellis.updateGolden=true} and review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/reports");

  private Golden() {}

  static String render(Report report, CheckResult result, ReportOptions options)
      throws IOException {
    StringWriter out = new StringWriter();
    report.write(result, out, options);
    return out.toString();
  }

  /**
   * The sample's own policy file is read from a temporary directory; its path, which reports show
   * as a baseline source, is replaced by the sample's fixed root.
   */
  static String render(Report report, CheckResult result, ReportOptions options, Path scratch)
      throws IOException {
    return render(report, result, options)
        .replace(scratch.toString(), SampleResult.ROOT.toString());
  }

  static void assertMatches(String actual, String name) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("trellis.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as("golden file %s (write it with -Dtrellis.updateGolden=true)", file)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
