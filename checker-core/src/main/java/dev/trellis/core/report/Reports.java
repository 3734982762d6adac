package dev.trellis.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The report formats. */
public final class Reports {
  private static final List<Report> ALL =
      List.of(
          new TextReport(),
          new JsonReport(),
          new SarifReport(),
          new MarkdownReport(),
          new HtmlReport());

  /** How much of a file {@link #isOwnFile} reads: every format's marker is in its first lines. */
  static final int HEAD_BYTES = 4_096;

  /**
   * What each format writes at its start, whatever the result: JSON's schema name, SARIF's tool
   * name, HTML's generator, Markdown's verdict heading and its "with Trellis" line, the text
   * report's first line.
   */
  private static final Map<String, Pattern> MARKERS =
      Map.of(
          "json",
          Pattern.compile("\\A\\{\\s*\"schema\":\\s*\"trellis-report/"),
          "sarif",
          Pattern.compile(
              "\\A\\{\\s*\"\\$schema\".*?\"driver\":\\s*\\{\\s*\"name\":\\s*\"trellis\"",
              Pattern.DOTALL),
          "html",
          Pattern.compile(
              "\\A<!DOCTYPE html>.*?<meta name=\"generator\" content=\"Trellis ", Pattern.DOTALL),
          "markdown",
          Pattern.compile(
              "\\A## (?:\u274c Trellis: failed|\u2705 Trellis: passed)\n\n[^\n]*\n\n"
                  + "Checked [^\n]* with Trellis [^\n]*\n"),
          "text",
          Pattern.compile("\\ATrellis checked [^\\n]+ \\([^\\n]+\\) against [^\\n]+\n"));

  private Reports() {}

  public static List<Report> all() {
    return ALL;
  }

  /**
   * Loads what writing JSON reports needs (Jackson's generator and tree nodes) by writing a small
   * tree nowhere. In a fresh JVM that is class loading a caller can do on an idle thread while the
   * check runs, instead of after it.
   */
  public static void prepare() {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode n = JsonTrees.object();
      n.put("schema", JsonReport.SCHEMA).putArray("findings").addObject().put("line", 1);
      JsonTrees.write(n, java.io.Writer.nullWriter());
    } catch (java.io.IOException e) {
      // a writer that discards everything does not fail; nothing was prepared otherwise
    }
  }

  /**
   * Whether {@code file} is a report Trellis wrote in {@code report}'s format, judged by the marker
   * that format writes into its first lines; {@code false} for a file that does not exist. Lets a
   * caller delete its stale reports from a folder it shares with other tools ({@code target/site})
   * and leave a {@code report.html} of someone else's alone.
   */
  public static boolean isOwnFile(Report report, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    Pattern marker = MARKERS.get(report.format());
    return marker != null && marker.matcher(new String(head, StandardCharsets.UTF_8)).lookingAt();
  }

  public static List<String> formats() {
    return ALL.stream().map(Report::format).toList();
  }

  public static Optional<Report> byFormat(String name) {
    return ALL.stream().filter(r -> r.format().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * What a run checked, for the first line of a report or a log: {@code /src/payments (work tree)
   * against acme-baseline v3, payments-service}; a plain directory is not named twice.
   */
  public static String whatWasChecked(dev.trellis.core.engine.CheckResult result) {
    return result.root()
        + " ("
        + ReportData.point(result)
        + ") against "
        + ReportData.baselines(result);
  }

  /**
   * How long each stage of the run took, whole milliseconds in stage name order, for a log line:
   * {@code catalog 43 ms, open 315 ms, rules 1204 ms}; empty when the run timed no stage.
   */
  public static String stages(dev.trellis.core.engine.CheckResult result) {
    return ReportData.timings(result, ReportData.STAGE).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * Writes each report to its file, rendering every one before writing any, so that a report that
   * cannot be made (a SARIF file over GitHub's limits) leaves no half-written set behind. Parent
   * folders are created. Returns the files written, in order.
   */
  public static java.util.List<java.nio.file.Path> writeFiles(
      dev.trellis.core.engine.CheckResult result,
      java.util.Map<java.nio.file.Path, Report> targets,
      ReportOptions options)
      throws java.io.IOException {
    java.util.Map<java.nio.file.Path, String> rendered = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<java.nio.file.Path, Report> t : targets.entrySet()) {
      java.io.StringWriter text = new java.io.StringWriter();
      t.getValue().write(result, text, options.withColor(false));
      rendered.put(t.getKey(), text.toString());
    }
    for (java.util.Map.Entry<java.nio.file.Path, String> e : rendered.entrySet()) {
      java.nio.file.Path parent = e.getKey().toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      java.nio.file.Files.writeString(
          e.getKey(), e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return java.util.List.copyOf(rendered.keySet());
  }
}
