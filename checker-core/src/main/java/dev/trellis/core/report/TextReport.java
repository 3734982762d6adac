package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal report: findings grouped by rule (the rule's title beside its id), each with its fix
 * hint, then the counts and the verdict. ANSI colours only when the options ask for them, which the
 * CLI does only on a terminal.
 *
 * <pre>
 * adr/status  Every decision record states its status
 *   error    docs/adr/0004-use-kafka.md:1: ... has no status.
 *            fix: Add a "## Status" section.
 * </pre>
 */
public final class TextReport implements Report {
  private static final String INDENT = "           ";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileName() {
    return "report.txt";
  }

  @Override
  public void write(CheckResult result, Writer out, ReportOptions options) throws IOException {
    boolean color = options.color();
    out.write("Trellis checked " + Reports.whatWasChecked(result) + "\n");
    Map<String, RuleInfo> rules =
        ReportData.rules(result).stream()
            .collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    for (Map.Entry<String, List<Finding>> e : ReportData.byRule(result.findings()).entrySet()) {
      RuleInfo rule = rules.get(e.getKey());
      out.write(
          "\n"
              + paint(e.getKey(), "1", color)
              + (rule == null || rule.title().equals(e.getKey()) ? "" : "  " + rule.title())
              + "\n");
      for (Finding f : e.getValue()) {
        out.write("  " + tag(f, color) + " " + f.location() + ": " + f.message() + "\n");
        if (!f.hint().isEmpty()) {
          out.write(INDENT + paint("fix:", "2", color) + " " + f.hint() + "\n");
        }
        if (f.note().isPresent()) {
          out.write(INDENT + f.status().name().toLowerCase(java.util.Locale.ROOT) + ": ");
          out.write(f.note().get() + "\n");
        }
      }
    }
    String setAside = ReportData.setAside(result);
    boolean fails = result.fails(options.failOn());
    String verdict = fails ? paint("FAIL", "1;31", color) : paint("PASS", "1;32", color);
    out.write(
        "\n"
            + ReportData.counts(result)
            + (setAside.isEmpty() ? "" : ", " + setAside)
            + ": "
            + verdict
            + " (fail on "
            + options.failOn().failOnName()
            + ")\n");
    out.flush();
  }

  private static String tag(Finding f, boolean color) {
    String text =
        switch (f.status()) {
          case WAIVED -> "waived  ";
          case ACCEPTED -> "accepted";
          case OPEN ->
              switch (f.level()) {
                case ERROR -> "error   ";
                case WARN -> "warn    ";
                case INFO -> "info    ";
                case OFF -> "off     ";
              };
        };
    String code =
        f.status() != Finding.Status.OPEN
            ? "2"
            : f.level() == Level.ERROR ? "31" : f.level() == Level.WARN ? "33" : "36";
    return paint(text, code, color);
  }

  private static String paint(String text, String code, boolean color) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
