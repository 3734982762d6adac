package dev.trellis.maven;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.report.Report;
import dev.trellis.core.report.ReportOptions;
import dev.trellis.core.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report files of {@code trellis.formats}: {@code report.json} always, then each file format
 * asked for. {@code text} is not a file: it is the findings in the log.
 */
final class ReportFiles {
  private ReportFiles() {}

  /** Whether the findings go to the log. */
  static boolean logsText(List<String> formats) {
    return formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase("text"));
  }

  /** The formats to write, {@code json} first; an unknown name stops the build before the run. */
  static List<Report> of(List<String> formats) throws MojoExecutionException {
    Set<String> names = new LinkedHashSet<>(List.of("json"));
    formats.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).forEach(names::add);
    names.remove("text");
    names.remove("");
    List<Report> reports = new ArrayList<>();
    for (String name : names) {
      reports.add(
          Reports.byFormat(name)
              .orElseThrow(
                  () ->
                      new MojoExecutionException(
                          "trellis.formats: unknown format '"
                              + name
                              + "'. Known formats: "
                              + String.join(", ", Reports.formats())
                              + ".")));
    }
    return reports;
  }

  /**
   * Deletes the report files in {@code dir} that this run did not write ({@code report.html} left
   * by an earlier {@code -Dtrellis.formats=html}), so the folder never mixes two runs' findings;
   * returns the files deleted. {@code trellis.outputDirectory} may be a folder other tools write to
   * ({@code target/site}): a file is deleted only when it has a Trellis report's name and its first
   * lines carry that format's Trellis marker; anything else is left alone.
   */
  static List<Path> removeStale(Path dir, List<Path> written) throws MojoExecutionException {
    List<Path> removed = new ArrayList<>();
    for (Report r : Reports.all()) {
      Path file = dir.resolve(r.fileName());
      try {
        if (!written.contains(file) && Reports.isOwnFile(r, file) && Files.deleteIfExists(file)) {
          removed.add(file);
        }
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Trellis cannot read or delete the earlier report " + file + ": " + e.getMessage(), e);
      }
    }
    return removed;
  }

  /**
   * Writes each report into {@code dir} (all rendered before any is written); returns the files
   * written.
   */
  static List<Path> write(CheckResult result, List<Report> reports, Path dir, ReportOptions options)
      throws MojoExecutionException {
    Map<Path, Report> targets = new LinkedHashMap<>();
    for (Report r : reports) {
      targets.put(dir.resolve(r.fileName()), r);
    }
    try {
      return Reports.writeFiles(result, targets, options);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Trellis cannot write its reports into " + dir + ": " + e.getMessage(), e);
    }
  }
}
