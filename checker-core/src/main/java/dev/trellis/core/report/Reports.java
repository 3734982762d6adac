package dev.trellis.core.report;

import java.util.List;
import java.util.Optional;

/** The report formats. */
public final class Reports {
  private static final List<Report> ALL =
      List.of(
          new TextReport(),
          new JsonReport(),
          new SarifReport(),
          new MarkdownReport(),
          new HtmlReport());

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
