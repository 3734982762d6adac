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

  public static List<String> formats() {
    return ALL.stream().map(Report::format).toList();
  }

  public static Optional<Report> byFormat(String name) {
    return ALL.stream().filter(r -> r.format().equalsIgnoreCase(name)).findFirst();
  }
}
